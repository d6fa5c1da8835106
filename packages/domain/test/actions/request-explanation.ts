import { days, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'request_explanation',
  who: ['CENTER_STAFF'],
  from: ['INVESTIGATING'],
  to: 'same',
  outcome: null,
  note: 'product.md v2: "questions, a deadline — the unit sees the case from here on and answers". One open request at a time.',
  fields: { questions: text(LONG), deadlineWorkingDays: days(1, 60) },
  sample: {
    questions:
      '一、2026年2月27日对该商户的检查是否出示执法证件；二、现场检查笔录由谁制作；三、执法记录仪是否开启。',
    deadlineWorkingDays: 5,
  },
});
