import type { z } from 'zod';

// Reads a zod object schema (an action's payload, a request body) into a list of form fields,
// so that forms are generated from the same schema the API validates with.

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'integer'
  | 'choice'
  | 'attachments'
  | 'boolean'
  /** An instant (ISO 8601 with offset): a date-and-time picker in China's time. */
  | 'datetime'
  /** A calendar date (YYYY-MM-DD): a date picker. */
  | 'date'
  /** `officers`: registry officer ids, picked by name or 执法证号 (OfficerPicker). */
  | 'officers'
  /** `unitId`: a picker of the active enforcement units. */
  | 'unit'
  /** `assigneeId`: a picker of the center's people this user may assign. */
  | 'assignee';

export type FieldSpec = {
  name: string;
  kind: FieldKind;
  required: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: readonly string[];
};

/**
 * Payload fields no form shows: merge / link_related name the other case by its number
 * (targetCaseNumber), as people read it; its id is for API clients.
 */
export const API_ONLY_FIELDS: readonly string[] = ['targetCaseId'];

/** Longer limits than a title get a multi-line box. */
const TEXTAREA_FROM = 500;

type AnySchema = z.ZodType & { def: { type: string; innerType?: z.ZodType } };

function unwrap(schema: z.ZodType): { inner: AnySchema; optional: boolean } {
  let current = schema as AnySchema;
  let optional = false;
  for (;;) {
    const { type, innerType } = current.def;
    if (!innerType || !['optional', 'default', 'prefault', 'nullable'].includes(type)) break;
    optional = true;
    current = innerType as AnySchema;
  }
  return { inner: current, optional };
}

function describeField(name: string, schema: z.ZodType): FieldSpec | null {
  const { inner, optional } = unwrap(schema);
  const required = !optional;
  switch (inner.def.type) {
    case 'string': {
      const format = (inner.def as { format?: string }).format;
      if (format === 'datetime') return { name, kind: 'datetime', required };
      if (format === 'date') return { name, kind: 'date', required };
      if (name === 'unitId') return { name, kind: 'unit', required };
      if (name === 'assigneeId') return { name, kind: 'assignee', required };
      if (API_ONLY_FIELDS.includes(name)) return null;
      const maxLength = (inner as unknown as z.ZodString).maxLength ?? undefined;
      const kind = maxLength !== undefined && maxLength < TEXTAREA_FROM ? 'text' : 'textarea';
      return { name, kind, required, maxLength };
    }
    case 'number': {
      const num = inner as unknown as z.ZodNumber;
      return {
        name,
        kind: 'integer',
        required,
        min: num.minValue ?? undefined,
        max: num.maxValue ?? undefined,
      };
    }
    case 'enum':
      return { name, kind: 'choice', required, options: (inner as unknown as z.ZodEnum).options as string[] };
    case 'boolean':
      return { name, kind: 'boolean', required: false };
    case 'array':
      if (name === 'attachmentIds') return { name, kind: 'attachments', required: false };
      if (name === 'officers') {
        const min = (
          inner.def as { checks?: { _zod: { def: { check: string; minimum?: number } } }[] }
        ).checks
          ?.map((c) => c._zod.def)
          .find((d) => d.check === 'min_length')?.minimum;
        return { name, kind: 'officers', required: !optional && (min ?? 0) > 0 };
      }
      return null;
    default:
      return null;
  }
}

/** The fields of an object schema, in declaration order; fields of unknown kinds are skipped. */
export function describeObjectSchema(schema: z.ZodType): FieldSpec[] {
  const def = (schema as AnySchema).def;
  if (def.type !== 'object') return [];
  const shape = (schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  return Object.entries(shape).flatMap(([name, field]) => {
    const spec = describeField(name, field);
    return spec ? [spec] : [];
  });
}
