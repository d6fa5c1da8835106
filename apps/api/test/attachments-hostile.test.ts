import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, caseIn, rowCounts } from './flows.ts';
import { createTestApp, expectProblem, type TestApp } from './helper.ts';
import { ELF, multipart, upload, zipOf } from './multipart.ts';

// Uploads that must be refused: files whose bytes are not an allowed type whatever their name
// says (415), files over 20 MB (413), and malformed multipart bodies (4xx, never 5xx). Nothing
// is recorded, and nothing is left behind in DATA_DIR/files.

let t: TestApp;
let inv: CaseBody;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  inv = await caseIn(t, 'INVESTIGATING');
  cookie = (await t.as('staff')).cookie;
});
afterAll(async () => t?.close());

/** Every file under DATA_DIR/files (recursively), temporary ones included. */
async function storedFiles(): Promise<string[]> {
  const root = path.join(t.dataDir, 'files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('refused uploads', () => {
  it.each([
    ['an ELF executable named .pdf', 'report.pdf', ELF],
    [
      'a Windows executable named .pdf',
      '整改报告.pdf',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
    ],
    ['a ZIP of a shell script named .pdf', 'evidence.pdf', zipOf('run.sh', '#!/bin/sh\nrm -rf /\n')],
    ['a ZIP named .docx', 'letter.docx', zipOf('payload.exe', 'MZ')],
    ['a GIF named .png', 'photo.png', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['an empty file', 'empty.txt', Buffer.alloc(0)],
    ['text with a NUL byte', 'nul.txt', Buffer.from('text\u0000with NUL')],
    ['invalid UTF-8 text', 'latin1.txt', Buffer.from([0x61, 0xe9, 0x62, 0xff])],
  ])('%s → 415', async (_label, fileName, data) => {
    const before = await rowCounts(t);
    const files = await storedFiles();
    expectProblem(await upload(t, cookie, inv.id, fileName, data), 415);
    expect(await rowCounts(t)).toEqual(before);
    expect(await storedFiles()).toEqual(files);
  });

  it('a file over 20 MB → 413, and no partial file is kept', async () => {
    const before = await rowCounts(t);
    const files = await storedFiles();
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 'a');
    const res = await upload(t, cookie, inv.id, 'big.txt', big, 'text/plain');
    expectProblem(res, 413);
    expect(await rowCounts(t)).toEqual(before);
    expect(await storedFiles()).toEqual(files);
  });

  it('malformed multipart bodies → 4xx problem+json, nothing stored', async () => {
    const url = `/api/cases/${inv.id}/attachments`;
    const before = await rowCounts(t);
    const files = await storedFiles();
    const two = multipart([
      { name: 'file', fileName: 'a.txt', data: 'one' },
      { name: 'file', fileName: 'b.txt', data: 'two' },
    ]);
    const fields = multipart([
      ...Array.from({ length: 8 }, (_, i) => ({ name: `f${i}`, data: 'x' })),
      { name: 'file', fileName: 'a.txt', data: 'x' },
    ]);
    const one = multipart([{ name: 'file', fileName: 'a.txt', data: 'x'.repeat(5000) }]);
    const wrongField = multipart([{ name: 'document', fileName: 'a.txt', data: 'x' }]);
    const noFile = multipart([{ name: 'note', data: 'just a field' }]);
    const as = (type: string, payload: string | Buffer): Partial<InjectOptions> => ({
      headers: { cookie, 'content-type': type },
      payload,
    });
    const bodies: [string, Partial<InjectOptions>][] = [
      ['JSON instead of multipart', { headers: { cookie }, payload: { file: 'x' } }],
      ['no boundary', as('multipart/form-data', 'garbage')],
      ['garbage with a boundary', as('multipart/form-data; boundary=xyz', 'garbage')],
      ['cut in the headers', as(two.contentType, two.payload.subarray(0, 60))],
      ['cut in the file data', as(one.contentType, one.payload.subarray(0, 3000))],
      ['too many fields', as(fields.contentType, fields.payload)],
      ['wrong field name', as(wrongField.contentType, wrongField.payload)],
      ['no file at all', as(noFile.contentType, noFile.payload)],
      ['empty body', as(one.contentType, '')],
    ];
    for (const [label, opts] of bodies) {
      const res = await t.inject({ method: 'POST', url, ...opts });
      expect(res.statusCode, `${label}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, label).toBeLessThan(500);
      expectProblem(res, res.statusCode);
    }
    expect(await rowCounts(t)).toEqual(before);
    expect(await storedFiles()).toEqual(files);
    // Two files where one is expected: the first is taken, or the whole upload refused (413),
    // depending on when the parser sees the second; never both stored, never a 5xx.
    const res = await t.inject({ method: 'POST', url, ...as(two.contentType, two.payload) });
    expect([201, 413]).toContain(res.statusCode);
    const rows = await t.prisma.attachment.findMany({ where: { caseId: inv.id } });
    expect(rows.map((r) => r.fileName)).toEqual(res.statusCode === 201 ? ['a.txt'] : []);
  });
});
