import { defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'conclude_no_violation',
  who: ['CENTER_STAFF'],
  from: ['INVESTIGATING'],
  to: 'CLOSED',
  outcome: 'NO_VIOLATION',
  fields: { findings: text(LONG), feedback: text(LONG) },
  sample: {
    findings: '经调取执法记录，执法人员已出示执法证件，执法程序合法',
    feedback: '经核查，该执法行为符合法定程序。感谢您的监督。',
  },
});
