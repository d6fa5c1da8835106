import { defineActionSpec, id, optional, SAMPLE_IDS, text } from '../action-spec.ts';

export default defineActionSpec({
  action: 'set_unit',
  who: ['CENTER_STAFF', 'CENTER_DIRECTOR'],
  from: [
    'RECEIVED',
    'ASSESSING',
    'INVESTIGATING',
    'NOTICE_PENDING_APPROVAL',
    'AWAITING_REPLY',
    'REPLY_UNDER_REVIEW',
    'DECISION_PENDING',
    'RECHECKING',
    'REFERRED',
  ],
  to: 'same',
  outcome: null,
  whenUnitUndetermined: true,
  note: 'issue 10: a public report whose 列表中没有，手动填写 name matches no active unit is registered with its unit undetermined (单位待确定); the center determines it at triage, while the case is open and only while it is undetermined. The history keeps the typed name and the unit set.',
  fields: { unitId: id(), note: optional(text(10_000)) },
  sample: { unitId: SAMPLE_IDS.unit, note: '经核实，反映人所称“城东执法队”即本单位。' },
});
