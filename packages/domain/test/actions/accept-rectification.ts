import { defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'accept_rectification',
  who: ['CENTER_STAFF'],
  from: ['REPLY_UNDER_REVIEW'],
  to: 'CLOSED',
  outcome: 'RECTIFIED',
  fields: { feedback: text(LONG) },
  sample: { feedback: '执法单位已完成整改，感谢您的监督。' },
});
