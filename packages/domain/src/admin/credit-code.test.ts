import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  normalizeCreditCode,
} from './credit-code.ts';

// Real codes as published on business licences (their check characters agree with GB 32100;
// a made-up code would match by chance once in 31 tries).
const REAL = [
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司
  '914403001922038216', // 华为技术有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
];

describe('统一社会信用代码', () => {
  it.each(REAL)('accepts the real code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts government bodies (机关, 11…) whose check character is computed', () => {
    const first17 = '11220300013644083';
    expect(creditCodeCheckChar(first17)).toBe('J');
    expect(isValidCreditCode(`${first17}J`)).toBe(true);
  });

  it('normalizes spaces and lower case', () => {
    expect(normalizeCreditCode(' 9144 0300 7152 6726xg ')).toBe('9144030071526726XG');
    expect(isValidCreditCode('9144030071526726xg')).toBe(true);
  });

  it('rejects a wrong check character with a clear message', () => {
    expect(creditCodeProblem('9144030071526726XH')).toMatch(/校验位/);
    // Every other check character is wrong.
    const first17 = REAL[1]!.slice(0, 17);
    const wrong = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].filter((c) => c !== REAL[1]![17]);
    for (const c of wrong) expect(isValidCreditCode(first17 + c)).toBe(false);
  });

  it('rejects a single changed character (the check catches it)', () => {
    const code = REAL[0]!;
    for (let i = 0; i < 17; i++) {
      const digit = code[i] === '5' ? '6' : '5';
      expect(isValidCreditCode(code.slice(0, i) + digit + code.slice(i + 1)), `position ${i + 1}`).toBe(
        false,
      );
    }
  });

  it('rejects the wrong length and forbidden characters', () => {
    expect(creditCodeProblem('91440300715267')).toMatch(/18 位/);
    expect(creditCodeProblem('9144030071526726XGX')).toMatch(/18 位/);
    expect(creditCodeProblem('9144030071526726IG')).toMatch(/字符/); // I is not in the alphabet
    expect(creditCodeProblem('9144O30071526726XG')).toMatch(/字符/); // letter in the division code
    expect(creditCodeProblem('')).toMatch(/18 位/);
  });
});
