import { choice, defineActionSpec, id, instant, LONG, optional, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'amend_case',
  who: ['CENTER_STAFF'],
  from: ['RECEIVED', 'ASSESSING', 'INVESTIGATING'],
  to: 'same',
  outcome: null,
  note: 'product.md v2: "the changed fields (unit, title, description, occurredAt, source) and a reason; history keeps before and after". A future occurredAt, an unknown unit and a change of nothing are refused (v2-actions.test.ts).',
  fields: {
    unitId: optional(id()),
    occurredAt: optional(instant()),
    title: optional(text(200)),
    description: optional(text(LONG)),
    source: optional(
      choice([
        'PUBLIC_COMPLAINT',
        'HOTLINE',
        'SUPERVISOR',
        'MEDIA',
        'TRANSFER_IN',
        'CASE_FILE_REVIEW',
        'PLAN_REVIEW',
        'LEADER_INSTRUCTION',
      ]),
    ),
    reason: text(LONG),
  },
  sample: {
    title: '执法人员检查时未出示执法证件（更正）',
    occurredAt: '2026-02-27T09:30:00+08:00',
    reason: '登记时标题表述不准确，发生时间据投诉人补充说明更正。',
  },
});
