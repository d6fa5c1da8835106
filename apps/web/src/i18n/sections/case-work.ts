// 办案文字（队列、期限、案件页、办理记录、附件、通知书、登记）：随登录后的应用和公众页面按需加载，不随登录页加载。
// biome-ignore format: a dense table, side by side with en.ts
export const caseWorkZhCN = {
  actionPanel: {
    title: '可办理事项', none: '当前没有您可以办理的事项。', confirmHint: '确认后将记入案件记录，不可撤回。',
    done: '已办理：{{action}}',
  },
  queue: {
    title: '线索与案件', tabsLabel: '按办理阶段筛选', filtersLabel: '搜索与筛选', searchLabel: '关键词', searchHint: '按编号、标题或描述搜索',
    unitFilter: '执法单位', sourceFilter: '线索来源', anyUnit: '全部单位', anySource: '全部来源',
    empty: '没有符合条件的案件。', newCase: '登记线索', results: '案件列表',
    assigneeFilter: '承办人', anyAssignee: '全部承办人',
    tabs: {
      all: '全部', mine: '我的案件', unitUndetermined: '单位待确定', received: '新登记', assessing: '研判中', investigating: '调查中', pendingApproval: '待签发', awaitingReply: '待整改',
      replyReview: '整改审核', rechecking: '异议复核', dueSoon: '即将到期', overdue: '已逾期', referred: '已移送',
      closed: '已办结',
    },
  },
  columns: {
    number: '编号', title: '标题', unit: '执法单位', source: '来源', state: '状态', deadline: '整改期限',
    createdAt: '登记时间', noticeNumber: '通知书文号', acknowledged: '签收', referralReason: '移送原因',
  },
  deadline: {
    ON_TRACK: '期限内', DUE_SOON: '即将到期', OVERDUE: '已逾期', dueAt: '整改期限', howComputed: '期限如何计算',
    rule: '自 {{start}} 起 {{days}} 个工作日', ruleCalendar: '自 {{start}} 次日起 {{days}} 日（自然日，期满日遇节假日顺延）', extensions: '已批准延期 {{n}} 个工作日', overdueBy: '已逾期 {{n}} 天',
    none: '未设定期限', inactive: '已停止计时',
    body_OBJECTION_ANSWER: '本机关答复期限', body_DECISION: '决定期限',
    bodyHint_OBJECTION_ANSWER: '对单位异议的答复期限（办公设置“本机关答复异议的期限”）', bodyHint_DECISION: '本级人民政府对决定书提请的决定期限（按“本机关答复异议的期限”计算）',
  },
  caseView: {
    unitUndetermined: '待确定', unitUndeterminedTyped: '待确定（反映人填写：{{name}}）',
    unitBannerTitle: '被投诉单位待确定', unitBannerTyped: '反映人在公众投诉表单中手动填写的单位：{{name}}。该名称与单位名录不一致，请核实后确定被投诉单位。',
    unitBannerNoName: '反映人未从单位名录中选择单位，请核实后确定被投诉单位。',
    unitBannerHint: '确定单位之前，不能向单位发出要求说明、通知书等，也不能移送。', unitBannerAction: '确定被投诉单位',
    summary: '案件概况', description: '问题描述', unit: '被反映单位', source: '线索来源', state: '状态',
    createdAt: '登记时间', occurredAt: '发生日期', number: '编号',
    reporter: '举报人信息', reporterProtected: '举报人信息受保护，仅投诉中心可见；每次查看均记录在案。',
    anonymous: '匿名举报', name: '姓名', phone: '电话',
    noticeSection: '监督通知书', viewNotice: '查看 / 打印通知书', draftNotice: '通知书草稿（待签发）',
    extension: '延期申请', extensionDecision: { PENDING: '待审批', GRANTED: '已批准', DENIED: '未批准' },
    extensionText: '申请延长 {{n}} 个工作日（{{date}} 提出）：{{reason}}', referral: '移送纪检监察',
    referralBy: { SYSTEM: '系统逾期自动移送', DIRECTOR: '监督机构负责人决定移送' }, referralAt: '移送时间',
    referralAccepted: '纪检已签收（{{date}}）', referralNotAccepted: '纪检尚未签收', reason: '原因',
    referredBy: '移送方式', sidePanel: '期限与材料',
    draftNoticeReturned: '通知书草稿（已退回修改）', draftReturnComment: '监督机构负责人的退回修改意见（{{date}}）',
    draftReturnHint: '下方表单已填入上次的草稿，请按意见修改后重新提交。',
    deadlineRule: '期限规则', extensionsGranted: '已批准延期', noExtensions: '无', extensionItem: '延长 {{n}} 个工作日（{{date}} 批准）',
    dueAt: '整改期限至', daysLeft: '剩余', daysLeftWorking: '{{n}} 个工作日', daysLeftCalendar: '{{n}} 日',
    standing: '文书状态', withdrawnLink: '查看撤销记录', replacedBy: '替代文书', conclusion: '查看办结记录',
  },
  eventFields: { noticeNumber: '通知书文号', issuedAt: '签发时间', dueAt: '整改期限', at: '时间' },
  timeline: { title: '办理记录', empty: '暂无办理记录。', system: '系统', transition: '{{from}} → {{to}}', change: '{{before}} → {{after}}' },
  attachments: {
    title: '附件', upload: '上传附件', empty: '尚未上传附件。', download: '下载 {{name}}',
    hint: '支持 PDF、OFD、图片（PNG、JPEG）、Word（DOC、DOCX）、Excel（XLS、XLSX）、MP4 短视频（不超过 3 分钟）、TXT，单个文件不超过 20 MB；按文件内容识别类型。',
    uploaded: '已上传 {{count}} 个文件：{{names}}', preview: '预览 {{name}}', previewShort: '预览',
    progress: '正在上传 {{name}}', typeNotAllowed: '不支持此文件类型：{{name}}', tooLarge: '文件超过 20 MB：{{name}}',
  },
  photos: {
    title: '现场照片（可选）', hint: 'JPEG 或 PNG，最多 {{max}} 张，每张不超过 20 MB。照片中的拍摄位置默认会被删除。',
    choose: '选择照片', remove: '移除 {{name}}', tooMany: '最多 {{max}} 张照片。',
    shareLocation: '提供照片中的拍摄位置', shareLocationHint: '勾选后保留照片自带的位置信息，便于核实现场；不勾选则删除。',
    uploaded: '已附照片 {{count}} 张：{{names}}', failed: '{{name}} 未能上传：{{message}}',
  },
  notice: {
    docTitle: '行政执法监督通知书', draftMark: '草稿', numberPending: '（文号于签发时生成）', notIssued: '本案尚未形成监督通知书。',
    printHint: '打印时将只输出通知书（A4）。', backToCase: '返回案件', documentLabel: '监督通知书正文',
    standing: { IN_FORCE: '有效', WITHDRAWN: '已撤销', SUPERSEDED: '已被替代', CONCLUDED: '已办结' },
    standingNote: {
      IN_FORCE: '', WITHDRAWN: '本文书已因异议成立而撤销，不再具有效力。', SUPERSEDED: '本文书已被后续文书替代。',
      CONCLUDED: '本案已办结，本文书仅供存档查阅。',
    },
    previewDueNote: '整改期限按今日签发计算（{{date}}）；签发时以签发当日重新计算，与预览一致。',
  },
  intake: {
    title: '登记线索', intro: '登记热线、媒体、监督员、移送等来源的线索。未注明“选填”的均为必填项。', reporter: '举报人信息',
    reporterHint: '仅投诉中心和监督机构负责人可见，不会告知被反映单位。', submit: '登记', success: '已登记，编号 {{number}}。',
    openCase: '进入案件',
  },

};
