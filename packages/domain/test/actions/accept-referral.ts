import { defineActionSpec } from '../action-spec.ts';

export default defineActionSpec({
  action: 'accept_referral',
  who: ['DISCIPLINE'],
  from: ['REFERRED'],
  to: 'same',
  outcome: null,
  fields: {},
  sample: {},
});
