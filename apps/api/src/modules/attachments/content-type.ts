import { open } from 'node:fs/promises';
import { isAllowedAttachmentMime, MAX_ATTACHMENT_BYTES } from '@sp/domain';
import { fileTypeFromFile } from 'file-type';

// Allowed types (domain ATTACHMENT_TYPES) are recognised by their bytes, never by the file name
// the client sent. file-type knows most; what it reports only as a container is looked into:
// - a ZIP is an OFD (GB/T 33190) when it holds OFD.xml at its root;
// - an OLE2 compound file (D0 CF 11 E0) is a legacy Word or Excel file when its directory holds
//   a WordDocument or Workbook/Book stream (an MSI installer, also OLE2, is neither).

export const MAX_UPLOAD_BYTES = MAX_ATTACHMENT_BYTES;

/** The MIME type of the file's content if it is allowed, else null. */
export async function detectAllowedType(filePath: string): Promise<string | null> {
  const detected = await fileTypeFromFile(filePath);
  if (detected?.mime === 'application/zip') return (await isOfd(filePath)) ? 'application/ofd' : null;
  if (detected?.mime === 'application/x-cfb') return legacyOfficeType(await readAll(filePath));
  if (detected) return isAllowedAttachmentMime(detected.mime) ? detected.mime : null;
  return (await isUtf8Text(filePath)) ? 'text/plain' : null;
}

async function readAll(filePath: string, start = 0, max = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const from = Math.max(0, start < 0 ? size + start : start);
    const length = Math.min(size - from, max);
    const buf = Buffer.alloc(Math.max(0, length));
    if (length > 0) await handle.read(buf, 0, length, from);
    return buf;
  } finally {
    await handle.close();
  }
}

/** The names in a ZIP's central directory (read from its end record), or [] if it has none. */
export function zipEntryNames(tail: Buffer): string[] {
  // End of central directory: signature 50 4B 05 06, at most 65,535 + 22 bytes from the end.
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tail.length) return [];
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  let at = eocd - dirSize;
  const names: string[] = [];
  for (let i = 0; i < count && at >= 0 && at + 46 <= eocd; i++) {
    if (tail.readUInt32LE(at) !== 0x02014b50) break;
    const nameLen = tail.readUInt16LE(at + 28);
    const extraLen = tail.readUInt16LE(at + 30);
    const commentLen = tail.readUInt16LE(at + 32);
    names.push(tail.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

async function isOfd(filePath: string): Promise<boolean> {
  // The central directory of an OFD lists a few dozen short names: 1 MB of tail is plenty.
  return zipEntryNames(await readAll(filePath, -(1024 * 1024))).includes('OFD.xml');
}

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const STREAMS: Record<string, string> = {
  WordDocument: 'application/msword',
  Workbook: 'application/vnd.ms-excel',
  Book: 'application/vnd.ms-excel',
};

/**
 * application/msword or application/vnd.ms-excel for an OLE2 file holding a stream of that
 * name, else null. Directory entries are 128 bytes at 128-byte steps inside sectors: a UTF-16LE
 * name (64 bytes), its length in bytes with the terminator (0x40) and the object type (0x42,
 * 2 = stream). Every such slot is looked at rather than following the FAT chain.
 */
export function legacyOfficeType(buf: Buffer): string | null {
  if (buf.length < 1024 || !buf.subarray(0, 8).equals(OLE2_MAGIC)) return null;
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  let found: string | null = null;
  for (let at = 1 << shift; at + 128 <= buf.length; at += 128) {
    const nameBytes = buf.readUInt16LE(at + 0x40);
    if (nameBytes < 4 || nameBytes > 64 || buf[at + 0x42] !== 2) continue;
    const name = buf.toString('utf16le', at, at + nameBytes - 2);
    const mime = STREAMS[name];
    if (mime) {
      // A file claiming to be both is neither.
      if (found && found !== mime) return null;
      found = mime;
    }
  }
  return found;
}

/** Plain text: valid UTF-8 with no control bytes other than tab, CR, LF (and a BOM allowed). */
async function isUtf8Text(filePath: string): Promise<boolean> {
  try {
    const buf = await readAll(filePath, 0, 2 * 1024 * 1024 + 1);
    if (buf.length === 0 || buf.length > 2 * 1024 * 1024) return false;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control bytes is the point
    return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
  } catch {
    return false;
  }
}

/**
 * An MP4's length in seconds from its movie header (moov → mvhd: timescale and duration), or
 * null when the file has none a player could use. Boxes are walked by their headers, so a moov
 * at the end of the file (no "fast start") costs two small reads per top-level box.
 */
export async function mp4DurationSeconds(filePath: string): Promise<number | null> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(16);
    let at = 0;
    while (at + 8 <= size) {
      await handle.read(header, 0, 16, at);
      let boxSize = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      let headerSize = 8;
      if (boxSize === 1) {
        boxSize = Number(header.readBigUInt64BE(8));
        headerSize = 16;
      } else if (boxSize === 0) boxSize = size - at;
      if (boxSize < headerSize) return null;
      if (type === 'moov') {
        const moov = Buffer.alloc(Math.min(boxSize - headerSize, 4 * 1024 * 1024));
        await handle.read(moov, 0, moov.length, at + headerSize);
        return mvhdSeconds(moov);
      }
      at += boxSize;
    }
    return null;
  } finally {
    await handle.close();
  }
}

/** The mvhd box among a moov's children: version 0 (32-bit fields) or 1 (64-bit times). */
export function mvhdSeconds(moov: Buffer): number | null {
  let at = 0;
  while (at + 8 <= moov.length) {
    const boxSize = moov.readUInt32BE(at);
    if (moov.toString('latin1', at + 4, at + 8) === 'mvhd') {
      const version = moov[at + 8];
      const body = at + 12;
      const [timescale, duration] =
        version === 1
          ? [moov.readUInt32BE(body + 16), Number(moov.readBigUInt64BE(body + 20))]
          : [moov.readUInt32BE(body + 8), moov.readUInt32BE(body + 12)];
      return timescale > 0 ? duration / timescale : null;
    }
    if (boxSize < 8) return null;
    at += boxSize;
  }
  return null;
}
