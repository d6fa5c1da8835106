import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type ActorKind,
  allowedActions,
  applyAction,
  type CaseSnapshot,
  type CaseSource,
  canRegisterCases,
  canSaveReplyDraft,
  canSeeAttachment,
  canSeeInternalDrafts,
  canSeeReporter,
  canUploadAttachment,
  canViewCase,
  caseScopeFor,
  historyScopeFor,
  initialSnapshot,
  type Role,
  registrationRefusal,
  SOURCES,
  STATES,
  SYSTEM_ACTOR,
  sourcesFor,
  visibleHistory,
} from '../src/index.ts';
import { sampleOf } from './action-specs.ts';
import {
  actorFor,
  CREATOR_ID,
  ctxAt,
  NOW,
  OTHER_UNIT_ID,
  richSnapshot,
  UNIT_ID,
  userActor,
} from './fixtures.ts';

const staff = userActor('CENTER_STAFF');
const director = userActor('CENTER_DIRECTOR');
const handler = userActor('UNIT_HANDLER');
const leader = userActor('UNIT_LEADER');
const supervisor: Actor = { kind: 'user', id: CREATOR_ID, role: 'SUPERVISOR', unitId: null };
const otherSupervisor = userActor('SUPERVISOR');
const discipline = userActor('DISCIPLINE');
const admin = userActor('ADMIN');

/** A case before any notice: registered, investigated, draft pending — no notice, no referral. */
const beforeNotice = richSnapshot('NOTICE_PENDING_APPROVAL', {
  notice: null,
  deadline: null,
  referral: null,
});
const afterNotice = richSnapshot('AWAITING_REPLY', { referral: null });
const referred = richSnapshot('REFERRED');

describe('caseScopeFor', () => {
  it.each([
    ['CENTER_STAFF', staff, { kind: 'all' }],
    ['CENTER_DIRECTOR', director, { kind: 'all' }],
    ['UNIT_HANDLER', handler, { kind: 'unit', unitId: UNIT_ID }],
    ['UNIT_LEADER', leader, { kind: 'unit', unitId: UNIT_ID }],
    ['UNIT_LEADER without a unit', userActor('UNIT_LEADER', null), { kind: 'none' }],
    [
      'DISCIPLINE',
      discipline,
      { kind: 'referred-or-own', userId: discipline.kind === 'user' ? discipline.id : '' },
    ],
    ['SUPERVISOR', supervisor, { kind: 'own', userId: CREATOR_ID }],
    ['ADMIN', admin, { kind: 'none' }],
    ['SYSTEM', SYSTEM_ACTOR, { kind: 'all' }],
  ] as [string, Actor, unknown][])('%s', (_label, actor, scope) => {
    expect(caseScopeFor(actor)).toEqual(scope);
  });
});

describe('canViewCase', () => {
  it('center staff and director see every case in every state', () => {
    for (const state of STATES) {
      for (const snap of [richSnapshot(state), initialSnapshot(OTHER_UNIT_ID, null)]) {
        expect(canViewCase(snap, staff)).toBe(true);
        expect(canViewCase(snap, director)).toBe(true);
      }
    }
  });

  it('unit users see their own unit’s case only once the notice is issued', () => {
    for (const actor of [handler, leader]) {
      expect(canViewCase(initialSnapshot(UNIT_ID, null), actor)).toBe(false);
      expect(canViewCase(beforeNotice, actor)).toBe(false);
      expect(canViewCase(afterNotice, actor)).toBe(true);
      expect(canViewCase(referred, actor)).toBe(true);
      expect(canViewCase({ ...afterNotice, state: 'CLOSED', outcome: 'RECTIFIED' }, actor)).toBe(true);
    }
  });

  it('unit users never see another unit’s case, nor does a unit user without a unit', () => {
    const foreign: CaseSnapshot = { ...afterNotice, unitId: OTHER_UNIT_ID };
    expect(canViewCase(foreign, handler)).toBe(false);
    expect(canViewCase(foreign, leader)).toBe(false);
    expect(canViewCase(afterNotice, userActor('UNIT_HANDLER', OTHER_UNIT_ID))).toBe(false);
    expect(canViewCase(afterNotice, userActor('UNIT_HANDLER', null))).toBe(false);
  });

  it('discipline sees only referred cases (also once they are closed)', () => {
    expect(canViewCase(beforeNotice, discipline)).toBe(false);
    expect(canViewCase(afterNotice, discipline)).toBe(false);
    expect(canViewCase(referred, discipline)).toBe(true);
    // 案件双移送: the cases it transferred in itself, in any state.
    const own = discipline.kind === 'user' ? discipline.id : '';
    expect(canViewCase({ ...initialSnapshot(UNIT_ID, own) }, discipline)).toBe(true);
    expect(canViewCase({ ...referred, state: 'CLOSED', outcome: 'DISCIPLINE_CONCLUDED' }, discipline)).toBe(
      true,
    );
  });

  it('a supervisor sees only the cases they filed', () => {
    for (const state of STATES) {
      expect(canViewCase(richSnapshot(state), supervisor)).toBe(true);
      expect(canViewCase(richSnapshot(state), otherSupervisor)).toBe(false);
    }
    expect(canViewCase(initialSnapshot(UNIT_ID, null), supervisor)).toBe(false);
  });

  it('the administrator sees no case', () => {
    for (const state of STATES) expect(canViewCase(richSnapshot(state), admin)).toBe(false);
  });
});

describe('canSeeReporter (保护举报人)', () => {
  it('only center staff and the director see who reported', () => {
    const seeing = (
      [
        'CENTER_STAFF',
        'CENTER_DIRECTOR',
        'UNIT_HANDLER',
        'UNIT_LEADER',
        'SUPERVISOR',
        'DISCIPLINE',
        'ADMIN',
      ] as Role[]
    ).filter((role) => canSeeReporter(userActor(role)));
    expect(seeing).toEqual(['CENTER_STAFF', 'CENTER_DIRECTOR']);
    expect(canSeeReporter(SYSTEM_ACTOR)).toBe(false);
  });

  it('internal drafts follow the same rule', () => {
    for (const kind of [
      'CENTER_STAFF',
      'CENTER_DIRECTOR',
      'UNIT_HANDLER',
      'UNIT_LEADER',
      'SUPERVISOR',
      'DISCIPLINE',
      'ADMIN',
    ] as Role[]) {
      expect(canSeeInternalDrafts(userActor(kind)), kind).toBe(canSeeReporter(userActor(kind)));
    }
  });
});

describe('historyScopeFor', () => {
  it.each([
    ['CENTER_STAFF', 'all'],
    ['CENTER_DIRECTOR', 'all'],
    ['DISCIPLINE', 'all'],
    ['UNIT_HANDLER', 'from-notice'],
    ['UNIT_LEADER', 'from-notice'],
    ['SUPERVISOR', 'none'],
    ['ADMIN', 'none'],
    ['SYSTEM', 'all'],
  ] as [ActorKind, string][])('%s → %s', (kind, scope) => {
    expect(historyScopeFor(actorFor(kind))).toBe(scope);
  });
});

describe('visibleHistory', () => {
  const events = [
    { action: 'register' },
    { action: 'start_assessment' },
    { action: 'open_investigation' },
    { action: 'draft_notice' },
    { action: 'return_draft' },
    { action: 'draft_notice' },
    { action: 'approve_notice' },
    { action: 'acknowledge' },
    { action: 'object' },
  ];

  it('the center, discipline and the system read everything', () => {
    for (const actor of [staff, director, discipline, SYSTEM_ACTOR])
      expect(visibleHistory(events, actor)).toEqual(events);
  });

  it('a unit reads from the notice’s issue on, never the investigation before it', () => {
    for (const actor of [handler, leader]) {
      expect(visibleHistory(events, actor)?.map((e) => e.action)).toEqual([
        'approve_notice',
        'acknowledge',
        'object',
      ]);
      expect(visibleHistory(events.slice(0, 6), actor)).toEqual([]);
    }
  });

  it('a supervisor and the administrator read none of it', () => {
    expect(visibleHistory(events, supervisor)).toBeNull();
    expect(visibleHistory(events, admin)).toBeNull();
  });
});

describe('attachments', () => {
  const before = new Date(Date.parse(afterNotice.workflow.notice!.issuedAt) - 1);
  const atIssue = new Date(afterNotice.workflow.notice!.issuedAt);

  const byCenter = (uploadedAt: Date) => ({ uploadedAt, uploaderRole: 'CENTER_STAFF' as const });
  const byUnit = (uploadedAt: Date) => ({ uploadedAt, uploaderRole: 'UNIT_LEADER' as const });
  const after = new Date(atIssue.getTime() + 1);

  it('only the center sees every file; a unit and discipline see the center’s files only after the notice', () => {
    for (const actor of [handler, leader, discipline]) {
      expect(canSeeAttachment(afterNotice, actor, byCenter(before))).toBe(false);
      // The same instant as the issue is ambiguous (a fixed test clock): hidden.
      expect(canSeeAttachment(afterNotice, actor, byCenter(atIssue))).toBe(false);
      expect(canSeeAttachment(afterNotice, actor, byCenter(after))).toBe(true);
      expect(canSeeAttachment(afterNotice, actor, byUnit(atIssue))).toBe(true);
      expect(canSeeAttachment(beforeNotice, actor, byCenter(after))).toBe(false);
    }
    for (const actor of [staff, director])
      expect(canSeeAttachment(afterNotice, actor, byCenter(before))).toBe(true);
    for (const actor of [supervisor, admin])
      expect(canSeeAttachment(afterNotice, actor, byUnit(after))).toBe(false);
  });

  it('uploads: the center while open, a unit while it owes a reply, discipline once referred, the reporting supervisor while it is new, never when closed', () => {
    const otherSupervisor: Actor = {
      kind: 'user',
      id: 'user-supervisor-2',
      role: 'SUPERVISOR',
      unitId: null,
    };
    for (const state of STATES) {
      const snap = richSnapshot(state, {
        referral: state === 'REFERRED' ? referred.workflow.referral : null,
      });
      const open = state !== 'CLOSED';
      expect(canUploadAttachment(snap, staff), state).toBe(open);
      expect(canUploadAttachment(snap, director), state).toBe(open);
      expect(canUploadAttachment(snap, leader), state).toBe(state === 'AWAITING_REPLY');
      expect(canUploadAttachment(snap, userActor('UNIT_LEADER', OTHER_UNIT_ID)), state).toBe(false);
      expect(canUploadAttachment(snap, discipline), state).toBe(state === 'REFERRED');
      // 特邀监督员 add photos to their own report until the center starts on it.
      expect(canUploadAttachment(snap, supervisor), state).toBe(state === 'RECEIVED');
      for (const actor of [otherSupervisor, admin, SYSTEM_ACTOR])
        expect(canUploadAttachment(snap, actor), state).toBe(false);
    }
  });
});

describe('canSaveReplyDraft', () => {
  it('a unit user of the case’s unit, only while awaiting the reply', () => {
    for (const state of STATES) {
      const snap = richSnapshot(state);
      for (const actor of [handler, leader])
        expect(canSaveReplyDraft(snap, actor), state).toBe(state === 'AWAITING_REPLY');
      for (const actor of [
        staff,
        director,
        discipline,
        admin,
        SYSTEM_ACTOR,
        userActor('UNIT_LEADER', OTHER_UNIT_ID),
      ]) {
        expect(canSaveReplyDraft(snap, actor)).toBe(false);
      }
    }
  });
});

describe('registrationRefusal (who may register a case from which source)', () => {
  const allowedSources = (actor: Actor) => SOURCES.filter((s) => registrationRefusal(actor, s) === null);

  it('center staff and director: any source', () => {
    expect(allowedSources(staff)).toEqual([...SOURCES]);
    expect(allowedSources(director)).toEqual([...SOURCES]);
    expect(sourcesFor('CENTER_STAFF')).toBe('ANY');
  });

  it('discipline: only TRANSFER_IN (双移送)', () => {
    expect(allowedSources(discipline)).toEqual(['TRANSFER_IN']);
    expect(registrationRefusal(discipline, 'MEDIA')?.code).toBe('NOT_ALLOWED_FOR_ROLE');
  });

  it('a special supervisor: only SUPERVISOR reports', () => {
    expect(allowedSources(supervisor)).toEqual(['SUPERVISOR']);
    expect(registrationRefusal(supervisor, 'PUBLIC_COMPLAINT')?.status).toBe(403);
  });

  it.each(['UNIT_HANDLER', 'UNIT_LEADER', 'ADMIN'] as Role[])('%s: refused for every source', (role) => {
    for (const source of SOURCES) {
      expect(registrationRefusal(userActor(role), source as CaseSource)?.code, source).toBe(
        'NOT_ALLOWED_FOR_ROLE',
      );
    }
    expect(canRegisterCases(role)).toBe(false);
    expect(sourcesFor(role)).toEqual([]);
  });

  it('the system (public web form) files only public complaints', () => {
    expect(allowedSources(SYSTEM_ACTOR)).toEqual(['PUBLIC_COMPLAINT']);
  });

  it('canRegisterCases agrees', () => {
    expect(
      (['CENTER_STAFF', 'CENTER_DIRECTOR', 'DISCIPLINE', 'SUPERVISOR'] as Role[]).every(canRegisterCases),
    ).toBe(true);
  });
});

describe('whoever may act on a case may see it (along a real walk)', () => {
  it('holds in every state of the notice → objection → referral path', () => {
    const steps = [
      ['start_assessment', 'CENTER_STAFF'],
      ['open_investigation', 'CENTER_STAFF'],
      ['draft_notice', 'CENTER_STAFF'],
      ['approve_notice', 'CENTER_DIRECTOR'],
      ['object', 'UNIT_LEADER'],
      ['dismiss_objection', 'CENTER_DIRECTOR'],
      ['submit_rectification', 'UNIT_LEADER'],
      ['refer', 'CENTER_DIRECTOR'],
      ['record_disposition', 'DISCIPLINE'],
    ] as const;
    const everyone: Actor[] = [staff, director, handler, leader, supervisor, discipline, admin];
    let snap = initialSnapshot(UNIT_ID, CREATOR_ID);
    for (const [action, kind] of steps) {
      for (const actor of everyone) {
        if (allowedActions(snap, actor, ctxAt(NOW)).length > 0)
          expect(canViewCase(snap, actor), `${snap.state}`).toBe(true);
      }
      const result = applyAction(snap, action, sampleOf(action), actorFor(kind), ctxAt(NOW));
      if (!result.ok) throw result.error;
      snap = result.next;
    }
    expect(snap).toMatchObject({ state: 'CLOSED', outcome: 'DISCIPLINE_CONCLUDED' });
    for (const actor of [handler, leader, discipline, supervisor])
      expect(canViewCase(snap, actor)).toBe(true);
    expect(canViewCase(snap, admin)).toBe(false);
  });
});
