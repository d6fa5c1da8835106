import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type Audience,
  audienceOf,
  audienceRoles,
  type CaseSnapshot,
  type CaseState,
  notificationRecipients,
  type Role,
  type UserActor,
} from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';

// What follows from every change to a case, in the transaction that made it: the 待办 rows
// of those the domain says are told of the action (packages/domain/src/notifications/), and
// one pg_notify per case and per notification on LIVE_CHANNEL, which PostgreSQL (and PGlite)
// delivers to every listening instance only when the transaction commits.

export const LIVE_CHANNEL = 'sp_live';

/** The messages on LIVE_CHANNEL (short keys: a payload must stay under 8000 bytes). */
export type LiveMessage =
  | { t: 'case'; id: string; state: CaseState; version: number }
  | { t: 'notification'; userId: string; id: string; caseId: string; action: string }
  | { t: 'logout'; session: string };

export type CaseChange = {
  caseId: string;
  action: string;
  fromState: CaseState | null;
  /** The case after the change (its state, unit and version). */
  after: CaseSnapshot;
  actor: Actor;
  at: Date;
};

/** Writes the notifications of these changes and announces them and the cases on commit. */
export async function recordCaseChanges(tx: Prisma.TransactionClient, changes: readonly CaseChange[]) {
  if (changes.length === 0) return;
  const audiences = changes.map((c) => audienceOf(c.action, c.fromState, c.after.state));
  const candidates = await candidatesFor(tx, audiences, changes);
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const messages: LiveMessage[] = [];
  changes.forEach((c, i) => {
    messages.push({ t: 'case', id: c.caseId, state: c.after.state, version: c.after.version });
    const actorId = c.actor.kind === 'user' ? c.actor.id : null;
    for (const user of notificationRecipients(audiences[i] ?? [], c.after, actorId, candidates)) {
      const id = randomUUID();
      rows.push({
        id,
        userId: user.id,
        caseId: c.caseId,
        seq: c.after.version,
        action: c.action,
        toState: c.after.state,
        actorRole: c.actor.kind === 'user' ? c.actor.role : null,
        createdAt: c.at,
      });
      messages.push({ t: 'notification', userId: user.id, id, caseId: c.caseId, action: c.action });
    }
  });
  if (rows.length > 0) await tx.notification.createMany({ data: rows });
  await announce(tx, messages);
}

/** Sends messages on LIVE_CHANNEL when the transaction commits (or at once outside one). */
export async function announce(tx: Prisma.TransactionClient, messages: readonly LiveMessage[]) {
  if (messages.length === 0) return;
  await tx.$executeRawUnsafe(
    `SELECT pg_notify('${LIVE_CHANNEL}', m) FROM unnest($1::text[]) AS m`,
    messages.map((m) => JSON.stringify(m)),
  );
}

async function candidatesFor(
  tx: Prisma.TransactionClient,
  audiences: readonly (readonly Audience[])[],
  changes: readonly CaseChange[],
): Promise<UserActor[]> {
  const roles = new Set<Role>();
  const units = new Set<string>();
  audiences.forEach((a, i) => {
    const wanted = audienceRoles(a);
    for (const r of wanted.roles) roles.add(r);
    const unitId = changes[i]?.after.unitId;
    if (wanted.unit && unitId) units.add(unitId);
  });
  if (roles.size === 0) return [];
  const users = await tx.user.findMany({
    where: {
      active: true,
      role: { in: [...roles] },
      OR: [{ unitId: null }, { unitId: { in: [...units] } }],
    },
    select: { id: true, role: true, unitId: true },
  });
  return users.map((u) => ({ kind: 'user', id: u.id, role: u.role as Role, unitId: u.unitId }));
}
