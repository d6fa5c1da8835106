import { days, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'reject_rectification',
  who: ['CENTER_STAFF'],
  from: ['REPLY_UNDER_REVIEW'],
  to: 'AWAITING_REPLY',
  outcome: null,
  fields: { reasons: text(LONG), newDeadlineWorkingDays: days(1, 60) },
  sample: { reasons: '整改报告未附培训记录', newDeadlineWorkingDays: 10 },
});
