import type { featureSectionsZhCN } from './sections/zh-CN-sections';

// 全部界面文字（简体中文，默认语言）的核心部分：登录页和公众页面首先加载的文字。领域术语（状态、操作、来源、
// 角色……）取自 @sp/domain，与各功能的文字一起按需加载（sections/zh-CN-sections.ts）。
// biome-ignore format: a dense table keeps each language in one short file, side by side with en.ts
export const zhCN = {
  app: {
    brand: '执法监督+', name: '行政执法监督平台',
    skipLink: '跳到主要内容', mainMenu: '主菜单', breadcrumb: '当前位置', home: '首页', user: '当前用户',
  },
  lang: { switchTo: 'English', label: 'Switch to English（切换为英文）' },
  common: {
    loading: '正在加载…', empty: '暂无数据', retry: '重新加载', back: '返回', cancel: '取消', submit: '提交',
    optional: '（选填）', print: '打印', copy: '复制', copied: '已复制', open: '查看', search: '搜索',
    reset: '清除条件', all: '全部', none: '—', total: '共 {{n}} 条', workingDays: '{{n}} 个工作日', calendarDays: '{{n}} 日（自然日）', system: '系统',
    saving: '正在保存…', submitting: '正在提交…', close: '关闭', yes: '是', no: '否', menu: '菜单', choose: '请选择',
  },
  nav: {
    dashboard: '工作台', queue: '线索与案件', intake: '登记线索', approvals: '待签发通知书', extensions: '延期申请',
    objections: '异议复核', referral: '移送纪检监察', unitInbox: '监督通知书', supervisorReport: '我要报送',
    myReports: '我的报送', referrals: '移送案件', transferIn: '案件移送登记', admin: '系统管理',
    caseDetail: '案件详情', notice: '监督通知书', publicReport: '投诉举报', publicTrack: '进度查询', publicOfficers: '执法人员查询', publicExposures: '曝光台',
    staffLogin: '工作人员登录', notifications: '待办通知', decisions: '决定书提请', monitoring: '电子监察', circulars: '通报',
  },
  auth: {
    title: '工作人员登录', username: '用户名', password: '密码', submit: '登录', logout: '退出登录',
    failed: '用户名或密码不正确，请重新输入。', publicHint: '群众投诉举报无需登录：',
  },
  errors: {
    summaryTitle: '提交前请更正以下问题', submitFailed: '未能提交', prefix: '错误：', network: '无法连接服务器，请检查网络后重试。',
    unauthorized: '登录已失效，请重新登录。', forbidden: '您没有权限执行此操作。', notFound: '未找到该记录，或您无权查看。',
    stale: '其他人刚刚修改了此案件，页面已重新加载最新内容。请核对后再操作。',
    tooLarge: '文件过大，单个文件不能超过 20 MB。', rateLimited: '操作过于频繁，请稍后再试。',
    server: '服务器暂时无法处理请求，请稍后再试。', invalid: '提交的内容有误，请检查后重试。',
    notAllowed: '当前状态下不能执行此操作。', unknown: '发生未知错误，请稍后再试。', pageNotFound: '页面不存在',
    pageCrashed: '页面出错了', pageCrashedHint: '请刷新页面重试；如果问题持续，请联系系统管理员。', goHome: '返回首页',
  },
  validation: {
    required: '请填写此项', choose: '请选择一项', tooLong: '不能超过 {{max}} 个字符', integer: '请输入整数',
    range: '请输入 {{min}} 到 {{max}} 之间的整数', invalid: '格式不正确', tooMany: '最多选择 {{max}} 项',
  },
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
      all: '全部', mine: '我的案件', received: '新登记', assessing: '研判中', investigating: '调查中', pendingApproval: '待签发', awaitingReply: '待整改',
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
    hint: '支持 PDF、OFD、图片（PNG、JPEG）、Word（DOC、DOCX）、Excel（XLS、XLSX）、MP4 短视频、TXT，单个文件不超过 20 MB；按文件内容识别类型。',
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
  public: {
    reportTitle: '行政违法行为投诉举报', reportIntro: '对行政执法机关及其工作人员违法或不当执法行为，您可以在此投诉举报。',
    unitOther: '列表中没有，手动填写', contact: '联系方式', contactHint: '可以不填（匿名投诉）。填写后便于我们核实和反馈。',
    submit: '提交投诉', successTitle: '投诉已提交', codeLabel: '您的查询码', codeHint: '请妥善保存查询码，凭此码查询办理进度和反馈。',
    trackTitle: '办理进度查询', trackSubmit: '查询', notFound: '未找到该查询码，请核对后重新输入。', status: '办理状态',
    receivedAt: '收到日期', outcomeAt: '办结日期', feedback: '办理反馈', noFeedback: '暂无反馈。', goTrack: '查询办理进度',
    copyFailed: '复制失败，请手动选择查询码复制。',
    exposuresTitle: '曝光台', exposuresIntro: '行政执法监督机构公开通报的典型问题。通报不含投诉举报人的任何信息。',
    exposuresEmpty: '暂无公开通报。', exposureUnit: '被通报单位', exposureIssuedAt: '通报时间', exposureCase: '案件编号',
    exposuresPage: '第 {{page}} 页，共 {{total}} 条', previous: '上一页', next: '下一页',
  },
};

/**
 * All zh-CN text: the core above, which ships with the first page (login, public pages), and the
 * feature sections (i18n/sections/*), which load with the signed-in app or the public layout
 * (`ensureFeatureSections` in i18n/index.ts) so the login route stays within its size budget.
 */
export type Translation = typeof zhCN & typeof featureSectionsZhCN;
