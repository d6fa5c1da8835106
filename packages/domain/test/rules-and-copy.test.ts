import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ACTION_NAMES,
  actionNeeds,
  canSeeActorName,
  DomainError,
  en,
  implementationRate,
  indexedFacts,
  issuesTrackingCode,
  ownReportsOf,
  REFUSAL_KIND,
  REFUSAL_REASONS,
  registersAsReporter,
  registrableSources,
  SOURCES,
  TRANSITIONS,
  zhCN,
} from '../src/index.ts';
import { actorFor, PENDING_EXTENSION, richSnapshot, userActor } from './fixtures.ts';

// The small rules the API and the web ask the domain instead of restating, and the copy that
// every payload field and refusal must have in both languages.

describe('copy', () => {
  const fields = [
    ...new Set(ACTION_NAMES.flatMap((a) => Object.keys((TRANSITIONS[a].payload as z.ZodObject).shape))),
  ];

  it('every payload field of every action has a label in zh-CN and en (the forms need no web copy)', () => {
    expect(fields.length).toBeGreaterThan(10);
    for (const f of fields) {
      expect(zhCN.fields[f as keyof typeof zhCN.fields]?.label, f).toMatch(/\S/);
      expect(en.fields[f as keyof typeof en.fields]?.label, f).toMatch(/\S/);
    }
  });

  it('every refusal reason has words in both languages; a DomainError says both', () => {
    for (const reason of REFUSAL_REASONS) {
      expect(zhCN.refusals[reason]).toMatch(/[\u4e00-\u9fff]/);
      expect(en.refusals[reason]).toMatch(/^[ -~’]+$/);
      const error = new DomainError(reason);
      expect(error.message).toBe(`${zhCN.refusals[reason]} / ${en.refusals[reason]}`);
      expect(error.code).toBe(REFUSAL_KIND[reason]);
    }
  });
});

describe('implementationRate (api-contract: rectified ÷ ended loops, referral = not implemented)', () => {
  it('is null before any loop ended, else implemented over implemented + not implemented', () => {
    expect(implementationRate({ implemented: 0, notImplemented: 0 })).toBeNull();
    expect(implementationRate({ implemented: 3, notImplemented: 1 })).toBe(0.75);
    expect(implementationRate({ implemented: 0, notImplemented: 2 })).toBe(0);
  });
});

describe('actionNeeds', () => {
  it('reads the row’s needs and the cited ids (de-duplicated), and nothing for an unknown action', () => {
    expect(actionNeeds('approve_notice', {})).toMatchObject({
      defaultDeadline: false,
      officeProfile: false,
      attachmentIds: [],
      caseFields: false,
      unitId: null,
      assigneeId: null,
      officerIds: [],
      reporter: false,
    });
    expect(actionNeeds('refer_lead', { officers: ['a', 'a', 7, 'b'] }).officerIds).toEqual(['a', 'b']);
    expect(actionNeeds('dismiss', { officers: ['a'] }).officerIds).toEqual([]);
    expect(actionNeeds('issue_circular', {}).reporter).toBe(true);
    // The series is the drafted instrument's (a 督办函 has its own numbers).
    const series = actionNeeds('approve_notice', {}).documentNumber!;
    const drafted = (instrument: 'NOTICE' | 'URGING_LETTER') =>
      richSnapshot('NOTICE_PENDING_APPROVAL', {
        draftNotice: { ...richSnapshot('AWAITING_REPLY').workflow.draftNotice!, instrument },
      });
    expect([series(drafted('NOTICE')), series(drafted('URGING_LETTER'))]).toEqual([
      'NOTICE',
      'URGING_LETTER',
    ]);
    expect(actionNeeds('issue_decision', {}).documentNumber!(drafted('NOTICE'))).toBe('DECISION');
    expect(actionNeeds('draft_notice', {}).defaultDeadline).toBe(true);
    expect(actionNeeds('object', { attachmentIds: ['a', 'a', 3, 'b'] }).attachmentIds).toEqual(['a', 'b']);
    expect(actionNeeds('dismiss', { attachmentIds: ['a'] }).attachmentIds).toEqual([]);
    expect(actionNeeds('amend_case', { unitId: 'u', title: 'x' })).toMatchObject({
      caseFields: true,
      unitId: 'u',
    });
    expect(actionNeeds('amend_case', { title: 'x' }).unitId).toBeNull();
    expect(actionNeeds('dismiss', { unitId: 'u' }).unitId).toBeNull();
    expect(actionNeeds('toString', null)).toEqual({
      documentNumber: null,
      defaultDeadline: false,
      officeProfile: false,
      attachmentIds: [],
      caseFields: false,
      unitId: null,
      assigneeId: null,
      officerIds: [],
      reporter: false,
      targetCase: null,
    });
    // merge / link_related name the other case by id (preferred) or by its trimmed number.
    expect(actionNeeds('merge', { targetCaseNumber: ' 执监案〔2026〕2号 ' }).targetCase).toEqual({
      number: '执监案〔2026〕2号',
    });
    expect(actionNeeds('link_related', { targetCaseId: 'x', targetCaseNumber: 'n' }).targetCase).toEqual({
      id: 'x',
    });
    expect(actionNeeds('merge', { targetCaseNumber: '  ' }).targetCase).toBeNull();
    expect(actionNeeds('dismiss', { targetCaseId: 'x' }).targetCase).toBeNull();
  });
});

describe('indexed facts', () => {
  it('extensionPending: an undecided request on the running deadline only', () => {
    expect(
      indexedFacts(richSnapshot('AWAITING_REPLY', { extensionRequest: PENDING_EXTENSION })).extensionPending,
    ).toBe(true);
    expect(
      indexedFacts(richSnapshot('REPLY_UNDER_REVIEW', { extensionRequest: PENDING_EXTENSION }))
        .extensionPending,
    ).toBe(false);
    const stale = { ...PENDING_EXTENSION!, deadlineSeq: 0 };
    expect(indexedFacts(richSnapshot('AWAITING_REPLY', { extensionRequest: stale })).extensionPending).toBe(
      false,
    );
    const decided = { ...PENDING_EXTENSION!, decision: 'DENIED' as const };
    expect(indexedFacts(richSnapshot('AWAITING_REPLY', { extensionRequest: decided })).extensionPending).toBe(
      false,
    );
  });
});

describe('who is named, who reports, who follows', () => {
  it('a special supervisor’s name is shown to the center only', () => {
    expect(canSeeActorName(actorFor('CENTER_STAFF'), 'SUPERVISOR')).toBe(true);
    expect(canSeeActorName(actorFor('DISCIPLINE'), 'SUPERVISOR')).toBe(false);
    expect(canSeeActorName(actorFor('UNIT_LEADER'), 'CENTER_DIRECTOR')).toBe(true);
  });

  it('a supervisor registers as the reporter and follows their own reports; nobody else', () => {
    expect(registersAsReporter(actorFor('SUPERVISOR'))).toBe(true);
    expect(registersAsReporter(actorFor('CENTER_STAFF'))).toBe(false);
    expect(ownReportsOf(userActor('SUPERVISOR'))).toBe('user-supervisor');
    expect(ownReportsOf(userActor('CENTER_DIRECTOR'))).toBeNull();
  });

  it('which sources each role registers from, as the registration forms offer them', () => {
    expect(registrableSources('CENTER_STAFF')).toEqual(SOURCES);
    expect(registrableSources('SUPERVISOR')).toEqual(['SUPERVISOR']);
    expect(registrableSources('DISCIPLINE')).toEqual(['TRANSFER_IN']);
    expect(registrableSources('UNIT_LEADER')).toEqual([]);
  });

  it('a tracking code goes to whoever reported, and to every public complaint', () => {
    expect(issuesTrackingCode('HOTLINE', true)).toBe(true);
    expect(issuesTrackingCode('HOTLINE', false)).toBe(false);
    expect(issuesTrackingCode('PUBLIC_COMPLAINT', false)).toBe(true);
  });
});
