import { z } from 'zod';
import { CIRCULAR_KINDS, CIRCULAR_STATUSES } from '../circulars/circular.ts';
import { requiredText } from '../workflow/text-limits.ts';

/** POST /api/circulars: a draft for a month (part 1–12) or a quarter (part 1–4). */
export const ZCreateCircularRequest = z
  .object({
    kind: z.enum(CIRCULAR_KINDS),
    year: z.int().min(2000).max(2100),
    part: z.int().min(1).max(12),
  })
  .refine((r) => r.kind === 'MONTH' || r.part <= 4, {
    path: ['part'],
    message: '季度应为 1–4 / a quarter is 1–4',
  });
export type TCreateCircularRequest = z.infer<typeof ZCreateCircularRequest>;

/** PATCH /api/circulars/:id: the draft's words (only while a draft). */
export const ZUpdateCircularRequest = z
  .object({ title: requiredText(200).optional(), body: requiredText(20_000).optional() })
  .refine((r) => r.title !== undefined || r.body !== undefined, {
    message: '没有要修改的内容 / nothing to change',
  });
export type TUpdateCircularRequest = z.infer<typeof ZUpdateCircularRequest>;

export const ZCircularParams = z.object({ id: z.uuid() });

export const ZCircular = z.object({
  id: z.string(),
  kind: z.enum(CIRCULAR_KINDS),
  year: z.int(),
  part: z.int(),
  periodFrom: z.string(),
  periodTo: z.string(),
  authorityName: z.string(),
  title: z.string(),
  body: z.string(),
  status: z.enum(CIRCULAR_STATUSES),
  number: z.string().nullable(),
  issuedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCircular = z.infer<typeof ZCircular>;
export const ZCircularList = z.array(ZCircular);
