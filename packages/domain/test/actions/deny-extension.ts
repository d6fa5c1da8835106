import { defineActionSpec, SHORT, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'deny_extension',
  who: ['CENTER_DIRECTOR'],
  from: ['AWAITING_REPLY'],
  to: 'same',
  outcome: null,
  fields: { comment: text(SHORT) },
  sample: { comment: '理由不充分，不同意延期' },
  after: ['request_extension'],
});
