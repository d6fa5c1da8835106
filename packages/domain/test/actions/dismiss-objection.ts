import { days, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'dismiss_objection',
  who: ['CENTER_DIRECTOR'],
  from: ['RECHECKING'],
  to: 'AWAITING_REPLY',
  outcome: null,
  note: 'product.md v2: objections are decided by the director; staff prepare the re-check.',
  fields: { reasons: text(LONG), newDeadlineWorkingDays: days(1, 60) },
  sample: { reasons: '异议理由不成立，视频未显示出示证件', newDeadlineWorkingDays: 10 },
});
