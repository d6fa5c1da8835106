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
