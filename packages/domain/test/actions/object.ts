import { attachments, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'object',
  who: ['UNIT_LEADER'],
  from: ['AWAITING_REPLY'],
  to: 'RECHECKING',
  outcome: null,
  note: 'product.md says "grounds, evidence"; the domain lets the evidence list be empty.',
  fields: { grounds: text(LONG), attachmentIds: attachments() },
  sample: { grounds: '执法人员当时已出示执法证件，执法记录仪视频可以证明' },
});
