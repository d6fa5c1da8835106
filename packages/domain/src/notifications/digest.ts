import { canSeeStatistics, canViewCase } from '../access/scoping.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { formatShanghaiInstant, type IsoDate, shanghaiDate } from '../calendar/iso-date.ts';
import { en } from '../copy/en.ts';
import { zhCN } from '../copy/zh-CN.ts';
import { type MonitoringDeadlineKind, monitoringDeadlines } from '../monitoring/board.ts';
import type { UserActor } from '../workflow/actor.ts';
import { REGISTER_ACTION } from '../workflow/register-case.ts';
import type { CaseSnapshot } from '../workflow/snapshot.ts';
import { isUnitRole } from '../workflow/vocabulary.ts';

// The daily e-mail digest (issue 11): each user who has an e-mail address gets, once a day, their
// unread 待办 and the deadlines in their scope that fall due within DIGEST_WORKING_DAYS working
// days (or are already past). What a user may read is canViewCase; which deadlines are theirs to
// watch is digestDeadlineKinds. A digest names cases by number and title only — never a reporter.

/** Deadlines due within this many working days (today's included) are in the digest. */
export const DIGEST_WORKING_DAYS = 3;

/** From this hour (China time) the timer sends the day's digests; the test route sends at once. */
export const DIGEST_HOUR = 8;

/**
 * The deadlines a role watches: the unit its own reply; the center every running deadline (the
 * unit's, and its own answers); the government the decisions it was asked for; others none.
 */
export function digestDeadlineKinds(actor: UserActor): readonly MonitoringDeadlineKind[] {
  if (isUnitRole(actor.role)) return ['UNIT_REPLY'];
  if (canSeeStatistics(actor)) return ['UNIT_REPLY', 'BODY_ANSWER', 'BODY_DECISION'];
  if (actor.role === 'GOVERNMENT') return ['BODY_DECISION'];
  return [];
}

/** The day a digest is for: the civil date in China. */
export function digestDay(now: Date): IsoDate {
  return shanghaiDate(now);
}

/** Whether the timer may send today's digests yet (from DIGEST_HOUR China time on). */
export function digestHourReached(now: Date, hour = DIGEST_HOUR): boolean {
  const shanghaiHour = (now.getUTCHours() + 8) % 24;
  return shanghaiHour >= hour;
}

export type DigestCase = { id: string; number: string; title: string; snap: CaseSnapshot };

export type DigestDeadline = {
  caseId: string;
  number: string;
  title: string;
  kind: MonitoringDeadlineKind;
  dueAt: string;
  workingDaysLeft: number;
  overdue: boolean;
};

/**
 * The deadlines in `actor`'s digest: of the cases they may read, the running deadlines of the
 * kinds they watch that are due within `horizon` working days or overdue; the earliest first.
 */
export function digestDeadlines(
  cases: readonly DigestCase[],
  actor: UserActor,
  now: Date,
  cal: WorkingCalendar,
  horizon = DIGEST_WORKING_DAYS,
): DigestDeadline[] {
  const kinds = digestDeadlineKinds(actor);
  if (kinds.length === 0) return [];
  const out: DigestDeadline[] = [];
  for (const c of cases) {
    if (!canViewCase(c.snap, actor)) continue;
    for (const d of monitoringDeadlines(c.snap, now, cal)) {
      if (!kinds.includes(d.kind) || d.workingDaysLeft > horizon) continue;
      out.push({
        caseId: c.id,
        number: c.number,
        title: c.title,
        kind: d.kind,
        dueAt: d.dueAt,
        workingDaysLeft: d.workingDaysLeft,
        overdue: d.status === 'OVERDUE',
      });
    }
  }
  return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.number.localeCompare(b.number));
}

/** One unread 待办 as the digest lists it (no event data, so nothing of the reporter). */
export type DigestTodo = { caseNumber: string; caseTitle: string; action: string; createdAt: string };

export type DigestInput = {
  displayName: string;
  day: IsoDate;
  /** The office's name (办公设置) for the subject line. */
  authorityName: string;
  todos: readonly DigestTodo[];
  /** How many unread 待办 there are in all (the list may be cut short). */
  unreadTotal: number;
  deadlines: readonly DigestDeadline[];
};

export type DigestMail = { subject: string; text: string; html: string };

const KIND_ZH: Record<MonitoringDeadlineKind, string> = {
  UNIT_REPLY: '单位整改回复',
  BODY_ANSWER: '异议复核答复',
  BODY_DECISION: '决定书作出',
};
const KIND_EN: Record<MonitoringDeadlineKind, string> = {
  UNIT_REPLY: "unit's reply",
  BODY_ANSWER: 'answer to an objection',
  BODY_DECISION: 'decision on a 决定书',
};

function actionLabel(action: string): { zh: string; en: string } {
  if (action === REGISTER_ACTION) return { zh: zhCN.register, en: en.register };
  const zh = (zhCN.actions as Record<string, string>)[action];
  const e = (en.actions as Record<string, string>)[action];
  return { zh: zh ?? action, en: e ?? action };
}

/** 2026-03-04 23:59 (China time) from an ISO instant. */
function localMinute(iso: string): string {
  return formatShanghaiInstant(new Date(iso)).slice(0, 16).replace('T', ' ');
}

function leftText(d: DigestDeadline): { zh: string; en: string } {
  if (d.overdue) return { zh: '已逾期', en: 'overdue' };
  if (d.workingDaysLeft === 0) return { zh: '今日到期', en: 'due today' };
  return { zh: `剩余 ${d.workingDaysLeft} 个工作日`, en: `${d.workingDaysLeft} working day(s) left` };
}

function escapeHtml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Whether there is anything to tell: no mail is sent for an empty digest. */
export function digestIsEmpty(input: Pick<DigestInput, 'todos' | 'deadlines'>): boolean {
  return input.todos.length === 0 && input.deadlines.length === 0;
}

/** The digest mail: a subject, plain text and simple HTML, Chinese first with an English line. */
export function composeDigest(input: DigestInput): DigestMail {
  const { todos, deadlines, day } = input;
  const subject =
    `【${input.authorityName}】${day} 待办 ${input.unreadTotal} 件、临近期限 ${deadlines.length} 件` +
    ` / Daily digest: ${input.unreadTotal} to-do, ${deadlines.length} deadline(s) due soon`;

  const todoLines = todos.map((t) => {
    const a = actionLabel(t.action);
    return `- ${t.caseNumber} ${t.caseTitle}：${a.zh} / ${a.en}（${localMinute(t.createdAt)}）`;
  });
  const deadlineLines = deadlines.map((d) => {
    const l = leftText(d);
    return (
      `- ${d.number} ${d.title}：${KIND_ZH[d.kind]} / ${KIND_EN[d.kind]}，` +
      `${localMinute(d.dueAt)} 到期，${l.zh} / ${l.en}`
    );
  });
  const more = input.unreadTotal > todos.length ? input.unreadTotal - todos.length : 0;
  const text = [
    `${input.displayName}，您好：`,
    'Hello, here is your daily digest.',
    '',
    `一、未读待办（${input.unreadTotal} 件） / Unread to-do (${input.unreadTotal})`,
    ...(todoLines.length > 0 ? todoLines : ['- 无 / none']),
    ...(more > 0 ? [`- 另有 ${more} 件，请登录系统查看 / ${more} more in the system`] : []),
    '',
    `二、${DIGEST_WORKING_DAYS} 个工作日内到期或已逾期的期限（${deadlines.length} 件） / Deadlines within ${DIGEST_WORKING_DAYS} working days or overdue (${deadlines.length})`,
    ...(deadlineLines.length > 0 ? deadlineLines : ['- 无 / none']),
    '',
    '本邮件由执法监督+自动发送，请勿回复。如不再需要，请联系系统管理员删除您的邮箱。',
    'Sent automatically by 执法监督+; do not reply. Ask the administrator to remove your e-mail to stop it.',
    '',
  ].join('\n');

  const li = (s: string) => `<li>${s}</li>`;
  const todoItems = todos.map((t) => {
    const a = actionLabel(t.action);
    return li(
      `<strong>${escapeHtml(t.caseNumber)}</strong> ${escapeHtml(t.caseTitle)}：${escapeHtml(a.zh)} / ${escapeHtml(a.en)}（${escapeHtml(localMinute(t.createdAt))}）`,
    );
  });
  const deadlineItems = deadlines.map((d) => {
    const l = leftText(d);
    const num = `<strong>${escapeHtml(d.number)}</strong>`;
    const colour = d.overdue ? '#cf1322' : '#874d00';
    return li(
      `${num} ${escapeHtml(d.title)}：${KIND_ZH[d.kind]} / ${KIND_EN[d.kind]}，${escapeHtml(localMinute(d.dueAt))} 到期，<span style="color:${colour}">${l.zh} / ${l.en}</span>`,
    );
  });
  const none = li('无 / none');
  const html = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.6">',
    `<p>${escapeHtml(input.displayName)}，您好：<br>Hello, here is your daily digest.</p>`,
    `<h2>未读待办（${input.unreadTotal} 件） / Unread to-do (${input.unreadTotal})</h2>`,
    `<ul>${todoItems.length > 0 ? todoItems.join('') : none}${more > 0 ? li(`另有 ${more} 件，请登录系统查看 / ${more} more in the system`) : ''}</ul>`,
    `<h2>${DIGEST_WORKING_DAYS} 个工作日内到期或已逾期（${deadlines.length} 件） / Due within ${DIGEST_WORKING_DAYS} working days or overdue (${deadlines.length})</h2>`,
    `<ul>${deadlineItems.length > 0 ? deadlineItems.join('') : none}</ul>`,
    '<p style="color:#595959">本邮件由执法监督+自动发送，请勿回复。如不再需要，请联系系统管理员删除您的邮箱。<br>',
    'Sent automatically by 执法监督+; do not reply. Ask the administrator to remove your e-mail to stop it.</p>',
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
