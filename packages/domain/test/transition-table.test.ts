import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ACTION_NAMES,
  computeDueAt,
  computeDueSoonAt,
  deadlineRuleOf,
  issuesNotice,
  OUTCOMES,
  ROLES,
  STATES,
  SWEEP_STATES,
  TERMINAL_STATE,
  TRANSITIONS,
} from '../src/index.ts';
import { specFileOf } from './action-spec.ts';
import { ACTION_SPECS, SPEC_FILES } from './action-specs.ts';
import { CALENDAR, DUE_AT, DUE_SOON_AT, FIXTURE_DEADLINE } from './fixtures.ts';

const sorted = <T>(xs: readonly T[]) => [...xs].sort();

describe('the specs under test/actions/ cover the table, one file per action', () => {
  it('every action of the table has exactly one spec, and every spec names an action of the table', () => {
    expect(sorted(ACTION_SPECS.map((s) => s.action))).toEqual(sorted(ACTION_NAMES));
    expect(new Set(ACTION_SPECS.map((s) => s.action)).size).toBe(ACTION_SPECS.length);
  });

  it('each spec lives in the file named for its action', () => {
    for (const { file, spec } of SPEC_FILES) expect(file, spec.action).toBe(specFileOf(spec.action));
  });
});

describe('TRANSITIONS matches product.md (each action’s hand-written spec)', () => {
  describe.each(ACTION_SPECS.map((s) => [s.action, s] as const))('%s', (action, expected) => {
    const row = TRANSITIONS[action];

    it('has the from states', () => {
      expect(sorted(row.from)).toEqual(sorted(expected.from));
      expect(new Set(row.from).size).toBe(row.from.length);
    });

    it('has the target state (null = stays)', () => {
      expect(row.to ?? 'same').toBe(expected.to);
    });

    it('has the outcome', () => {
      expect(row.outcome ?? null).toBe(expected.outcome);
    });

    it('has the roles', () => {
      expect(sorted(row.roles)).toEqual(sorted(expected.who));
      expect(new Set(row.roles).size).toBe(row.roles.length);
    });

    it('carries the payload fields', () => {
      const shape = (row.payload as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      expect(sorted(Object.keys(shape))).toEqual(sorted(Object.keys(expected.fields)));
      for (const [field, limit] of Object.entries(expected.fields)) {
        const optional = shape[field]!.safeParse(undefined).success;
        expect(optional ? 'optional' : 'required', field).toBe(limit.need);
      }
    });
  });
});

describe('table invariants', () => {
  it('an action has an outcome exactly when it closes the case', () => {
    for (const action of ACTION_NAMES) {
      const row = TRANSITIONS[action];
      expect(row.outcome !== undefined, action).toBe(row.to === TERMINAL_STATE);
    }
  });

  it('uses only known states, outcomes and roles', () => {
    for (const action of ACTION_NAMES) {
      const row = TRANSITIONS[action];
      for (const s of row.from) expect(STATES).toContain(s);
      if (row.to !== null) expect(STATES).toContain(row.to);
      if (row.outcome) expect(OUTCOMES).toContain(row.outcome);
      for (const r of row.roles) expect([...ROLES, 'SYSTEM']).toContain(r);
    }
  });

  it('nothing leaves CLOSED (a record taken after closing keeps the case closed, its outcome unchanged)', () => {
    for (const action of ACTION_NAMES)
      if (TRANSITIONS[action].from.includes(TERMINAL_STATE)) {
        expect(TRANSITIONS[action].to, action).toBeNull();
        expect(TRANSITIONS[action].outcome, action).toBeUndefined();
      }
  });

  it('no action moves a case to the state it came from (self-loops use to: null)', () => {
    for (const action of ACTION_NAMES) {
      const row = TRANSITIONS[action];
      if (row.to !== null) expect(row.from, action).not.toContain(row.to);
    }
  });

  it('only approve_notice and issue_decision (the 决定书) issue an instrument (number, issue date, due date)', () => {
    expect(ACTION_NAMES.filter(issuesNotice)).toEqual(['approve_notice', 'issue_decision']);
    expect(ACTION_NAMES.filter((a) => TRANSITIONS[a].needs?.documentNumber)).toEqual([
      'approve_notice',
      'issue_decision',
    ]);
  });

  it('exactly the actions that carry attachmentIds look up the files they cite', () => {
    for (const action of ACTION_NAMES) {
      const shape = (TRANSITIONS[action].payload as unknown as z.ZodObject).shape;
      expect(TRANSITIONS[action].needs?.citedAttachments === true, action).toBe('attachmentIds' in shape);
    }
  });

  it('SYSTEM may only refer_overdue or mark_overdue (the overdue policy), and only SYSTEM may', () => {
    const systemActions = ACTION_NAMES.filter((a) =>
      (TRANSITIONS[a].roles as readonly string[]).includes('SYSTEM'),
    );
    expect(systemActions).toEqual(['refer_overdue', 'mark_overdue']);
    expect(TRANSITIONS.refer_overdue.roles).toEqual(['SYSTEM']);
    expect(TRANSITIONS.mark_overdue.roles).toEqual(['SYSTEM']);
  });

  it('the deadline sweeper looks exactly where refer_overdue applies', () => {
    expect([...SWEEP_STATES]).toEqual(['AWAITING_REPLY']);
  });

  it('SUPERVISOR and ADMIN take no workflow action', () => {
    for (const action of ACTION_NAMES) {
      expect(TRANSITIONS[action].roles, action).not.toContain('SUPERVISOR');
      expect(TRANSITIONS[action].roles, action).not.toContain('ADMIN');
    }
  });
});

describe('the shared fixture deadline agrees with the calendar', () => {
  it('15 working days from Mon 2026-03-02 end on Mon 2026-03-23 23:59:59 +08:00', () => {
    expect(computeDueAt(deadlineRuleOf(FIXTURE_DEADLINE), CALENDAR).toISOString()).toBe(DUE_AT);
    expect(computeDueSoonAt(deadlineRuleOf(FIXTURE_DEADLINE), CALENDAR).toISOString()).toBe(DUE_SOON_AT);
  });
});
