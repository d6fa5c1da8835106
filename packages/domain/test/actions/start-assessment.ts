import { defineActionSpec } from '../action-spec.ts';

export default defineActionSpec({
  action: 'start_assessment',
  who: ['CENTER_STAFF'],
  from: ['RECEIVED'],
  to: 'ASSESSING',
  outcome: null,
  fields: {},
  sample: {},
});
