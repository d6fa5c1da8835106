import { z } from 'zod';
import { ZPage, ZPageQuery } from './common.ts';

// Office profile routes: GET/PUT /api/admin/settings (admin), GET /api/office-profile (any
// signed-in user), GET /api/public/office (the public pages), and the change history.

export const ZPublicOfficeProfile = z.object({ authorityName: z.string(), centerName: z.string() });
export type TPublicOfficeProfile = z.infer<typeof ZPublicOfficeProfile>;

export const ZProfileChangeQuery = ZPageQuery;

export const ZProfileChange = z.object({
  id: z.string(),
  at: z.string(),
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).nullable(),
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type TProfileChange = z.infer<typeof ZProfileChange>;
export const ZProfileChangePage = ZPage(ZProfileChange);
