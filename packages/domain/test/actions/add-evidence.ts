import { attachments, defineActionSpec, LONG, optional, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'add_evidence',
  who: ['CENTER_STAFF'],
  from: ['INVESTIGATING', 'RECHECKING'],
  to: 'same',
  outcome: null,
  note: '"note and/or attachments": each is optional, but one of them must be there (payloads.test.ts).',
  fields: { note: optional(text(LONG)), attachmentIds: attachments() },
  sample: { note: '调取执法记录仪视频 3 段、现场检查笔录 1 份' },
});
