import { defineActionSpec, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'remind_unit',
  who: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
  from: ['AWAITING_REPLY'],
  to: 'same',
  outcome: null,
  note: 'product.md v2: "comment (催办); the unit is notified" — it reads the reminder in its history.',
  fields: { comment: text(500) },
  sample: { comment: '请于本周五前报送整改进展；逾期未报告的，将依规移送纪检监察机关。' },
});
