import { defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'decline_decision',
  who: ['GOVERNMENT'],
  from: ['DECISION_PENDING'],
  to: 'AWAITING_REPLY',
  outcome: null,
  note: 'product.md v2: reasons; back to the director (the state the proposal came from: AWAITING_REPLY here).',
  fields: { reasons: text(LONG) },
  sample: { reasons: '现有材料不足以认定拒不执行，请监督机构先行约谈' },
});
