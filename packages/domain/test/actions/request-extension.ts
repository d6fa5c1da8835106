import { days, defineActionSpec, LONG, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'request_extension',
  who: ['UNIT_LEADER'],
  from: ['AWAITING_REPLY'],
  to: 'same',
  outcome: null,
  note: 'Once per deadline, before it passes (guards, tested in role-action-state-matrix.test.ts).',
  fields: { reason: text(LONG), extraWorkingDays: days(1, 30) },
  sample: { reason: '需要调取上级部门档案', extraWorkingDays: 5 },
});
