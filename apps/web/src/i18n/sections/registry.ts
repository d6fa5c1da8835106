import { registryTermsEn, registryTermsZhCN } from '@sp/domain';
import type { Messages } from '../types';

// 执法主体和人员库 and 案卷评查 (issue 12). Domain terms (statuses, grades, kinds) come from
// @sp/domain; the rest is the clerk's wording.
// biome-ignore format: a dense table keeps each language short, side by side with the English
export const registryZhCN = {
  terms: registryTermsZhCN,
  nav: {
    officers: '执法人员', bodies: '执法主体', benchmarks: '裁量基准', reviews: '案卷评查', caseFiles: '案卷登记',
    campaign: '评查活动', sheet: '评查表', reviewFile: '评查案卷', report: '评查通报', mySheets: '我的评查任务',
    publicOfficers: '执法人员查询', publicDraw: '抽取结果公示',
  },
  common: {
    importTitle: '从 Excel 导入', importHint: '先下载模板，按“填写说明”填好后上传。任何一行有误时整份文件都不会导入。',
    template: '下载模板', upload: '上传 .xlsx 文件', imported: '已导入 {{n}} 条。', importFailed: '导入失败，请按行号修改：',
    save: '保存', saved: '已保存。', edit: '编辑', add: '新增', fieldsHint: '多个用顿号（、）分隔', none: '—', all: '全部',
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
    byCertificate: '按执法证号查询', byName: '按姓名查询', certificateNo: '执法证号', name: '姓名', unit: '执法主体',
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
    pending: '未定档', passRate: '合格率', close: '结束评查', closed: '评查已结束。', report: '评查通报', noRate: '—',
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
    findingTitle: '案件标题（可不填）', findingDescription: '发现的问题', findingSubmit: '登记监督案件', findingCase: '已转监督案件',
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
  publicDraw: {
    title: '案卷评查抽取结果公示', intro: '本页公开抽取所用的种子、输入和结果。任何人都可以按公开的算法重新计算并核对。',
    verify: '核验方法见《双随机抽取算法说明》（docs/random-draw.md）。', inputs: '抽取输入', observer: '监督方随机值',
  },
};

// biome-ignore format: as above
export const registryEn: Messages<typeof registryZhCN> = {
  terms: registryTermsEn,
  nav: {
    officers: 'Officers', bodies: 'Enforcement bodies', benchmarks: 'Discretion benchmarks', reviews: 'Case-file review',
    caseFiles: 'Case files', campaign: 'Campaign', sheet: 'Score sheet', reviewFile: 'Reviewed file', report: 'Review report',
    mySheets: 'My review tasks', publicOfficers: 'Officer lookup', publicDraw: 'Published draw',
  },
  common: {
    importTitle: 'Import from Excel', importHint: 'Download the template, fill it in as its 填写说明 sheet explains, then upload it. If any row is wrong, nothing is imported.',
    template: 'Download template', upload: 'Upload .xlsx file', imported: '{{n}} rows imported.', importFailed: 'Import failed; fix these rows:',
    save: 'Save', saved: 'Saved.', edit: 'Edit', add: 'Add', fieldsHint: 'Separate several with 、 or commas', none: '—', all: 'All',
  },
  officers: {
    title: 'Officers', intro: 'The administrator keeps certificate data; the public can verify a certificate on the officer lookup page.', add: 'Register an officer',
    name: 'Name', unit: 'Body', certificateNo: 'Certificate no.', fields: 'Fields', validFrom: 'Valid from', validUntil: 'Valid until',
    status: 'Status', idCardNo: 'ID card no. (private)', phone: 'Phone (private)', note: 'Internal note (private)', search: 'Name or certificate no.',
    changeStatus: 'Change status', newStatus: 'New status', reason: 'Reason', history: 'Status history', changedBy: 'By', at: 'When',
    registered: 'Officer {{name}} registered.', statusChanged: 'Status changed.', empty: 'No officers yet.',
    expiredHint: '“Expired” follows from the validity dates; it is never set by hand.',
  },
  bodies: {
    title: 'Enforcement bodies', intro: 'Bodies are the units of the system (name and credit code are kept under unit administration); here you record their legal basis and fields.',
    unit: 'Body', legalBasis: 'Legal basis of its powers', fields: 'Fields', officers: 'Officers', updatedAt: 'Updated', empty: 'No bodies yet.',
  },
  benchmarks: {
    title: 'Discretion benchmarks', intro: 'The library of penalty discretion benchmarks that supervision notices can cite.', add: 'Add a benchmark', unit: 'Body',
    general: 'General', field: 'Field', violation: 'Violation', legalBasis: 'Legal basis', ranges: 'Ranges',
    circumstance: 'Circumstance', range: 'Range', addRange: 'Add a range', removeRange: 'Remove this range', search: 'Keywords', empty: 'No benchmarks yet.',
  },
  publicLookup: {
    title: 'Enforcement officer lookup', intro: 'Enter a certificate number, or a name and the body, to verify an officer and the status of their certificate.',
    byCertificate: 'By certificate number', byName: 'By name', certificateNo: 'Certificate no.', name: 'Name', unit: 'Body',
    submit: 'Look up', notFound: 'No officer matches. Check the details and try again.', validUntil: 'Valid until', fields: 'Fields',
    status: 'Certificate status', unitName: 'Body', resultTitle: 'Result',
  },
  reviews: {
    title: 'Case-file review', intro: 'Run a centralized review: scope, reviewers and checklist; a verifiable random draw of files and reviewers; scoring, reconciliation, report.',
    newCampaign: 'New campaign', campaigns: 'Campaigns', empty: 'No campaigns yet.', status: 'Status', period: 'Period',
    createdAt: 'Created', open: 'Open', caseFilesLink: 'Case files', mySheets: 'My review tasks',
  },
  campaignForm: {
    title: 'Campaign title', units: 'Units reviewed', periodFrom: 'Decisions from', periodTo: 'Decisions until', fileKinds: 'Kinds of files',
    fileKindsHint: 'None selected: every kind.', filesPerUnit: 'Files drawn per unit', reviewersPerFile: 'Reviewers per file',
    users: 'Reviewers (users)', usersHint: 'Nobody reviews a file of their own unit.', experts: 'Outside experts', expertsHint: 'One expert name per line.',
    checklist: 'Checklist', checklistHint: 'Default: presentation 20 + content 80 points; subject, facts and evidence, legal basis are veto items (one failed: the file fails).',
    excellent: 'Excellent from', pass: 'Pass from', tolerance: 'Reconciliation tolerance', toleranceHint: 'When the two totals differ by more, or only one reviewer vetoes, the lead reconciles.',
    submit: 'Create and publish the seed commitment', created: 'Campaign created; its seed commitment is published.',
  },
  campaign: {
    scope: 'Scope', units: 'Units', kinds: 'Kinds', allKinds: 'All kinds', filesPerUnit: 'Files per unit', reviewersPerFile: 'Reviewers per file',
    reviewers: 'Reviewer pool', lead: 'Lead', commitment: 'Seed commitment (SHA-256)', commitmentHint: 'Published when the campaign opened. After the draw the seed is published: anyone can check that SHA-256(seed) equals this value and recompute the draw.',
    draw: 'Random draw', observerValue: 'Observer’s value', observerValueHint: 'Given by the observer present (e.g. the discipline office), such as dice rolls; combined with the seed.',
    observerName: 'Observer', drawSubmit: 'Draw', drawConfirm: 'A campaign is drawn only once. Draw now?', drawn: 'Drawn.',
    seed: 'Seed (published)', finalSeed: 'Final seed', drawnAt: 'Drawn at', publicLink: 'Public page', result: 'Result',
    files: 'Files under review', file: 'File', reviewersOfFile: 'Reviewers', total: 'Score', grade: 'Grade', fileStatus: 'Progress',
    results: 'Results', unit: 'Unit', count: 'Files', excellent: 'Excellent', passCount: 'Pass', fail: 'Fail',
    pending: 'Pending', passRate: 'Pass rate', close: 'Close the review', closed: 'The review is closed.', report: 'Report', noRate: '—',
    sheetDone: 'scored', sheetTodo: 'to score', outsideExpert: 'outside expert', checklistTitle: 'Checklist', vetoItems: 'Veto items', points: '{{n}} points',
  },
  sheet: {
    title: 'Case-file score sheet', caseFile: 'File', unit: 'Unit', kind: 'Kind', decisionDate: 'Decided', attachments: 'Documents in the file',
    reviewer: 'Reviewer', items: 'Items', vetoItems: 'Veto items (tick those failed)', vetoHint: 'One failed veto item makes the file fail.',
    comments: 'Comments', total: 'Total', grade: 'Grade', submit: 'Submit scores', submitted: 'Scores submitted.', submittedAt: 'Submitted',
    readOnly: 'This sheet can no longer be changed.', score: 'Score (0–{{max}})', entering: 'Entering an outside expert’s paper sheet',
  },
  reviewFile: {
    title: 'Reviewed file', sheets: 'The two reviewers’ scores', reconcile: 'Reconcile', reconcileHint: 'The reviewers disagree; the lead records the agreed result.',
    total: 'Agreed total', vetoed: 'A veto item failed', note: 'Reconciliation note', reconcileSubmit: 'Record result', reconciled: 'Result recorded.',
    reconciliation: 'Reconciliation', finding: 'Open a supervision case', findingHint: 'Registers a case with the source “case-file review”, linked to this file both ways.',
    findingTitle: 'Case title (optional)', findingDescription: 'What was found', findingSubmit: 'Register the case', findingCase: 'Supervision case',
    findingCreated: 'Case {{number}} registered.', fromReview: 'Source: case-file review', reviewOrigin: 'Campaign {{campaign}} · file {{number}}',
  },
  caseFiles: {
    title: 'Case files', intro: 'Register enforcement case files for review (decision number, unit, kind, decision date, documents), one by one or from Excel.',
    add: 'Register a file', number: 'File number', unit: 'Unit', kind: 'Kind', decisionDate: 'Decision date', attachments: 'Documents in the file',
    created: 'File {{number}} registered.', empty: 'No case files yet.',
  },
  report: { docTitle: 'Case-file review report', print: 'Print', back: 'Back to the campaign', hint: 'Printing outputs only the report (A4).' },
  mySheets: { title: 'My review tasks', empty: 'No review tasks.', campaign: 'Campaign', file: 'File', unit: 'Unit', state: 'Status', open: 'Score' },
  publicDraw: {
    title: 'Published case-file review draw', intro: 'The seed, inputs and result of the draw are public. Anyone can recompute and check them with the published algorithm.',
    verify: 'See docs/random-draw.md for how to check.', inputs: 'Inputs', observer: 'Observer’s value',
  },
};
