import { describe, expect, it } from 'vitest';
import {
  ACTION_NAMES,
  allowedActions,
  applyAction,
  type CaseState,
  refusal,
  TRANSITIONS,
  unitDisplayName,
} from '../src/index.ts';
import { SAMPLE_IDS } from './action-spec.ts';
import { actorFor, CASE_FIELDS, ctxAt, NOW, richSnapshot } from './fixtures.ts';

const UNIT_ID = SAMPLE_IDS.unit;

// 单位待确定 (issue 10): a public report naming no listed unit is registered without a unit. Only
// what does not concern a unit may happen until the center determines it (set_unit).

const staff = actorFor('CENTER_STAFF');
const director = actorFor('CENTER_DIRECTOR');
const undetermined = (state: CaseState) => ({ ...richSnapshot(state), unitId: null });
const WITHOUT_UNIT = [
  'start_assessment',
  'set_unit',
  'amend_case',
  'dismiss',
  'transfer_out',
  'open_investigation',
  'add_evidence',
  'assign',
];

describe('an undetermined unit', () => {
  it('allows staff only the triage actions, and set_unit, in RECEIVED / ASSESSING / INVESTIGATING', () => {
    const ctx = ctxAt(NOW);
    expect(allowedActions(undetermined('RECEIVED'), staff, ctx)).toEqual([
      'start_assessment',
      'set_unit',
      'amend_case',
      'assign',
    ]);
    expect(allowedActions(undetermined('ASSESSING'), staff, ctx)).toEqual([
      'set_unit',
      'amend_case',
      'dismiss',
      'transfer_out',
      'open_investigation',
      'assign',
    ]);
    expect(allowedActions(undetermined('INVESTIGATING'), staff, ctx)).toEqual([
      'set_unit',
      'amend_case',
      'add_evidence',
      'assign',
    ]);
  });

  it('refuses every action that concerns the unit with UNIT_UNDETERMINED (422 RULE_VIOLATION)', () => {
    const ctx = ctxAt(NOW);
    for (const action of ACTION_NAMES.filter((a) => !WITHOUT_UNIT.includes(a))) {
      for (const state of TRANSITIONS[action].from) {
        const role = TRANSITIONS[action].roles[0]!;
        if (role === 'SYSTEM' || role === 'UNIT_HANDLER' || role === 'UNIT_LEADER') continue;
        const why = refusal(undetermined(state), action, actorFor(role), ctx);
        expect(why?.reason, `${action} in ${state}`).toBe('UNIT_UNDETERMINED');
        expect(why?.status).toBe(422);
        expect(why?.problemCode).toBe('RULE_VIOLATION');
        expect(why?.message).toContain('请先确定被投诉单位');
      }
    }
    for (const action of [
      'draft_notice',
      'request_explanation',
      'correct_on_spot',
      'conclude_no_violation',
    ] as const)
      expect(refusal(undetermined('INVESTIGATING'), action, staff, ctx)?.reason).toBe('UNIT_UNDETERMINED');
  });

  it('set_unit sets it (the typed name and the unit in the history); then it is not offered again', () => {
    const ctx = ctxAt(NOW, { caseFields: { ...CASE_FIELDS, unitId: null, reportedUnitName: '城东执法队' } });
    const result = applyAction(
      undetermined('ASSESSING'),
      'set_unit',
      { unitId: UNIT_ID, note: '已核实' },
      director,
      ctx,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.next.state).toBe('ASSESSING');
    expect(result.event.data).toMatchObject({
      unitId: UNIT_ID,
      note: '已核实',
      changes: { unitId: { before: '待确定（反映人填写：城东执法队）', after: UNIT_ID } },
      reportedUnitName: '城东执法队',
    });
    expect(result.derived).toEqual([{ kind: 'caseFields', fields: { unitId: UNIT_ID } }]);
    const determined = { ...result.next, unitId: UNIT_ID };
    expect(refusal(determined, 'set_unit', staff, ctx)?.reason).toBe('UNIT_ALREADY_DETERMINED');
    expect(allowedActions(determined, staff, ctx)).not.toContain('set_unit');
  });

  it('set_unit refuses an unknown or inactive unit (400), a closed case (422) and unit users (403)', () => {
    const unknown = applyAction(
      undetermined('ASSESSING'),
      'set_unit',
      { unitId: UNIT_ID },
      staff,
      ctxAt(NOW, { unit: null }),
    );
    expect(!unknown.ok && unknown.error.reason).toBe('UNKNOWN_UNIT');
    expect(!unknown.ok && unknown.error.status).toBe(400);
    const inactive = applyAction(
      undetermined('ASSESSING'),
      'set_unit',
      { unitId: UNIT_ID },
      staff,
      ctxAt(NOW, { unit: { id: UNIT_ID, active: false } }),
    );
    expect(!inactive.ok && inactive.error.reason).toBe('UNKNOWN_UNIT');
    const malformed = applyAction(undetermined('ASSESSING'), 'set_unit', { unitId: 'x' }, staff, ctxAt(NOW));
    expect(!malformed.ok && malformed.error.reason).toBe('INVALID_PAYLOAD');
    expect(refusal(undetermined('CLOSED'), 'set_unit', staff, ctxAt(NOW))?.reason).toBe('STATE_NOT_ALLOWED');
    expect(refusal(undetermined('ASSESSING'), 'set_unit', actorFor('UNIT_LEADER'), ctxAt(NOW))?.reason).toBe(
      'ROLE_NOT_ALLOWED',
    );
  });

  it('names the unit 待确定（反映人填写：XXX） until it is set', () => {
    expect(unitDisplayName(null, '城东执法队')).toBe('待确定（反映人填写：城东执法队）');
    expect(unitDisplayName(null, null)).toBe('待确定');
    expect(unitDisplayName('市场监管局', '城东执法队')).toBe('市场监管局');
  });
});
