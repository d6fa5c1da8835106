import { days, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'dismiss_objection',
  who: ['CENTER_STAFF'],
  from: ['RECHECKING'],
  to: 'AWAITING_REPLY',
  outcome: null,
  note: 'The v1 row (staff). product.md v2 has the director decide objections: issue 9, part 2.',
  fields: { reasons: text(LONG), newDeadlineWorkingDays: days(1, 60) },
  sample: { reasons: '异议理由不成立，视频未显示出示证件', newDeadlineWorkingDays: 10 },
});
