import { describe, expect, it } from 'vitest';
import {
  applyAction,
  type CaseSnapshot,
  type FoundCase,
  PUBLIC_STATUS_OF,
  publicOutcomeText,
  relationOf,
  visibleCaseLinks,
  zhCN,
} from '../src/index.ts';
import { SAMPLE_IDS } from './action-spec.ts';
import { sampleOf } from './action-specs.ts';
import {
  actorFor,
  ctxAt,
  FIXTURE_CASE_ID,
  NOW,
  OTHER_UNIT_ID,
  richSnapshot,
  UNIT_ID,
  userActor,
} from './fixtures.ts';

// merge (合并办理) and link_related (关联案件), issue 10: what the other case must be, what the
// case and its link become, and who reads which link.

const staff = actorFor('CENTER_STAFF');
const target = (over: Partial<NonNullable<FoundCase>> = {}): FoundCase => ({
  id: SAMPLE_IDS.otherCase,
  number: '执监案〔2026〕2号',
  unitId: UNIT_ID,
  state: 'INVESTIGATING',
  links: [],
  ...over,
});
const merge = (found: FoundCase, state: CaseSnapshot['state'] = 'ASSESSING') =>
  applyAction(richSnapshot(state), 'merge', sampleOf('merge'), staff, ctxAt(NOW, { targetCase: found }));
const reasonOf = (r: ReturnType<typeof merge>) => (r.ok ? 'OK' : r.error.reason);

describe('merge', () => {
  it('closes the case as MERGED and derives a MERGED_INTO link naming the other case', () => {
    const r = merge(target());
    if (!r.ok) throw new Error(r.error.reason);
    expect(r.next.state).toBe('CLOSED');
    expect(r.next.outcome).toBe('MERGED');
    expect(r.derived).toEqual([
      {
        kind: 'caseLink',
        linkKind: 'MERGED_INTO',
        relatedCaseId: SAMPLE_IDS.otherCase,
        note: sampleOf('merge').reason,
      },
    ]);
    expect(r.event.data.targetCase).toEqual({ id: SAMPLE_IDS.otherCase, number: '执监案〔2026〕2号' });
  });

  it('refuses an unknown, the same, a closed and another unit’s case, and a pair already linked (422)', () => {
    expect(reasonOf(merge(null))).toBe('UNKNOWN_TARGET_CASE');
    expect(reasonOf(merge(target({ id: FIXTURE_CASE_ID })))).toBe('TARGET_IS_SELF');
    expect(reasonOf(merge(target({ state: 'CLOSED' })))).toBe('TARGET_CLOSED');
    expect(reasonOf(merge(target({ unitId: OTHER_UNIT_ID })))).toBe('TARGET_OTHER_UNIT');
    expect(reasonOf(merge(target({ links: ['RELATED'] })))).toBe('ALREADY_LINKED');
    const refused = merge(target({ state: 'CLOSED' }));
    expect(refused.ok ? 0 : refused.error.status).toBe(422);
    expect(refused.ok ? [] : refused.error.issues.map((i) => i.path)).toEqual(['targetCaseNumber']);
  });

  it('only from RECEIVED and ASSESSING (before any investigation or notice)', () => {
    expect(reasonOf(merge(target(), 'RECEIVED'))).toBe('OK');
    expect(reasonOf(merge(target(), 'INVESTIGATING'))).toBe('STATE_NOT_ALLOWED');
  });

  it('needs a number or an id', () => {
    const r = applyAction(richSnapshot('ASSESSING'), 'merge', { reason: '重复' }, staff, ctxAt(NOW));
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual(['targetCaseNumber']);
  });

  it('the public reads a merged case in plain words, naming nothing of the other case', () => {
    expect(PUBLIC_STATUS_OF.CLOSED).toBe('CLOSED');
    expect(publicOutcomeText(zhCN, 'MERGED', null)).toBe('已与同一事项合并办理，处理结果将一并答复');
  });
});

describe('link_related', () => {
  const link = (found: FoundCase) =>
    applyAction(
      richSnapshot('AWAITING_REPLY'),
      'link_related',
      sampleOf('link_related'),
      actorFor('CENTER_DIRECTOR'),
      ctxAt(NOW, { targetCase: found }),
    );

  it('keeps the state and derives a RELATED link; the other case may be closed or another unit’s', () => {
    for (const found of [target(), target({ state: 'CLOSED', unitId: OTHER_UNIT_ID })]) {
      const r = link(found);
      if (!r.ok) throw new Error(r.error.reason);
      expect(r.next.state).toBe('AWAITING_REPLY');
      expect(r.derived[0]).toMatchObject({ kind: 'caseLink', linkKind: 'RELATED' });
    }
  });

  it('refuses itself, an unknown case, and a pair already linked either way', () => {
    expect(reasonOf(link(target({ id: FIXTURE_CASE_ID })))).toBe('TARGET_IS_SELF');
    expect(reasonOf(link(null))).toBe('UNKNOWN_TARGET_CASE');
    expect(reasonOf(link(target({ links: ['MERGED_INTO'] })))).toBe('ALREADY_LINKED');
  });
});

describe('reading links', () => {
  it('a merge reads MERGED_INTO from the merged case and MERGED_FROM from the other', () => {
    expect(relationOf('MERGED_INTO', true)).toBe('MERGED_INTO');
    expect(relationOf('MERGED_INTO', false)).toBe('MERGED_FROM');
    expect(relationOf('RELATED', false)).toBe('RELATED');
  });

  it('a unit user reads only the links to cases it may see itself', () => {
    const seen = { other: richSnapshot('AWAITING_REPLY') };
    const early = {
      other: {
        ...richSnapshot('ASSESSING'),
        workflow: { ...richSnapshot('ASSESSING').workflow, notice: null },
      },
    };
    const otherUnit = { other: { ...richSnapshot('AWAITING_REPLY'), unitId: OTHER_UNIT_ID } };
    expect(visibleCaseLinks([seen, early, otherUnit], userActor('UNIT_HANDLER'))).toEqual([seen]);
    expect(visibleCaseLinks([seen, early, otherUnit], staff)).toHaveLength(3);
  });
});
