import { z } from 'zod';

// Shapes shared by every route (api-contract.md, "General").

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type TProblem = z.infer<typeof ZProblem>;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int(), page: z.int(), pageSize: z.int() });
}
export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Query-string boolean: only the words true and false. */
export const ZQueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZIdParams = z.object({ id: z.string().max(100) });
export const ZIsoDateTime = z.iso.datetime({ offset: true });
