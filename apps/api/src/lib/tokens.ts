import { createHash, randomBytes } from 'node:crypto';

export function sha256Hex(input: string | Buffer): string {
  return createHash('sha256').update(input).digest('hex');
}

/** A session token: 256 bits from the CSPRNG, URL-safe. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

// Crockford base32 without the look-alikes (no I, L, O, U): easy to read out over the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A public tracking code: 16 symbols × 5 bits = 80 bits, shown as XXXX-XXXX-XXXX-XXXX. */
export function newTrackingCode(): string {
  const bytes = randomBytes(16);
  let code = '';
  for (const b of bytes) code += ALPHABET[b & 31];
  return code.match(/.{4}/g)!.join('-');
}

/** Accepts the code however it was typed: case, spaces and dashes do not matter. */
export function normalizeTrackingCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(bare)) return null;
  return bare.match(/.{4}/g)!.join('-');
}

export const trackingHash = (normalizedCode: string) => sha256Hex(`tracking:${normalizedCode}`);

/**
 * A one-time password for a new or reset account: 12 symbols of the same alphabet (60 bits),
 * shown as XXXX-XXXX-XXXX so it can be read out or copied from a printout without mistakes.
 */
export function newInitialPassword(): string {
  const bytes = randomBytes(12);
  let text = '';
  for (const b of bytes) text += ALPHABET[b & 31];
  return text.match(/.{4}/g)!.join('-');
}
