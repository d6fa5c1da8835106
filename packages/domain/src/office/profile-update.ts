import { z } from 'zod';
import { OVERDUE_POLICIES } from '../workflow/vocabulary.ts';
import { type TOfficeProfile, ZInstrumentSettings, ZOfficeProfile, ZPeriod } from './office-profile.ts';

// PUT /api/admin/settings: at least { authorityName, centerName, overduePolicy } (api-contract
// v2); every other field may be left out and keeps its value. The merged profile is validated
// again as a whole (e.g. two instruments with the same number prefix).

const ZInstrumentPatch = ZInstrumentSettings.partial();

export const ZOfficeProfileUpdate = z.object({
  authorityName: ZOfficeProfile.shape.authorityName,
  centerName: ZOfficeProfile.shape.centerName,
  overduePolicy: z.enum(OVERDUE_POLICIES),
  governmentName: ZOfficeProfile.shape.governmentName.optional(),
  instruments: z
    .object({
      NOTICE: ZInstrumentPatch.optional(),
      URGING_LETTER: ZInstrumentPatch.optional(),
      OPINION: ZInstrumentPatch.optional(),
      DECISION: ZInstrumentPatch.optional(),
    })
    .optional(),
  objectionWindow: ZPeriod.optional(),
  answerPeriod: ZPeriod.optional(),
});
export type TOfficeProfileUpdate = z.infer<typeof ZOfficeProfileUpdate>;

/** The current profile with the update applied (absent fields keep their values); unvalidated. */
export function mergeOfficeProfile(current: TOfficeProfile, update: TOfficeProfileUpdate): TOfficeProfile {
  const { instruments: patch = {}, ...top } = update;
  const defined = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  const instruments = { ...current.instruments };
  for (const key of Object.keys(patch) as (keyof typeof patch)[]) {
    const p = patch[key];
    if (p) instruments[key] = { ...instruments[key], ...defined(p) };
  }
  return { ...current, ...defined(top), instruments };
}

export type ProfileChange = { path: string; before: unknown; after: unknown };

/** Field-by-field differences, e.g. { path: 'instruments.NOTICE.title', before, after }. */
export function diffOfficeProfile(before: unknown, after: unknown, path = ''): ProfileChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffOfficeProfile(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [{ path, before: before ?? null, after: after ?? null }];
}
