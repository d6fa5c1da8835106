import { defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'uphold_objection',
  who: ['CENTER_DIRECTOR'],
  from: ['RECHECKING'],
  to: 'CLOSED',
  outcome: 'NOTICE_WITHDRAWN',
  fields: { findings: text(LONG), feedback: text(LONG) },
  sample: {
    findings: '执法记录仪视频显示执法人员已出示证件，异议成立',
    feedback: '经复核，原通知书已撤销。',
  },
});
