import type { Request } from 'autocannon';
import { STATES } from '../packages/domain/src/index.ts';
import { TEXT } from './dataset.ts';
import { type Session, step } from './http.ts';

// The requests of each scenario, for the API and for the floor. Picks are random per request.

export type Sample = {
  unitIds: string[];
  caseIds: string[];
  caseNumbers: string[];
  /** INVESTIGATING cases the floor's transitions bump (id and current version). */
  floorItems: { id: string; version: number }[];
};

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const enc = encodeURIComponent;

export type ListKind = 'filter' | 'number' | 'keyword';
export const LIST_LABEL: Record<ListKind, string> = {
  filter: 'list: state + unitId',
  number: 'list: q = case number',
  keyword: 'list: q = keyword',
};

function listQuery(kind: ListKind, s: Sample): string {
  if (kind === 'filter') return `state=${pick(STATES)}&unitId=${pick(s.unitIds)}`;
  if (kind === 'number') return `q=${enc(pick(s.caseNumbers))}`;
  return `q=${enc(pick(TEXT.problems))}`;
}

export const apiList = (kind: ListKind, s: Sample, staff: Session): Request[] => [
  step(() => ({ path: `/api/cases?${listQuery(kind, s)}&page=1&pageSize=20`, cookie: staff.cookie })),
];
export const floorList = (kind: ListKind, s: Sample): Request[] => [
  step(() => ({ path: `/floor/cases?${listQuery(kind, s)}` })),
];
export const apiGet = (s: Sample, staff: Session): Request[] => [
  step(() => ({ path: `/api/cases/${pick(s.caseIds)}`, cookie: staff.cookie })),
];
export const floorGet = (s: Sample): Request[] => [step(() => ({ path: `/floor/cases/${pick(s.caseIds)}` }))];

/** Bumps a pool of cases; an item is out of the pool while its request is in flight. */
export function floorTransitions(s: Sample): Request[] {
  const pool = [...s.floorItems];
  return [
    step(
      (ctx) => {
        const item = pool.shift();
        if (!item) throw new Error('floor transition pool ran dry: sample more cases than connections');
        ctx.item = item;
        return {
          method: 'POST',
          path: `/floor/cases/${item.id}/transition`,
          json: { version: item.version },
        };
      },
      (status, json, ctx) => {
        const item = ctx.item as { id: string; version: number };
        if (status === 200) item.version = json.version as number;
        pool.push(item);
      },
    ),
  ];
}

export type Crew = { staff: Session[]; directors: Session[]; leaders: Session[] };
export type LifecycleCounter = { started: number; closed: number };

/**
 * One fresh case from registration to CLOSED (7 requests, 3 roles), users rotating per case.
 * A failed step abandons the case and starts a new one.
 */
export function lifecycle(crew: Crew, counter: LifecycleCounter): Request[] {
  type Ctx = { i?: number; id?: string; version?: number };
  const who = (ctx: Ctx) => ({
    staff: crew.staff[ctx.i! % crew.staff.length]!,
    director: crew.directors[ctx.i! % crew.directors.length]!,
    leader: crew.leaders[ctx.i! % crew.leaders.length]!,
  });
  const track = (status: number, json: Record<string, unknown>, c: Record<string, unknown>) => {
    const ctx = c as Ctx;
    if (status >= 200 && status < 300) ctx.version = json.version as number;
    else ctx.id = undefined;
  };
  const act = (
    role: 'staff' | 'director' | 'leader',
    action: string,
    payload: Record<string, unknown> = {},
  ) =>
    step((c) => {
      const ctx = c as Ctx;
      if (!ctx.id) return null;
      return {
        method: 'POST',
        path: `/api/cases/${ctx.id}/actions`,
        cookie: who(ctx)[role].cookie,
        json: { action, version: ctx.version, ...payload },
      };
    }, track);
  return [
    step(
      (c) => {
        const ctx = c as Ctx;
        ctx.i = counter.started++;
        const { staff, leader } = who(ctx);
        return {
          method: 'POST',
          path: '/api/cases',
          cookie: staff.cookie,
          json: {
            source: 'HOTLINE',
            title: `压测案件 ${ctx.i}`,
            description: TEXT.sentences[0],
            unitId: leader.unitId,
          },
        };
      },
      (status, json, c) => {
        const ctx = c as Ctx;
        ctx.id = status === 201 ? (json.id as string) : undefined;
        ctx.version = json.version as number;
      },
    ),
    act('staff', 'start_assessment'),
    act('staff', 'open_investigation'),
    act('staff', 'draft_notice', {
      findings: TEXT.findings,
      legalBasis: TEXT.legalBasis,
      requiredRectification: TEXT.rectification,
    }),
    act('director', 'approve_notice'),
    act('leader', 'submit_rectification', { report: TEXT.report }),
    step(
      (c) => {
        const ctx = c as Ctx;
        if (!ctx.id) return null;
        return {
          method: 'POST',
          path: `/api/cases/${ctx.id}/actions`,
          cookie: who(ctx).staff.cookie,
          json: { action: 'accept_rectification', version: ctx.version, feedback: TEXT.feedback },
        };
      },
      (status) => {
        if (status === 200) counter.closed++;
      },
    ),
  ];
}
