import { defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'refer',
  who: ['CENTER_DIRECTOR'],
  from: ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW'],
  to: 'REFERRED',
  outcome: null,
  fields: { reason: text(LONG) },
  sample: { reason: '拒不整改，整改报告弄虚作假' },
});
