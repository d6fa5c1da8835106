import { defineActionSpec, id, LONG, NAME, optional, SAMPLE_IDS, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'merge',
  who: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
  from: ['RECEIVED', 'ASSESSING'],
  to: 'CLOSED',
  outcome: 'MERGED',
  offPath: true,
  note: 'issue 10: a duplicate found at intake or while assessing is closed into another open case of the same unit (合并办理), named by number or id; the reason is optional. Closed, other-unit, self and unknown targets are refused (duplicates.test.ts).',
  fields: {
    targetCaseNumber: optional(text(NAME)),
    targetCaseId: optional(id()),
    reason: optional(text(LONG)),
  },
  sample: { targetCaseId: SAMPLE_IDS.otherCase, reason: '与该案反映的是同一事项，合并办理。' },
});
