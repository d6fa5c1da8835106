import { z } from 'zod';

// Limits counted in characters (a Chinese character is one). Long enough for a real 调查报告,
// short enough that one request cannot fill the database.
export const TEXT_LIMITS = {
  title: 200,
  name: 100,
  phone: 30,
  short: 2_000,
  long: 10_000,
} as const;

/** Required text: trimmed, not empty, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: '不能为空 / must not be empty' })
    .max(max, { error: `不能超过 ${max} 个字符 / at most ${max} characters` });
}

export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `不能超过 ${max} 个字符 / at most ${max} characters` })
    .optional();
}

export const ZWorkingDays = z.int().min(1).max(60);
export const ZAttachmentIds = z.array(z.uuid()).max(20).default([]);
