import { zhCN as domain } from '@sp/domain';

// 领域术语（状态、操作、来源、角色、字段、拒绝理由……）取自 @sp/domain，不在此重写；加上界面自己的表单字段。
// Loaded with the feature sections (zh-CN-sections.ts), not with the login page.
// biome-ignore format: a dense table, like zh-CN.ts
export const domainTermsZhCN = {
  states: domain.states,
  outcomes: domain.outcomes,
  actions: domain.actions,
  sources: domain.sources,
  roles: domain.roles,
  publicStatuses: domain.publicStatuses,
  overdueReasons: domain.overdueReasons,
  referralKinds: domain.referralKinds,
  instruments: domain.instruments,
  register: domain.register,
  // Payload fields' labels and hints are the domain's (copy/), so a new field needs no web edit.
  fields: {
    ...domain.fields,
    source: { label: '线索来源', hint: '' },
    title: { label: '标题', hint: '一句话概括反映的问题。' },
    description: { label: '问题描述', hint: '写明时间、地点、执法单位、执法人员和具体行为。' },
    unitId: { label: '被反映的执法单位', hint: '' },
    unitName: { label: '执法单位名称', hint: '列表中没有时，请填写单位全称。' },
    occurredAt: { label: '发生日期', hint: '不能晚于今天。' },
    reporterName: { label: '举报人姓名', hint: '' },
    reporterPhone: { label: '联系电话', hint: '' },
    reporterAnonymous: { label: '匿名举报（不登记姓名）', hint: '' },
    contactName: { label: '您的姓名', hint: '' },
    contactPhone: { label: '联系电话', hint: '用于核实情况，仅投诉中心可见，不会告知被投诉单位。' },
    trackingCode: { label: '查询码', hint: '提交投诉时获得的查询码。' },
  },
  actionFields: domain.actionFields,
  actionHints: domain.actionHints,
  choices: domain.choices,
  refusals: domain.refusals,
};
