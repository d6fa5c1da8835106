import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';

// Allow-listed types, recognised by their bytes, never by the file name the client sent.
export const ALLOWED_TYPES = new Map<string, string>([
  ['application/pdf', 'pdf'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['text/plain', 'txt'],
]);

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The MIME type of the file's content if it is allowed, else null. */
export async function detectAllowedType(filePath: string): Promise<string | null> {
  const detected = await fileTypeFromFile(filePath);
  if (detected) return ALLOWED_TYPES.has(detected.mime) ? detected.mime : null;
  return (await isUtf8Text(filePath)) ? 'text/plain' : null;
}

/** Plain text: valid UTF-8 with no control bytes other than tab, CR, LF (and a BOM allowed). */
async function isUtf8Text(filePath: string): Promise<boolean> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0 || size > 2 * 1024 * 1024) return false;
    const buf = Buffer.alloc(size);
    await handle.read(buf, 0, size, 0);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control bytes is the point
    return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}
