// 工作台文字（监督机构、执行单位、特邀监督员、纪检监察、首页、管理）：随登录后的应用按需加载，不随登录页加载。
// biome-ignore format: a dense table, side by side with en.ts
export const workspaceZhCN = {
  duplicates: {
    title: '可能重复：{{count}} 件相似案件',
    intro: '同一执法单位近 90 天登记的案件中，以下标题或内容相似。请核对是否为同一事项；如是，可在案件中“合并办理”。',
    introCase: '同一执法单位近 90 天登记的案件中，以下标题或内容与本案相似。如为同一事项，可选择“合并办理”并填写其编号。',
    similarity: '相似度 {{percent}}%', registered: '{{date}} 登记',
    related: '关联案件', relatedEmpty: '暂无关联案件。',
    relation: { MERGED_INTO: '本案已并入', MERGED_FROM: '已并入本案', RELATED: '关联' },
  },
  director: {
    approvalsTitle: '待签发的监督通知书', approvalsEmpty: '没有待签发的通知书。', preview: '通知书预览',
    extensionsTitle: '待审批的延期申请', extensionsEmpty: '没有待审批的延期申请。',
    objectionsTitle: '执法单位提出的异议', objectionsEmpty: '没有待复核的异议。',
    referralTitle: '可移送纪检监察的案件', referralHint: '执法单位不回复、不整改的，可决定移送纪检监察机关。',
    referralEmpty: '没有可移送的案件。', pick: '请在待签发列表中选择一件通知书。', backToList: '← 返回待签发列表',
    decisionsTitle: '提请本级人民政府作出决定书的案件', decisionsHint: '监督机构提请作出决定书的案件：审查后作出决定书，或说明理由不予作出。',
    decisionsPending: '待决定', decisionsAll: '全部提请案件', decisionsEmpty: '没有待决定的提请。',
    queuedHint: '逾期未整改，已转监督机构负责人：可提请本级人民政府作出决定书、约谈或移送。',
  },
  unit: {
    inboxTitle: '本单位收到的监督通知书', inboxEmpty: '本单位暂无监督通知书。', deadlineFilter: '期限', instrumentFilter: '文书种类', notAcknowledged: '未签收',
    acknowledged: '已签收', leaderTitle: '主要领导签发回复', leaderHint: '以下内容已按本单位保存的回复草稿预先填写，请核对后签发。',
    acknowledgeHint: '请先签收通知书，再起草回复草稿，由主要领导签发。', handlerHint: '请在下方起草回复草稿（自动保存），由主要领导签发。',
    leaderNoDraftHint: '本单位尚未保存回复草稿；可直接填写并签发，或由经办人先起草。',
  },
  replyDraft: {
    title: '回复草稿', kind: '回复类型', kinds: { RECTIFICATION: '整改报告', OBJECTION: '异议' }, text: '回复内容',
    hint: '输入时自动保存；主要领导签发时以此为底稿。', saved: '已自动保存 {{time}}', saving: '正在保存…',
    failed: '自动保存失败：{{error}}', notSaved: '尚未保存',
  },
  supervisor: {
    reportTitle: '报送执法问题', reportIntro: '发现行政执法中的违法或不当行为，请如实填写。提交后可在“我的报送”查看办理进度和反馈。',
    submit: '提交报送', success: '报送成功，编号 {{number}}。', reportsTitle: '我的报送', empty: '您还没有报送。',
    feedback: '反馈', noFeedback: '暂无反馈', newReport: '我要报送',
  },
  discipline: {
    inboxTitle: '移送纪检监察的案件', empty: '暂无移送案件。', accepted: '已签收', pending: '待签收',
    overdue: '逾期时长', overdueWorkingDays: '已逾期 {{n}} 个工作日', openTitle: '待处理', doneTitle: '已处理',
    transferTitle: '案件移送登记（双移送）', transferIntro: '纪检监察机关在工作中发现的行政执法问题，移送投诉中心调查处理。',
    transferSubmit: '移送投诉中心', success: '已移送，编号 {{number}}。',
  },
  dashboard: {
    title: '工作台', byState: '各阶段案件数', byUnit: '各执法单位期限预警', unit: '执法单位', open: '在办',
    dueSoon: '即将到期', overdue: '已逾期', noticesIssued: '已发监督通知书', implementationRate: '整改落实率',
    noRate: '暂无',
  },
  admin: { title: '系统管理', text: '用户、执法单位、工作日历和期限规则由系统管理员维护。' },
};
