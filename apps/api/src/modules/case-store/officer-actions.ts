import {
  type Actor,
  type FoundOfficer,
  type StoredOfficerStatus,
  statusAfterAnswer,
  type TOfficerAction,
  zhCN,
} from '@sp/domain';
import { type Db, isUuid } from './case-store.repository.ts';

// Prisma only: 处理建议 on officers (officer_actions) and what an accepted one does to the
// registry (officers.status + officer_status_history), inside the action's transaction.

/** The registry officers of these ids that exist (a payload's `officers`). */
export async function findOfficersFound(db: Db, ids: string[]): Promise<FoundOfficer[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return db.officer.findMany({
    where: { id: { in: valid } },
    select: { id: true, name: true, unitId: true, certificateNo: true },
  });
}

/**
 * Who reported the case, only to keep them out of a public text (domain reporterInPublicText).
 * Never returned to anyone, so not a disclosure to log in reporter_access_log.
 */
export async function findReporterMarks(db: Db, caseId: string) {
  return db.reporter.findUnique({ where: { caseId }, select: { name: true, phone: true } });
}

export async function insertOfficerAction(db: Db, caseId: string, action: TOfficerAction, actor: Actor) {
  if (actor.kind !== 'user') throw new Error('a proposal on officers needs its director');
  await db.officerAction.create({
    data: {
      caseId,
      no: action.no,
      officerIds: action.officerIds,
      measure: action.measure,
      targetOrgan: action.targetOrgan,
      proposedAt: new Date(action.proposedAt),
      proposedById: actor.id,
    },
  });
}

/**
 * Records the organ's answer on proposal `no` and moves each officer's stored status as the
 * domain says (statusAfterAnswer), each change with its history row giving the reason.
 */
export async function answerOfficerAction(
  db: Db,
  caseId: string,
  action: TOfficerAction,
  { actor, text }: { actor: Actor; text: string },
) {
  const answer = action.answer!;
  await db.officerAction.update({
    where: { caseId_no: { caseId, no: action.no } },
    data: {
      accepted: answer.accepted,
      answeredOn: new Date(`${answer.answeredOn}T00:00:00.000Z`),
      answerText: answer.text,
      answeredAt: new Date(answer.recordedAt),
    },
  });
  if (!answer.accepted) return;
  const { number } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { number: true } });
  const measure = zhCN.choices.measure?.[action.measure] ?? action.measure;
  const reason = `${measure}：${action.targetOrgan}于${answer.answeredOn}采纳监督建议（${number}）。${text}`;
  const at = new Date(answer.recordedAt);
  const officers = await db.officer.findMany({
    where: { id: { in: action.officerIds } },
    select: { id: true, status: true },
  });
  for (const officer of officers) {
    const to = statusAfterAnswer(officer.status as StoredOfficerStatus, action.measure, true);
    if (!to) continue;
    await db.officer.update({ where: { id: officer.id }, data: { status: to, updatedAt: at } });
    await db.officerStatusChange.create({
      data: {
        officerId: officer.id,
        fromStatus: officer.status,
        toStatus: to,
        reason,
        changedById: actor.kind === 'user' ? actor.id : null,
        at,
      },
    });
  }
}

export async function insertCaseCircular(
  db: Db,
  caseId: string,
  c: { scope: 'INTERNAL' | 'PUBLIC'; text: string; issuedAt: string },
  actor: Actor,
) {
  if (actor.kind !== 'user') throw new Error('a circular needs its director');
  await db.caseCircular.create({
    data: { caseId, scope: c.scope, text: c.text, issuedAt: new Date(c.issuedAt), issuedById: actor.id },
  });
}
