import { defineActionSpec, SHORT, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'grant_extension',
  who: ['CENTER_DIRECTOR'],
  from: ['AWAITING_REPLY'],
  to: 'same',
  outcome: null,
  fields: { comment: text(SHORT) },
  sample: { comment: '同意延期' },
  after: ['request_extension'],
});
