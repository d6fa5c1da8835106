import { attachments, defineActionSpec, instant, LONG, SHORT, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'summon',
  who: ['CENTER_DIRECTOR'],
  from: ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW', 'REFERRED'],
  to: 'same',
  outcome: null,
  note: 'product.md v2: "约谈: when, who attended, minutes, attachments"; a meeting not yet held is refused.',
  fields: { heldAt: instant(), attendees: text(SHORT), minutes: text(LONG), attachmentIds: attachments() },
  sample: {
    heldAt: '2026-03-01T14:30:00+08:00',
    attendees: '市司法局行政执法监督科科长王某；区城管局局长李某、法制科科长赵某',
    minutes: '指出未出示执法证件问题，区城管局表示立即组织全员培训，并于十个工作日内书面报告整改情况。',
  },
});
