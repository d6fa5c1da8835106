import { defineActionSpec } from '../action-spec.ts';

export default defineActionSpec({
  action: 'acknowledge',
  who: ['UNIT_HANDLER', 'UNIT_LEADER'],
  from: ['AWAITING_REPLY'],
  to: 'same',
  outcome: null,
  fields: {},
  sample: {},
});
