import { registryTermsZhCN } from '@sp/domain';

// 执法主体和人员库 and 案卷评查 (issue 12). Domain terms (statuses, grades, kinds) come from
// @sp/domain; the rest is the clerk's wording. English: registry-en.ts (its own file, so the
// first page load carries only Chinese).
// biome-ignore format: a dense table keeps each language short, side by side with the English
export const registryZhCN = {
  terms: registryTermsZhCN,
  nav: {
    officers: '执法人员', bodies: '执法主体', benchmarks: '裁量基准', reviews: '案卷评查', caseFiles: '案卷登记',
    campaign: '评查活动', sheet: '评查表', reviewFile: '评查案卷', report: '评查通报', mySheets: '我的评查任务',
    publicDraw: '抽取结果公示',
  },
  common: {
    importTitle: '从 Excel 导入', importHint: '先下载模板，按“填写说明”填好后上传。任何一行有误时整份文件都不会导入。',
    template: '下载模板', upload: '上传 .xlsx 文件', imported: '已导入 {{n}} 条。', importFailed: '导入失败，请按行号修改：',
    save: '保存', actions: '操作', saved: '已保存。', edit: '编辑', add: '新增', fieldsHint: '多个用顿号（、）分隔', none: '—', all: '全部',
  },
  officers: {
    title: '执法人员', intro: '执法证信息由系统管理员维护；社会公众可在“执法人员查询”页核验执法证。', add: '登记执法人员',
    name: '姓名', unit: '执法主体', certificateNo: '执法证号', fields: '执法领域', validFrom: '有效期起', validUntil: '有效期至',
    status: '状态', idCardNo: '身份证号（不公开）', phone: '联系电话（不公开）', note: '内部备注（不公开）', search: '姓名或证号',
    changeStatus: '变更状态', newStatus: '新状态', reason: '理由', history: '状态记录', changedBy: '操作人', at: '时间',
    registered: '已登记执法人员 {{name}}。', statusChanged: '状态已变更。', empty: '暂无执法人员。',
    expiredHint: '“已过期”由有效期自动判断，无需手工设置。',
  },
  bodies: {
    title: '执法主体', intro: '执法主体即系统中的执法单位（单位名称、信用代码在“单位管理”维护），此处登记职权依据和执法领域。',
    unit: '执法主体', legalBasis: '职权依据', fields: '执法领域', officers: '执法人员数', updatedAt: '更新时间', empty: '暂无执法主体。',
  },
  benchmarks: {
    title: '裁量基准', intro: '行政处罚裁量基准库，供起草监督通知书时引用。', add: '新增裁量基准', unit: '执法主体',
    general: '通用', field: '执法领域', violation: '违法行为', legalBasis: '法律依据', ranges: '裁量档次',
    circumstance: '情节', range: '裁量幅度', addRange: '增加一档', removeRange: '删除此档', search: '关键词', empty: '暂无裁量基准。',
  },
  publicLookup: {
    title: '行政执法人员查询', intro: '输入执法证号，或输入姓名并选择执法主体，核验执法人员身份和执法证状态。',
    mode: '查询方式', byCertificate: '按执法证号查询', byName: '按姓名查询', certificateNo: '执法证号', name: '姓名', unit: '执法主体',
    submit: '查询', notFound: '未查到符合条件的执法人员，请核对后重新输入。', validUntil: '有效期至', fields: '执法领域',
    status: '执法证状态', unitName: '执法主体', resultTitle: '查询结果',
  },
  reviews: {
    title: '案卷评查', intro: '组织集中评查：确定评查范围、评查人员和评查标准，双随机抽取案卷和评查人员，评分、合议、通报。',
    newCampaign: '新建评查活动', campaigns: '评查活动', empty: '暂无评查活动。', status: '状态', period: '评查期间',
    createdAt: '创建时间', open: '查看', caseFilesLink: '案卷登记', mySheets: '我的评查任务',
  },
  campaignForm: {
    title: '活动名称', units: '被评查单位', periodFrom: '案卷决定日期起', periodTo: '案卷决定日期止', fileKinds: '案卷类别',
    fileKindsHint: '不选则包括全部类别。', filesPerUnit: '每个单位抽取案卷数', reviewersPerFile: '每卷评查人员数',
    users: '评查人员（系统用户）', usersHint: '评查人员不会被分到本单位的案卷。', experts: '外聘专家', expertsHint: '每行一名专家姓名。',
    checklist: '评查标准', checklistHint: '默认：卷面 20 分 + 内容 80 分；主体、事实证据、法律依据为否决项，任一项不合格即为不合格卷。',
    excellent: '优秀分数线', pass: '合格分数线', tolerance: '合议分差', toleranceHint: '两名评查人员总分相差超过此值，或一人否决一人未否决时，需合议定档。',
    submit: '创建并公布种子承诺值', created: '评查活动已创建，种子承诺值已公布。',
  },
  campaign: {
    scope: '评查范围', units: '被评查单位', kinds: '案卷类别', allKinds: '全部类别', filesPerUnit: '每单位抽取', reviewersPerFile: '每卷评查人员',
    reviewers: '评查人员库', lead: '评查组长', commitment: '种子承诺值（SHA-256）', commitmentHint: '活动创建时即公布。抽取后公布种子，任何人都可核验 SHA-256(种子) 等于此值，并重新计算抽取结果。',
    draw: '双随机抽取', observerValue: '监督方随机值', observerValueHint: '由现场监督方（如纪检监察室）提供，例如掷骰子的结果；将与种子合并。',
    observerName: '监督方', drawSubmit: '抽取', drawConfirm: '每个评查活动只能抽取一次，确定现在抽取吗？', drawn: '已抽取。',
    seed: '种子（已公开）', finalSeed: '最终种子', drawnAt: '抽取时间', publicLink: '公示页面', result: '抽取结果',
    files: '评查案卷', file: '案卷', reviewersOfFile: '评查人员', total: '得分', grade: '等次', fileStatus: '进度',
    results: '评查结果', unit: '执法单位', count: '案卷数', excellent: '优秀', passCount: '合格', fail: '不合格',
    pending: '未定档', passRate: '合格率', totalRow: '合计', close: '结束评查', closed: '评查已结束。', report: '评查通报', noRate: '—',
    sheetDone: '已评', sheetTodo: '未评', outsideExpert: '外聘专家', checklistTitle: '评查标准', vetoItems: '否决项', points: '{{n}} 分',
  },
  sheet: {
    title: '案卷评查表', caseFile: '案卷', unit: '执法单位', kind: '类别', decisionDate: '决定日期', attachments: '卷内文件',
    reviewer: '评查人员', items: '评分项目', vetoItems: '否决项目（不符合的勾选）', vetoHint: '任一否决项不合格，该卷即为不合格卷。',
    comments: '评查意见', total: '总分', grade: '等次', submit: '提交评分', submitted: '评分已提交。', submittedAt: '提交时间',
    readOnly: '该评查表已不能修改。', score: '得分（0–{{max}}）', entering: '代外聘专家录入纸质评查表',
  },
  reviewFile: {
    title: '评查案卷', sheets: '两名评查人员的评分', reconcile: '合议定档', reconcileHint: '两名评查人员意见分歧较大，请评查组长组织合议后录入结果。',
    total: '合议总分', vetoed: '认定否决项不合格', note: '合议意见', reconcileSubmit: '确认定档', reconciled: '已定档。',
    reconciliation: '合议结果', finding: '发现问题，转为监督案件', findingHint: '将以“案卷评查”为来源登记一件监督案件，并与本案卷互相关联。',
    findingTitle: '案件标题', findingDescription: '发现的问题', findingSubmit: '登记监督案件', findingCase: '已转监督案件',
    findingCreated: '已登记监督案件 {{number}}。', fromReview: '来源：案卷评查', reviewOrigin: '评查活动 {{campaign}} · 案卷 {{number}}',
  },
  caseFiles: {
    title: '案卷登记', intro: '登记可供评查的执法案卷（决定书文号、执法单位、类别、决定日期、卷内文件），可逐件录入或从 Excel 导入。',
    add: '登记案卷', number: '案卷编号', unit: '执法单位', kind: '案卷类别', decisionDate: '决定日期', attachments: '卷内文件',
    created: '已登记案卷 {{number}}。', empty: '暂无案卷。',
  },
  report: {
    docTitle: '案卷评查情况通报', print: '打印', back: '返回评查活动', hint: '打印时只输出通报正文（A4）。',
  },
  mySheets: { title: '我的评查任务', empty: '暂无评查任务。', campaign: '评查活动', file: '案卷', unit: '执法单位', state: '状态', open: '评分' },
  caseOfficers: {
    title: '涉案执法人员', empty: '未列明执法人员。', flag: '存在无有效执法证人员',
    flagExplain: '以下执法人员在该行为发生之日不具备有效执法证：', officerFlag: '当日无有效证件',
    certificateNo: '执法证号', validity: '有效期 {{from}} 至 {{to}}', statusNow: '现状态',
    edit: '修改涉案执法人员', pick: '执法人员', pickHint: '输入姓名或执法证号查找；可多选。', save: '保存', cancel: '取消', remove: '移除', chosen: '已选执法人员', atRegistration: '涉案执法人员（选填）',
    saved: '涉案执法人员已更新，已记入案件历史。',
    history: { action: '修改涉案执法人员', officers: '涉案执法人员', previous: '原涉案执法人员' },
  },
  benchmarkCite: { toggle: '引用裁量基准', search: '查找裁量基准（违法行为、依据或领域）', empty: '未找到裁量基准。', insert: '插入引用', cited: '已引用' },
  quality: {
    title: '查处与评查质量', reportHandlingRate: '举报案件查处率', reviewPassRate: '案卷评查合格率',
    uncertifiedOfficerCases: '涉无有效执法证人员的案件', uncertifiedShort: '涉无证人员案件', noRate: '—',
    definitions: '举报案件查处率＝群众举报（网上投诉、热线）办结案件中查实并纠正（整改落实或移送处理办结）的件数÷办结件数，移送其他机关的不计；案卷评查合格率＝评为优秀、合格的案卷÷已定档案卷；涉无证人员案件按行为发生日判断执法证是否有效。',
  },
  publicDraw: {
    title: '案卷评查抽取结果公示', intro: '本页公开抽取所用的种子、输入和结果。任何人都可以按公开的算法重新计算并核对。',
    verify: '核验方法见《双随机抽取算法说明》（docs/random-draw.md）。', inputs: '抽取输入', observer: '监督方随机值',
  },
};
