import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ATTACHMENT_TYPES,
  attachmentPreview,
  MAX_VIDEO_SECONDS,
  PUBLIC_PHOTO_MAX,
  PUBLIC_PHOTO_WINDOW_MS,
} from '@sp/domain';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, createCase, rowCounts } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';
import { multipart, PDF, PNG, upload, zipOf } from './multipart.ts';

// Types recognised by content (OFD, legacy Word/Excel, MP4), served inline when a browser can
// show them, and reporters' photos stored without their EXIF location unless they share it.

type Attachment = { id: string; fileName: string; size: number; mime: string; sha256: string };

let t: TestApp;
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  staff = (await t.as('staff')).cookie;
});
afterAll(async () => t?.close());

/** An OLE2 compound file whose directory holds these streams (the root entry first). */
function cfb(streams: string[]): Buffer {
  const buf = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 0x18);
  buf.writeUInt16LE(3, 0x1a);
  buf.writeUInt16LE(0xfffe, 0x1c);
  buf.writeUInt16LE(9, 0x1e);
  buf.writeUInt16LE(6, 0x20);
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + i * 128;
    buf.write(name, at, 'utf16le');
    buf.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    buf[at + 0x42] = i === 0 ? 5 : 2;
  });
  return buf;
}

/** An MP4: an ftyp box (brand isom), then a moov whose mvhd gives its length (version 0 or 1). */
function mp4(seconds: number, version: 0 | 1 = 0): Buffer {
  const timescale = 1000;
  const times = Buffer.alloc(version === 1 ? 28 : 16);
  if (version === 1) {
    times.writeUInt32BE(timescale, 16);
    times.writeBigUInt64BE(BigInt(seconds * timescale), 20);
  } else {
    times.writeUInt32BE(timescale, 8);
    times.writeUInt32BE(seconds * timescale, 12);
  }
  const mvhdBody = Buffer.concat([Buffer.from([version, 0, 0, 0]), times, Buffer.alloc(80)]);
  const box = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body]);
  };
  return Buffer.concat([
    box('ftyp', Buffer.concat([Buffer.from('isom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp42')])),
    box('free', Buffer.alloc(0)),
    box('mdat', Buffer.alloc(64)),
    box('moov', box('mvhd', mvhdBody)),
  ]);
}
const MP4 = mp4(30);

/** A JPEG carrying a camera make and a GPS position (重庆), as a phone writes it. */
async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#c03030' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '29/1 33/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 33/1 0/1',
      },
    })
    .toBuffer();
}

const storedBytes = (a: Attachment) =>
  readFile(path.join(t.dataDir, 'files', a.sha256.slice(0, 2), a.sha256));
const exifOf = async (data: Buffer) => (await sharp(data).metadata()).exif;
/** Whether the EXIF block holds a GPS IFD pointer (tag 0x8825), in either byte order. */
const hasGps = (exif: Buffer | undefined) =>
  !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

describe('types recognised by their bytes, never by the name', () => {
  it.each([
    ['an OFD (a ZIP holding OFD.xml)', 'invoice.bin', zipOf('OFD.xml', '<ofd:OFD/>'), 'application/ofd'],
    ['a legacy Word file', '笔录.dat', cfb(['WordDocument', '1Table']), 'application/msword'],
    ['a legacy Excel file', 'table', cfb(['Workbook']), 'application/vnd.ms-excel'],
    ['a BIFF5 Excel file', 'old.xls', cfb(['Book']), 'application/vnd.ms-excel'],
    ['a short MP4 video', '现场.mov', MP4, 'video/mp4'],
  ])('%s → 201 as %s', async (_label, fileName, data, mime) => {
    const c = await caseIn(t, 'INVESTIGATING');
    const a = expectStatus<Attachment>(await upload(t, staff, c.id, fileName, data), 201);
    expect(a.mime).toBe(mime);
    expect(ATTACHMENT_TYPES.map((k) => k.mime)).toContain(a.mime);
  });

  it.each([
    ['a ZIP without OFD.xml named .ofd', 'x.ofd', zipOf('Doc_0/Content.xml', '<x/>')],
    [
      'an OLE2 file with neither Word nor Excel stream (an MSI, say) named .doc',
      'setup.doc',
      cfb(['\u0005SummaryInformation']),
    ],
    ['an OLE2 file claiming to be Word and Excel', 'both.xls', cfb(['WordDocument', 'Workbook'])],
    [
      'a Windows executable named .pdf',
      '整改报告.pdf',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0x90)]),
    ],
  ])('%s → 415 UNSUPPORTED_MEDIA_TYPE, nothing recorded', async (_label, fileName, data) => {
    const c = await caseIn(t, 'INVESTIGATING');
    const before = await rowCounts(t);
    const problem = expectProblem(await upload(t, staff, c.id, fileName, data, 'application/pdf'), 415);
    expect(problem.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await rowCounts(t)).toEqual(before);
  });
});

describe(`MP4 video: at most ${MAX_VIDEO_SECONDS / 60} minutes, read from its movie header`, () => {
  it.each([
    [MAX_VIDEO_SECONDS, 0, 201],
    [MAX_VIDEO_SECONDS + 1, 0, 413],
    [600, 1, 413],
    [45, 1, 201],
  ] as const)('%i s (mvhd version %i) → %i', async (seconds, version, status) => {
    const c = await caseIn(t, 'INVESTIGATING');
    const before = await rowCounts(t);
    const res = await upload(t, staff, c.id, '现场.mp4', mp4(seconds, version));
    if (status === 201) expect(expectStatus<Attachment>(res, 201).mime).toBe('video/mp4');
    else {
      expect(expectProblem(res, 413).detail).toContain('视频不能超过');
      expect(await rowCounts(t)).toEqual(before);
    }
  });

  it('an MP4 without a movie header → 415', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const noMoov = mp4(30).subarray(0, mp4(30).length - (8 + 8 + 100));
    expect(expectProblem(await upload(t, staff, c.id, 'x.mp4', noMoov), 415).code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });
});

describe('serving: inline where the browser previews, a download otherwise', () => {
  it.each([
    ['a.pdf', PDF],
    ['b.png', PNG],
    ['c.mp4', MP4],
    ['d.doc', cfb(['WordDocument'])],
    ['e.txt', Buffer.from('纯文本')],
  ])('%s', async (fileName, data) => {
    const c = await caseIn(t, 'INVESTIGATING');
    const a = expectStatus<Attachment>(await upload(t, staff, c.id, fileName, data), 201);
    const res = await t.inject({
      method: 'GET',
      url: `/api/cases/${c.id}/attachments/${a.id}`,
      headers: { cookie: staff },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload).toEqual(data);
    const preview = attachmentPreview(a.mime);
    expect(res.headers['content-disposition']).toBe(
      `${preview ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    // Everything but PDF (whose viewer refuses to run sandboxed) is sandboxed.
    expect(csp.includes('sandbox')).toBe(preview !== 'pdf');
  });
});

describe("a special supervisor's photo loses its location unless shared", () => {
  async function supervisorCase() {
    const sup = await t.as('supervisor');
    const res = await sup.post('/api/cases', {
      source: 'SUPERVISOR',
      title: '占道经营执法不规范',
      description: '现场执法人员未出示证件。',
      unitId: t.unitIds.unit1,
    });
    return { sup, c: expectStatus<{ id: string }>(res, 201) };
  }
  const send = (cookie: string, caseId: string, data: Buffer, share?: boolean) => {
    const body = multipart([
      ...(share === undefined ? [] : [{ name: 'shareLocation', data: String(share) }]),
      { name: 'file', fileName: 'IMG_0001.jpg', contentType: 'image/jpeg', data },
    ]);
    return t.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/attachments`,
      headers: { cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  };

  it('the fixture carries GPS (so the test can fail)', async () => {
    expect(hasGps(await exifOf(await jpegWithGps()))).toBe(true);
  });

  it.each([undefined, false])('shareLocation %s → stored without any EXIF', async (share) => {
    const { sup, c } = await supervisorCase();
    const a = expectStatus<Attachment>(await send(sup.cookie, c.id, await jpegWithGps(), share), 201);
    expect(a.mime).toBe('image/jpeg');
    const stored = await storedBytes(a);
    expect(a.size).toBe(stored.length);
    expect(await exifOf(stored)).toBeUndefined();
    expect((await sharp(stored).metadata()).width).toBe(40);
  });

  it('shareLocation true → stored byte for byte, GPS kept', async () => {
    const { sup, c } = await supervisorCase();
    const data = await jpegWithGps();
    const a = expectStatus<Attachment>(await send(sup.cookie, c.id, data, true), 201);
    expect(await storedBytes(a)).toEqual(data);
    expect(hasGps(await exifOf(await storedBytes(a)))).toBe(true);
  });

  it("staff evidence keeps its metadata; the supervisor's photo stays with the center", async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const data = await jpegWithGps();
    const a = expectStatus<Attachment>(await send(staff, c.id, data), 201);
    expect(await storedBytes(a)).toEqual(data);
    // Only the filer, and only while the report is fresh, may add photos.
    const { c: other } = await supervisorCase();
    const staffCase = await createCase(t);
    expectProblem(await send((await t.as('supervisor')).cookie, staffCase.id, data), 404);
    expect(other.id).toBeTruthy();
  });
});

describe('public report photos by tracking code', () => {
  async function file(): Promise<string> {
    const res = await t.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: { title: '执法人员态度恶劣', description: '现场呵斥摊主。', unitId: t.unitIds.unit1 },
    });
    return expectStatus<{ trackingCode: string }>(res, 201).trackingCode;
  }
  const send = (code: string, data: Buffer, fileName = 'photo.jpg', share?: boolean) => {
    const body = multipart([
      ...(share === undefined ? [] : [{ name: 'shareLocation', data: String(share) }]),
      { name: 'file', fileName, contentType: 'image/jpeg', data },
    ]);
    return t.inject({
      method: 'POST',
      url: `/api/public/reports/${code}/photos`,
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
  };

  it('a JPEG with GPS → 201, stored without EXIF; staff see it, the unit never does', async () => {
    const code = await file();
    const a = expectStatus<Attachment>(await send(code, await jpegWithGps()), 201);
    expect(await exifOf(await storedBytes(a))).toBeUndefined();
    const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: a.id } });
    const staffList = expectStatus<Attachment[]>(
      await (await t.as('staff')).get(`/api/cases/${row.caseId}/attachments`),
      200,
    );
    expect(staffList.map((x) => x.id)).toEqual([a.id]);
  });

  it('shareLocation true keeps the location', async () => {
    const data = await jpegWithGps();
    const a = expectStatus<Attachment>(await send(await file(), data, 'p.jpg', true), 201);
    expect(await storedBytes(a)).toEqual(data);
  });

  it('photos only: a PDF → 415; an unknown code → 404', async () => {
    const code = await file();
    expect(expectProblem(await send(code, PDF, 'a.jpg'), 415).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expectProblem(await send('ABCD-EFGH-JKMN-PQRS', PNG), 404);
  });

  it(`at most ${PUBLIC_PHOTO_MAX}, and only within the window after filing`, async () => {
    const code = await file();
    for (let i = 0; i < PUBLIC_PHOTO_MAX; i++) expectStatus(await send(code, PNG, `p${i}.png`), 201);
    expectProblem(await send(code, PNG), 422);
    const late = await file();
    t.advance(PUBLIC_PHOTO_WINDOW_MS + 1);
    try {
      expect(expectProblem(await send(late, PNG), 422).code).toBe('WRONG_STATE');
    } finally {
      t.setNow(t.fixedNow);
    }
  });
  it(`uploads at once cannot pass the cap of ${PUBLIC_PHOTO_MAX} together`, async () => {
    const code = await file();
    const tries = PUBLIC_PHOTO_MAX + 3;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, i) => send(code, PNG, `burst${i}.png`)),
    );
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(PUBLIC_PHOTO_MAX);
    expect(statuses.filter((s) => s === 422)).toHaveLength(tries - PUBLIC_PHOTO_MAX);
    const stored = await t.prisma.attachment.count({
      where: { fileName: { startsWith: 'burst' } },
    });
    expect(stored).toBe(PUBLIC_PHOTO_MAX);
  });
});
