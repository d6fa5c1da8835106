import type { TLetterhead } from '@sp/domain';

// Who signs a 通报: today the same wording as the notice print view. The seam for the office
// profile (GET /api/admin/settings → authorityName, centerName): point `current` at the
// settings service when it exists, and every 通报 follows.

export const DEFAULT_LETTERHEAD: TLetterhead = {
  authorityName: '某市人民政府法制办公室',
  centerName: '行政违法投诉举报中心',
};

export type LetterheadSource = { current(): Promise<TLetterhead> };

export const createLetterheadSource = (): LetterheadSource => ({
  current: async () => DEFAULT_LETTERHEAD,
});
