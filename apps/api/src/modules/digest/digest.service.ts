import {
  composeDigest,
  type DigestCase,
  digestDay,
  digestDeadlines,
  digestIsEmpty,
  type UserActor,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Mailer } from '../../lib/mailer.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { snapshotOf } from '../case-store/case-record.ts';
import { casesWithRunningDeadline } from '../monitoring/monitoring.repository.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { readProfile } from '../office-profile/office-profile.repository.ts';
import { claimDigest, digestRecipients, finishDigest, releaseDigest } from './digest.repository.ts';

// The daily e-mail digest (issue 11): to every active user with an e-mail address, once a day,
// their unread 待办 (the notifications service, so the inbox's scoping holds) and the deadlines
// they watch that fall due soon (the monitoring board's rows and the domain's digestDeadlines,
// which apply canViewCase: a unit user hears only of its own unit's cases). Each user's digest of
// a day is claimed with a digest_runs row before the mail goes out, so of several instances
// exactly one sends it; a failed send gives the row back and the next run tries again. Without a
// mailer (no SMTP_URL) the job does nothing.

/** At most this many unread 待办 are listed; the mail says how many more there are. */
const TODOS_LISTED = 30;

type Deps = {
  prisma: PrismaClient;
  clock: Clock;
  calendars: CalendarService;
  notifications: NotificationsService;
  mailer: Mailer | null;
  log: (msg: string, err?: unknown) => void;
};

export type DigestRunResult = { sent: number; empty: number; failed: number };

export function createDigestService({ prisma, clock, calendars, notifications, mailer, log }: Deps) {
  return {
    enabled: mailer !== null,

    /** Sends today's digests not sent yet (by this or any instance). */
    async run(): Promise<DigestRunResult> {
      const result: DigestRunResult = { sent: 0, empty: 0, failed: 0 };
      if (!mailer) return result;
      const now = clock.now();
      const day = digestDay(now);
      const recipients = await digestRecipients(prisma);
      if (recipients.length === 0) return result;
      const [cal, profile, running] = await Promise.all([
        calendars.current(),
        readProfile(prisma),
        casesWithRunningDeadline(prisma),
      ]);
      const cases: DigestCase[] = running.map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        snap: snapshotOf(r),
      }));
      for (const user of recipients) {
        if (!(await claimDigest(prisma, user.id, day, now))) continue;
        try {
          const actor: UserActor = { kind: 'user', id: user.id, role: user.role, unitId: user.unitId };
          const inbox = await notifications.list({ unread: true, page: 1, pageSize: TODOS_LISTED }, actor);
          const input = {
            displayName: user.displayName,
            day,
            authorityName: profile.authorityName,
            todos: inbox.items.map((n) => ({
              caseNumber: n.caseNumber,
              caseTitle: n.caseTitle,
              action: n.action,
              createdAt: n.createdAt,
            })),
            unreadTotal: inbox.unread,
            deadlines: digestDeadlines(cases, actor, now, cal),
          };
          if (digestIsEmpty(input)) {
            await finishDigest(prisma, user.id, day, 'EMPTY', now);
            result.empty++;
            continue;
          }
          await mailer.send({ to: user.email, ...composeDigest(input) });
          await finishDigest(prisma, user.id, day, 'SENT', clock.now());
          result.sent++;
        } catch (err) {
          result.failed++;
          log(`digest for user ${user.id} (${day}) not sent; the next run tries again`, err);
          await releaseDigest(prisma, user.id, day).catch((e: unknown) =>
            log(`digest for user ${user.id} (${day}): could not release its claim`, e),
          );
        }
      }
      return result;
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
