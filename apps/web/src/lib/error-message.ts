import i18next from 'i18next';
import { localizeBilingual } from '../i18n';
import { isApiError } from './api-error';

/** One plain sentence for any error, in the current language, never blank. */
export function errorMessage(error: unknown): string {
  const t = i18next.t;
  if (!isApiError(error)) return t('errors.unknown');
  if (error.isNetwork) return t('errors.network');
  switch (error.status) {
    case 401:
      return t('errors.unauthorized');
    case 409:
      return t('errors.stale');
    case 413:
      return t('errors.tooLarge');
    case 429:
      return t('errors.rateLimited');
  }
  if (error.status >= 500) return t('errors.server');
  // A refusal by the domain carries its reason; its words are the domain's copy, in this language.
  if (error.reason) return t(`refusals.${error.reason}`);
  // The API writes its details in Chinese (often "中文 / English"); anything else is a
  // framework default that a user should not have to read.
  const text = error.detail || error.title;
  if (text && /[\u4e00-\u9fff]/.test(text)) return localizeBilingual(text);
  const byStatus: Record<number, string> = {
    400: t('errors.invalid'),
    403: t('errors.forbidden'),
    404: t('errors.notFound'),
    422: t('errors.notAllowed'),
  };
  return byStatus[error.status] ?? t('errors.unknown');
}
