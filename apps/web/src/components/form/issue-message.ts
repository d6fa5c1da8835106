import i18next from 'i18next';
import type { z } from 'zod';
import { localizeBilingual } from '../../i18n';
import type { FieldSpec } from './zod-fields';

type Issue = z.core.$ZodIssue;

/** A zod issue as one plain sentence in the current language. */
export function issueMessage(issue: Issue, spec?: FieldSpec): string {
  const t = i18next.t;
  // The domain writes its own messages as "中文 / English".
  if (/[\u4e00-\u9fff]/.test(issue.message)) return localizeBilingual(issue.message);
  const range = () =>
    spec?.min !== undefined && spec.max !== undefined
      ? t('validation.range', { min: spec.min, max: spec.max })
      : t('validation.integer');
  switch (issue.code) {
    case 'invalid_type':
      return spec?.kind === 'choice' ? t('validation.choose') : t('validation.required');
    case 'invalid_value':
      return t('validation.choose');
    case 'too_small':
      return issue.origin === 'number' ? range() : t('validation.required');
    case 'too_big':
      if (issue.origin === 'number') return range();
      if (issue.origin === 'array') return t('validation.tooMany', { max: Number(issue.maximum) });
      return t('validation.tooLong', { max: Number(issue.maximum) });
    default:
      return t('validation.invalid');
  }
}
