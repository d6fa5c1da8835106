import { attachments, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'submit_explanation',
  who: ['UNIT_LEADER'],
  from: ['INVESTIGATING'],
  to: 'same',
  outcome: null,
  note: 'product.md v2: "INVESTIGATING (a request open) … explanation, attachments".',
  fields: { explanation: text(LONG), attachmentIds: attachments() },
  sample: { explanation: '经核查，当日两名执法人员均出示了执法证件，现场检查笔录及执法记录仪视频附后。' },
  after: ['request_explanation'],
});
