// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet (digits and the
// capitals without I, O, Z, S, V). 1 registration authority · 2 organization type · 3–8 the
// administrative division (digits) · 9–17 the 主体标识码 · 18 a check character computed from
// the first 17 with weights 3^i mod 31.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** How people type it: spaces and lower case do not matter. */
export function normalizeCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character (position 18) for the first 17 characters of a code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] ?? '') * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Why a (normalized) code is not a valid 统一社会信用代码, or null when it is. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18)
    return `统一社会信用代码应为 18 位（现为 ${code.length} 位） / must be 18 characters`;
  if (!SHAPE.test(code))
    return '统一社会信用代码含有不允许的字符（不含 I、O、Z、S、V；第 3–8 位为数字） / contains characters a credit code cannot have';
  if (creditCodeCheckChar(code) !== code[17])
    return '统一社会信用代码校验位不正确，请核对 / the check character does not match';
  return null;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(normalizeCreditCode(code)) === null;
}
