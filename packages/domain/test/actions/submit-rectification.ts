import { attachments, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'submit_rectification',
  who: ['UNIT_LEADER'],
  from: ['AWAITING_REPLY'],
  to: 'REPLY_UNDER_REVIEW',
  outcome: null,
  note: 'product.md says "report, evidence"; the domain lets the evidence list be empty.',
  fields: { report: text(LONG), attachmentIds: attachments() },
  sample: { report: '已组织全体执法人员开展程序培训，涉事人员已批评教育，并完善了现场检查程序。' },
});
