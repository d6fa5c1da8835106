import { describe, expect, it } from 'vitest';
import { canSeeStatistics } from '../access/scoping.ts';
import type { UserActor } from '../workflow/actor.ts';
import { isUnitRole, ROLES } from '../workflow/vocabulary.ts';
import {
  composeDigest,
  DIGEST_HOUR,
  DIGEST_WORKING_DAYS,
  type DigestDeadline,
  digestDeadlineKinds,
  digestHourReached,
  digestIsEmpty,
} from './digest.ts';

const actor = (role: UserActor['role']): UserActor => ({ kind: 'user', id: 'u', role, unitId: 'unit' });

const deadline: DigestDeadline = {
  caseId: 'c1',
  number: 'JD-2026-0001',
  title: '<b>扣押</b> & 未登记',
  kind: 'UNIT_REPLY',
  dueAt: '2026-03-04T15:59:59.000Z',
  workingDaysLeft: 2,
  overdue: false,
};

describe('digestDeadlineKinds', () => {
  it('gives a unit its own reply, the center every deadline, and no one else the unit’s', () => {
    for (const role of ROLES) {
      const kinds = digestDeadlineKinds(actor(role));
      if (isUnitRole(role)) expect(kinds).toEqual(['UNIT_REPLY']);
      else if (canSeeStatistics(actor(role))) expect(kinds).toContain('BODY_ANSWER');
      else expect(kinds).not.toContain('UNIT_REPLY');
    }
  });
});

describe('digestHourReached', () => {
  it(`turns at ${DIGEST_HOUR}:00 China time`, () => {
    const hourUtc = (DIGEST_HOUR - 8 + 24) % 24;
    const at = (h: number, m: number) => new Date(Date.UTC(2026, 2, 2, h, m));
    expect(digestHourReached(at((hourUtc + 23) % 24, 59))).toBe(false);
    expect(digestHourReached(at(hourUtc, 0))).toBe(true);
  });
});

describe('composeDigest', () => {
  const input = {
    displayName: '王芳',
    day: '2026-03-02',
    authorityName: '四平市司法局',
    todos: [
      {
        caseNumber: 'JD-2026-0002',
        caseTitle: '罚款',
        action: 'approve_notice',
        createdAt: '2026-03-02T02:00:00Z',
      },
    ],
    unreadTotal: 3,
    deadlines: [
      deadline,
      { ...deadline, caseId: 'c3', number: 'JD-2026-0003', overdue: true, workingDaysLeft: 0 },
    ],
  };

  it('lists the 待办 and the deadlines in Chinese with English, and says how many more there are', () => {
    const mail = composeDigest(input);
    expect(mail.subject).toContain('四平市司法局');
    expect(mail.subject).toContain('待办 3 件');
    expect(mail.text).toContain('JD-2026-0002 罚款：签发通知书 / ');
    expect(mail.text).toContain('2026-03-04 23:59 到期，剩余 2 个工作日 / 2 working day(s) left');
    expect(mail.text).toContain('JD-2026-0003');
    expect(mail.text).toContain('已逾期 / overdue');
    expect(mail.text).toContain('另有 2 件');
    expect(mail.text).toContain(`${DIGEST_WORKING_DAYS} 个工作日内`);
  });

  it('escapes what users typed in the HTML part', () => {
    const { html, text } = composeDigest(input);
    expect(html).not.toContain('<b>扣押</b>');
    expect(html).toContain('&lt;b&gt;扣押&lt;/b&gt; &amp; 未登记');
    expect(text).toContain('<b>扣押</b> & 未登记');
  });

  it('is empty with neither 待办 nor deadlines', () => {
    expect(digestIsEmpty({ todos: [], deadlines: [] })).toBe(true);
    expect(digestIsEmpty({ todos: [], deadlines: [deadline] })).toBe(false);
  });
});
