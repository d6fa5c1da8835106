// 统计分析: the statistics page (period picker, tiles, charts with their tables, exports).
// biome-ignore format: a dense table, side by side with statistics-en.ts
export const statisticsZhCN = {
  period: {
    label: '统计期间', month: '月度', quarter: '季度', year: '年度', custom: '自定义', all: '全部',
    from: '开始日期', to: '结束日期', year_: '年份', quarter_: '季度', q: '第{{n}}季度', invalid: '结束日期不能早于开始日期，且不超过 5 年。',
    hint: '按登记日期统计：各项数字均为该期间登记的案件。',
  },
  tiles: {
    cases: '登记案件', onTimeRate: '按期答复率', referrals: '移送纪检监察', rateOf: '{{num}} / {{den}}',
  },
  charts: {
    trend: '月度趋势', trendRegistered: '登记案件', trendNotices: '下发文书', trendImplemented: '整改落实', trendNotImplemented: '移送未落实',
    units: '各单位整改落实率排名', unitsRate: '整改落实率（%）', sources: '案件来源', referrals: '移送原因',
    stages: '自登记至各环节平均用时（工作日）', stage: '环节', days: '平均工作日', reached: '到达案件数',
    instruments: '下发监督文书（按文书种类）', count: '数量', month: '月份', showTable: '数据表', chartLabel: '{{title}}（图表，数据见下表）',
    loading: '图表加载中…', failed: '图表未能加载，数据见表格。',
  },
  byUnit: { cases: '登记', notices: '文书', implemented: '落实', notImplemented: '移送', rate: '落实率' },
  monitoring: {
    title: '电子监察', hint: '所有正在计时的办理期限，按单位分组：用时达到 70% 变黄，超过期限变红。', asOf: '截至 {{time}}',
    daysLeft: '剩余 {{n}} 个工作日', dueToday: '今日到期', overdue: '已逾期', dueAt: '期限 {{date}}',
    onTrack: '正常', dueSoon: '临近期限', overdueCount: '逾期', referredLate: '期间内逾期移送', none: '暂无正在计时的期限',
    kind_UNIT_REPLY: '单位答复', kind_BODY_ANSWER: '本机关答复', kind_BODY_DECISION: '决定期限', openCases: '查看案件', unitCases: '该单位案件',
  },
  circulars: {
    title: '通报', generate: '生成通报草稿', part: '月份或季度', titleLabel: '标题', bodyLabel: '正文', save: '保存修改', issue: '印发',
    print: '打印', number: '文号', status: '状态', issuedAt: '印发日期', status_DRAFT: '草稿', status_ISSUED: '已印发',
  },
  export: { button: '导出 Excel', hint: '按当前筛选条件导出（超过 20 万条时请缩小范围）' },
};
