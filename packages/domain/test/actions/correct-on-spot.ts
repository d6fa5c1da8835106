import { defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'correct_on_spot',
  who: ['CENTER_STAFF'],
  from: ['ASSESSING', 'INVESTIGATING'],
  to: 'CLOSED',
  outcome: 'CORRECTED_ON_SPOT',
  note: 'product.md v2: "what the unit corrected, feedback" — closes without a notice (当场纠正).',
  fields: { correction: text(LONG), feedback: text(LONG) },
  sample: {
    correction: '经电话督促，区城管局当日退还暂扣的三轮车，并向当事人说明情况。',
    feedback: '您反映的问题已督促执法单位当场纠正，暂扣物品已于当日退还。',
  },
});
