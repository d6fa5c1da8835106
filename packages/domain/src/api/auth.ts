import { z } from 'zod';
import { ROLES } from '../workflow/vocabulary.ts';

export const ZLoginRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitId: z.string().nullable(),
  unitName: z.string().nullable().optional(),
  /** Signed in with a one-time password: only /me, logout and the password change work. */
  mustChangePassword: z.boolean().optional(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZLoginResponse = z.object({ user: ZUser });
