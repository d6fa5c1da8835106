import { publicOfficeProfile, type TLetterhead, type TOfficeProfile } from '@sp/domain';

// Who signs a 通报: the office profile's authority and center (GET /api/admin/settings), read
// when the 通报 is printed — the same names as the notice print view, so a renamed office
// prints its new name on both at once.

export type LetterheadSource = { current(): Promise<TLetterhead> };

export const createLetterheadSource = (profile: {
  current(): Promise<TOfficeProfile>;
}): LetterheadSource => ({
  current: async () => publicOfficeProfile(await profile.current()),
});
