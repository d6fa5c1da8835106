import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, passwordPolicyIssues, passwordPolicyProblems } from './password-policy.ts';

describe('password policy', () => {
  it('accepts 10 characters or more that are neither the username nor the old password', () => {
    expect(passwordPolicyProblems({ password: 'qingshan-2026', username: 'zhang.min' })).toEqual([]);
    expect(passwordPolicyProblems({ password: '四平市司法局执法监督', username: 'zhang.min' })).toEqual([]);
    expect(
      passwordPolicyProblems({ password: 'a'.repeat(PASSWORD_MIN_LENGTH), username: 'x', previous: 'b' }),
    ).toEqual([]);
  });

  it('refuses fewer than 10 characters, counting a Chinese character as one', () => {
    const [problem] = passwordPolicyProblems({ password: 'Short#26', username: 'zhang.min' });
    expect(problem).toMatch(/至少 10 个字符（现为 8 个）/);
    expect(passwordPolicyProblems({ password: '四平市司法局执法监', username: 'u' })).toHaveLength(1);
  });

  it('refuses the username, whatever its case or surrounding spaces', () => {
    expect(passwordPolicyProblems({ password: 'Zhang.Min.Office', username: 'zhang.min.office' })).toEqual([
      expect.stringMatching(/不能与用户名相同/),
    ]);
  });

  it('refuses the previous password', () => {
    expect(
      passwordPolicyProblems({ password: 'same-password-1', username: 'u', previous: 'same-password-1' }),
    ).toEqual([expect.stringMatching(/不能与原密码相同/)]);
  });

  it('reports every problem at once, as field issues on the given path', () => {
    expect(passwordPolicyIssues({ password: 'admin', username: 'admin', previous: 'admin' })).toEqual([
      { path: 'newPassword', message: expect.stringMatching(/至少 10/) },
      { path: 'newPassword', message: expect.stringMatching(/用户名/) },
      { path: 'newPassword', message: expect.stringMatching(/原密码/) },
    ]);
    expect(passwordPolicyIssues({ password: 'x'.repeat(201), username: 'u' }, 'password')).toEqual([
      { path: 'password', message: expect.stringMatching(/不能超过 200/) },
    ]);
  });
});
