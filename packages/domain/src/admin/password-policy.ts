import type { FieldIssue } from '../workflow/domain-error.ts';

// The password policy (issue 8): long enough, not the username, not the one it replaces.
// Length beats character-class rules (NIST SP 800-63B); the messages say exactly what to fix.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordCandidate = {
  password: string;
  username: string;
  /** The password being replaced, when the user typed it (a change, not a reset). */
  previous?: string;
};

/** Every reason this password is refused, as messages; empty when it is acceptable. */
export function passwordPolicyProblems({ password, username, previous }: PasswordCandidate): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    problems.push(
      `密码至少 ${PASSWORD_MIN_LENGTH} 个字符（现为 ${length} 个） / at least ${PASSWORD_MIN_LENGTH} characters`,
    );
  if (length > PASSWORD_MAX_LENGTH)
    problems.push(`密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符 / at most ${PASSWORD_MAX_LENGTH} characters`);
  if (password.trim().toLowerCase() === username.trim().toLowerCase())
    problems.push('密码不能与用户名相同 / must not be the username');
  if (previous !== undefined && password === previous)
    problems.push('新密码不能与原密码相同 / must differ from the current password');
  return problems;
}

/** The same, as field issues on `path` (for problem+json and the forms). */
export function passwordPolicyIssues(candidate: PasswordCandidate, path = 'newPassword'): FieldIssue[] {
  return passwordPolicyProblems(candidate).map((message) => ({ path, message }));
}
