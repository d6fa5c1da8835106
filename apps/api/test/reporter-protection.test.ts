import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, createCase, driveTo, type EventBody, getCase, getEvents, PAYLOADS } from './flows.ts';
import { createTestApp, type DemoUser, expectStatus, json, type Response, type TestApp } from './helper.ts';
import { upload } from './multipart.ts';

// 保护举报人: whoever reported a case is seen only by center staff and the director, and each
// such read is logged. Units (and discipline, and the public) get every response they can get
// for the case, from the notice to the end, and the reporter's name and phone appear in none.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const HOTLINE = { name: '慕容雪晴', phone: '139 8888 7777' };
const PUBLIC = { name: '司马长风', phone: '(0434) 6666-5555' };
const SUPERVISOR_NAME = '孙丽'; // the demo supervisor's display name
const SECRETS = [
  HOTLINE.name,
  HOTLINE.phone,
  '13988887777',
  PUBLIC.name,
  PUBLIC.phone,
  '66665555',
  SUPERVISOR_NAME,
];

const seen: { label: string; body: string }[] = [];
function record(label: string, res: Response) {
  seen.push({ label, body: res.body });
  return res;
}
function expectNoSecrets() {
  for (const { label, body } of seen)
    for (const secret of SECRETS) expect(body.includes(secret), `${label} leaks ${secret}`).toBe(false);
}

const OUTSIDERS: DemoUser[] = ['unit1.handler', 'unit1.leader', 'discipline'];

/** Every GET a unit (or discipline) user may make about a case, recorded. */
async function walk(caseId: string, label: string) {
  for (const user of OUTSIDERS) {
    const c = await t.as(user);
    record(`${label} ${user} list`, await c.get('/api/cases?pageSize=100'));
    record(`${label} ${user} search`, await c.get(`/api/cases?q=${encodeURIComponent(HOTLINE.name)}`));
    record(`${label} ${user} case`, await c.get(`/api/cases/${caseId}`));
    record(`${label} ${user} events`, await c.get(`/api/cases/${caseId}/events`));
    const files = record(`${label} ${user} attachments`, await c.get(`/api/cases/${caseId}/attachments`));
    if (files.statusCode === 200)
      for (const f of json<{ id: string }[]>(files))
        record(`${label} ${user} download`, await c.get(`/api/cases/${caseId}/attachments/${f.id}`));
    record(`${label} ${user} draft`, await c.get(`/api/cases/${caseId}/reply-draft`));
  }
}

async function act(
  user: DemoUser,
  caseId: string,
  action: keyof typeof PAYLOADS,
  payload = PAYLOADS[action],
) {
  const res = record(`${user} ${action}`, await (await t.as(user)).act(caseId, action, payload));
  return expectStatus<CaseBody>(res, 200);
}

describe('reporter protection', () => {
  let hotline: CaseBody;
  let web: CaseBody;
  let bySupervisor: CaseBody;

  it('three reported cases reach the unit: hotline, public web form, special supervisor', async () => {
    hotline = await createCase(t, { reporter: HOTLINE });
    const res = record(
      'public report',
      await t.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: {
          title: '执法车辆私用',
          description: '执法车辆周末接送家属。',
          unitId: t.unitIds.unit1,
          contact: PUBLIC,
        },
      }),
    );
    const code = expectStatus<{ trackingCode: string }>(res, 201).trackingCode;
    const found = await t.prisma.case.findFirstOrThrow({ where: { title: '执法车辆私用' } });
    web = await getCase(t, 'staff', found.id);
    const sup = await t.as('supervisor');
    bySupervisor = expectStatus<CaseBody>(
      await sup.post('/api/cases', {
        source: 'SUPERVISOR',
        title: '暗访发现',
        description: '窗口无人值守。',
        unitId: t.unitIds.unit1,
      }),
      201,
    );
    for (const c of [hotline, web, bySupervisor]) await driveTo(t, c.id, 'INVESTIGATING');
    // Evidence before the notice: a complaint letter that names the reporter.
    const staff = await t.as('staff');
    const letter = json<{ id: string }>(
      await upload(
        t,
        staff.cookie,
        hotline.id,
        `举报信-${HOTLINE.name}.txt`,
        `举报人：${HOTLINE.name}，电话 ${HOTLINE.phone}`,
      ),
    );
    await act('staff', hotline.id, 'add_evidence', { note: '收到举报信', attachmentIds: [letter.id] });
    // The notice is signed a minute later (see attachments.test.ts for the same-instant case).
    t.advance(60_000);
    for (const c of [hotline, web, bySupervisor]) await driveTo(t, c.id, 'AWAITING_REPLY');
    record('tracking', await t.inject({ method: 'GET', url: `/api/public/reports/${code}` }));
    for (const c of [hotline, web, bySupervisor]) await walk(c.id, 'issued');
    expectNoSecrets();
  });

  it('the unit works the case; nothing it receives names the reporter', async () => {
    const handler = await t.as('unit1.handler');
    record(
      'draft put',
      await handler.put(`/api/cases/${hotline.id}/reply-draft`, { kind: 'RECTIFICATION', text: '整改中' }),
    );
    const evidence = record(
      'unit upload',
      await upload(t, (await t.as('unit1.leader')).cookie, hotline.id, '整改照片.txt', '整改完成'),
    );
    const fileId = expectStatus<{ id: string }>(evidence, 201).id;
    await act('unit1.handler', hotline.id, 'acknowledge');
    await act('unit1.leader', hotline.id, 'request_extension');
    await act('director', hotline.id, 'grant_extension');
    await act('unit1.leader', hotline.id, 'object');
    // Re-checking, staff cite the complaint letter from before the notice again.
    const letter = await t.prisma.attachment.findFirstOrThrow({
      where: { caseId: hotline.id, fileName: { contains: '举报信' } },
    });
    await act('staff', hotline.id, 'add_evidence', { note: '复核举报信', attachmentIds: [letter.id] });
    await act('director', hotline.id, 'dismiss_objection');
    await act('unit1.leader', hotline.id, 'submit_rectification', {
      report: '已整改',
      attachmentIds: [fileId],
    });
    await act('staff', hotline.id, 'reject_rectification');
    await act('unit1.leader', web.id, 'submit_rectification');
    await act('director', bySupervisor.id, 'refer');
    for (const c of [hotline, web, bySupervisor]) await walk(c.id, 'working');
    // The unit reads that step without the citation of the letter; staff read all of it.
    const cite = (events: EventBody[]) => events.find((e) => e.data.note === '复核举报信')?.data;
    expect(cite(await getEvents(t, 'unit1.leader', hotline.id))).toEqual({
      note: '复核举报信',
      attachments: [],
    });
    expect(cite(await getEvents(t, 'staff', hotline.id))).toEqual({
      note: '复核举报信',
      attachments: [{ id: letter.id, sha256: letter.sha256, fileName: letter.fileName }],
    });
    // Discipline reads the whole history of a referral, but not who filed the supervisor's report.
    const register = (await getEvents(t, 'discipline', bySupervisor.id))[0]!;
    expect(register.actor).toEqual({ id: expect.any(String), role: 'SUPERVISOR' });
    expect((await getEvents(t, 'staff', bySupervisor.id))[0]!.actor).toMatchObject({
      displayName: expect.stringContaining(SUPERVISOR_NAME),
    });
    await act('discipline', bySupervisor.id, 'accept_referral');
    await act('discipline', bySupervisor.id, 'record_disposition');
    await act('unit1.leader', hotline.id, 'submit_rectification');
    await act('staff', hotline.id, 'accept_rectification');
    await act('staff', web.id, 'accept_rectification');
    for (const c of [hotline, web, bySupervisor]) await walk(c.id, 'closed');
    expect(seen.length).toBeGreaterThan(100);
    expect(
      seen
        .filter((s) => s.label.includes('unit1') && s.label.endsWith(' events'))
        .every((s) => s.body.startsWith('[')),
    ).toBe(true);
    expectNoSecrets();
  });

  it('staff and the director see the reporter; every read is logged', async () => {
    for (const [c, expected] of [
      [hotline, { name: HOTLINE.name, phone: HOTLINE.phone, anonymous: false }],
      [web, { name: PUBLIC.name, phone: PUBLIC.phone, anonymous: false }],
      [bySupervisor, { name: expect.stringContaining(SUPERVISOR_NAME), phone: null, anonymous: false }],
    ] as const) {
      for (const user of ['staff', 'director'] as const) {
        const before = await t.prisma.reporterAccess.count({ where: { caseId: c.id } });
        expect((await getCase(t, user, c.id)).reporter).toEqual(expected);
        const rows = await t.prisma.reporterAccess.findMany({
          where: { caseId: c.id },
          orderBy: { id: 'asc' },
        });
        expect(rows).toHaveLength(before + 1);
        const me = await t.prisma.user.findUniqueOrThrow({ where: { username: user } });
        expect(rows.at(-1)).toMatchObject({ userId: me.id, route: 'GET /api/cases/:id' });
      }
    }
    // Lists and outsiders' reads are not reads of the identity: nothing logged.
    const before = await t.prisma.reporterAccess.count();
    await (await t.as('staff')).get('/api/cases?pageSize=100');
    await getCase(t, 'unit1.leader', hotline.id);
    await getCase(t, 'discipline', bySupervisor.id);
    expect(await t.prisma.reporterAccess.count()).toBe(before);
  });

  it('an anonymous report stays anonymous even for staff', async () => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: { title: '匿名举报', description: '不愿透露姓名。', unitName: '市市场监督管理局' },
    });
    expectStatus(res, 201);
    const row = await t.prisma.case.findFirstOrThrow({ where: { title: '匿名举报' } });
    expect((await getCase(t, 'staff', row.id)).reporter).toEqual({
      name: null,
      phone: null,
      anonymous: true,
    });
  });
});
