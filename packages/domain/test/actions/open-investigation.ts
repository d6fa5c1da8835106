import { defineActionSpec } from '../action-spec.ts';

export default defineActionSpec({
  action: 'open_investigation',
  who: ['CENTER_STAFF'],
  from: ['ASSESSING'],
  to: 'INVESTIGATING',
  outcome: null,
  fields: {},
  sample: {},
});
