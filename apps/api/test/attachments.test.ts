import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { attachmentPreview } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, caseIn, getEvents, PAYLOADS, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, json, type TestApp } from './helper.ts';
import { PDF, PNG, upload } from './multipart.ts';

// Evidence files: uploaded as multipart (field `file`), typed by their bytes, stored once under
// DATA_DIR/files by SHA-256, cited by actions, and readable exactly as far as the case is.

type Attachment = {
  id: string;
  fileName: string;
  size: number;
  mime: string;
  sha256: string;
  uploadedAt: string;
};

let t: TestApp;
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  staff = (await t.as('staff')).cookie;
});
afterAll(async () => t?.close());

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const storedPath = (sha: string) => path.join(t.dataDir, 'files', sha.slice(0, 2), sha);
const list = async (user: Parameters<TestApp['as']>[0], caseId: string) =>
  (await t.as(user)).get(`/api/cases/${caseId}/attachments`);

describe('upload and download', () => {
  it.each([
    ['a PNG', '现场照片.png', PNG, 'image/png'],
    ['a PDF', '处罚决定书.pdf', PDF, 'application/pdf'],
    ['plain text', '询问笔录.txt', Buffer.from('询问笔录：当事人称未见执法证件。\n'), 'text/plain'],
  ])(
    '%s → 201 with its sha256, stored by hash, downloaded byte for byte',
    async (_label, fileName, data, mime) => {
      const c = await caseIn(t, 'INVESTIGATING');
      // The client's declared type is ignored: the bytes decide.
      const a = expectStatus<Attachment>(
        await upload(t, staff, c.id, fileName, data, 'application/x-msdownload'),
        201,
      );
      expect(a).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        fileName,
        size: data.length,
        mime,
        sha256: sha256(data),
        uploadedAt: t.fixedNow.toISOString(),
      });
      expect(await readFile(storedPath(a.sha256))).toEqual(data);
      expect(expectStatus<Attachment[]>(await list('staff', c.id), 200)).toEqual([a]);
      const res = await t.inject({
        method: 'GET',
        url: `/api/cases/${c.id}/attachments/${a.id}`,
        headers: { cookie: staff },
      });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload).toEqual(data);
      expect(res.headers['content-type']).toContain(mime);
      // PDFs and images open in the browser; other files download.
      expect(res.headers['content-disposition']).toBe(
        `${attachmentPreview(mime) ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it('the same bytes twice are stored once; a hostile file name is reduced to its base name', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const data = Buffer.from(`同一份材料 ${Date.now()}`);
    const a = expectStatus<Attachment>(await upload(t, staff, c.id, 'a.txt', data), 201);
    const b = expectStatus<Attachment>(await upload(t, staff, c.id, '../../../etc/passwd', data), 201);
    expect(b.sha256).toBe(a.sha256);
    expect(b.id).not.toBe(a.id);
    expect(b.fileName).toBe('passwd');
    expect(await readFile(storedPath(a.sha256))).toEqual(data);
  });
});

describe('citing attachments in actions', () => {
  it('add_evidence records {id, sha256, fileName} of each cited file', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const a = json<Attachment>(await upload(t, staff, c.id, '笔录.txt', '笔录一'));
    const b = json<Attachment>(await upload(t, staff, c.id, 'photo.png', PNG));
    const after = await step(t, 'staff', c.id, 'add_evidence', {
      note: '调取材料',
      attachmentIds: [a.id, b.id, a.id],
    });
    expect(after.version).toBe(c.version + 1);
    const ev = (await getEvents(t, 'staff', c.id)).at(-1)!;
    expect(ev.data).toEqual({
      note: '调取材料',
      attachments: [
        { id: a.id, sha256: a.sha256, fileName: '笔录.txt' },
        { id: b.id, sha256: b.sha256, fileName: 'photo.png' },
      ],
    });
    // Files alone (without a note) are evidence too.
    await step(t, 'staff', c.id, 'add_evidence', { attachmentIds: [b.id] });
  });

  it("citing another case's, an unknown or a malformed attachment id → 400, nothing recorded", async () => {
    const mine = await caseIn(t, 'INVESTIGATING');
    const other = await caseIn(t, 'INVESTIGATING');
    const foreign = json<Attachment>(await upload(t, staff, other.id, 'other.txt', '别的案件'));
    const client = await t.as('staff');
    for (const ids of [
      [foreign.id],
      ['00000000-0000-4000-8000-000000000000'],
      ['not-a-uuid'],
      Array(21).fill(foreign.id),
    ]) {
      const problem = expectProblem(
        await client.act(mine.id, 'add_evidence', { note: 'x', attachmentIds: ids }),
        400,
      );
      expect(problem.errors?.[0]?.path).toMatch(/^attachmentIds/);
    }
    expect(await t.version(mine.id)).toBe(mine.version);
    // The unit's reply may cite its own files too.
    const issued = await caseIn(t, 'AWAITING_REPLY');
    const leader = await t.as('unit1.leader');
    const proof = expectStatus<Attachment>(await upload(t, leader.cookie, issued.id, '整改.pdf', PDF), 201);
    const replied = await step(t, 'unit1.leader', issued.id, 'submit_rectification', {
      report: '已整改',
      attachmentIds: [proof.id],
    });
    expect(replied.state).toBe('REPLY_UNDER_REVIEW');
    expect((await getEvents(t, 'unit1.leader', issued.id)).at(-1)!.data).toEqual({
      report: '已整改',
      attachments: [{ id: proof.id, sha256: proof.sha256, fileName: '整改.pdf' }],
    });
  });
});

describe('scope', () => {
  let c: CaseBody;
  let before: Attachment;
  let afterNotice: Attachment;

  beforeAll(async () => {
    c = await caseIn(t, 'INVESTIGATING');
    before = json<Attachment>(await upload(t, staff, c.id, '举报信.txt', '举报人手写举报信'));
    t.advance(60_000);
    await step(t, 'staff', c.id, 'draft_notice');
    await step(t, 'director', c.id, 'approve_notice');
    t.advance(60_000);
    afterNotice = json<Attachment>(
      await upload(t, (await t.as('unit1.handler')).cookie, c.id, '回复.txt', '单位回复'),
    );
    t.setNow(t.fixedNow);
  });

  it('the unit sees only files from the notice on; evidence before it is 404', async () => {
    const ids = (res: Awaited<ReturnType<typeof list>>) =>
      expectStatus<Attachment[]>(res, 200).map((a) => a.id);
    expect(ids(await list('staff', c.id))).toEqual([before.id, afterNotice.id]);
    expect(ids(await list('director', c.id))).toEqual([before.id, afterNotice.id]);
    expect(ids(await list('unit1.leader', c.id))).toEqual([afterNotice.id]);
    const leader = await t.as('unit1.leader');
    expectProblem(await leader.get(`/api/cases/${c.id}/attachments/${before.id}`), 404);
    expect((await leader.get(`/api/cases/${c.id}/attachments/${afterNotice.id}`)).body).toBe('单位回复');
  });

  // Evidence uploaded in the same millisecond as the signature (every upload while a test has
  // fixed the clock) is ambiguous; the domain keeps the center's files hidden then.
  it('evidence uploaded before the notice, in the same instant, stays hidden from the unit', async () => {
    const same = await caseIn(t, 'INVESTIGATING');
    const letter = json<Attachment>(await upload(t, staff, same.id, '举报信.txt', '同一时刻'));
    await step(t, 'staff', same.id, 'draft_notice');
    await step(t, 'director', same.id, 'approve_notice');
    expect(expectStatus<Attachment[]>(await list('unit1.leader', same.id), 200)).toEqual([]);
    expectProblem(
      await (await t.as('unit1.leader')).get(`/api/cases/${same.id}/attachments/${letter.id}`),
      404,
    );
  });

  it('other units, the supervisor and admin get 404 for everything', async () => {
    for (const user of ['unit2.handler', 'unit2.leader', 'supervisor', 'admin'] as const) {
      const u = await t.as(user);
      expectProblem(await u.get(`/api/cases/${c.id}/attachments`), 404);
      expectProblem(await u.get(`/api/cases/${c.id}/attachments/${afterNotice.id}`), 404);
      expectProblem(await upload(t, u.cookie, c.id, 'x.txt', 'x'), 404);
    }
    // An attachment id only opens under its own case.
    const elsewhere = await caseIn(t, 'INVESTIGATING');
    expectProblem(
      await (await t.as('staff')).get(`/api/cases/${elsewhere.id}/attachments/${before.id}`),
      404,
    );
  });

  it('uploading needs the right moment: a unit before the notice or after replying, anyone on a closed case', async () => {
    const pre = await caseIn(t, 'INVESTIGATING');
    expectProblem(await upload(t, (await t.as('unit1.handler')).cookie, pre.id, 'x.txt', 'x'), 404);
    const review = await caseIn(t, 'REPLY_UNDER_REVIEW');
    expectProblem(await upload(t, (await t.as('unit1.leader')).cookie, review.id, 'x.txt', 'x'), 403);
    const closed = await caseIn(t, 'ASSESSING');
    await step(t, 'staff', closed.id, 'dismiss', PAYLOADS.dismiss);
    expectProblem(await upload(t, staff, closed.id, 'x.txt', 'x'), 403);
    expectProblem(await upload(t, (await t.as('director')).cookie, closed.id, 'x.txt', 'x'), 403);
  });
});
