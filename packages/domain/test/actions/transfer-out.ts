import { defineActionSpec, LONG, NAME, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'transfer_out',
  who: ['CENTER_STAFF'],
  from: ['ASSESSING'],
  to: 'CLOSED',
  outcome: 'TRANSFERRED_OUT',
  fields: { targetOrgan: text(NAME), reason: text(LONG), feedback: text(LONG) },
  sample: {
    targetOrgan: '市人民检察院',
    reason: '涉嫌职务犯罪，依法移送',
    feedback: '您反映的问题已移送市人民检察院依法处理。',
  },
});
