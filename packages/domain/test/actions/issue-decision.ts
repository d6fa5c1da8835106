import { defineActionSpec, optional, SHORT, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'issue_decision',
  who: ['GOVERNMENT'],
  from: ['DECISION_PENDING'],
  to: 'AWAITING_REPLY',
  outcome: null,
  note: 'api-contract v2: needs nothing more (an optional comment); issues a numbered 决定书 with its own deadline.',
  fields: { comment: optional(text(SHORT)) },
  sample: { comment: '同意监督机构意见，作出决定书' },
});
