import type { TFunction } from 'i18next';
import type { FormEvent } from 'react';
import type { SummaryItem } from '../../components/form/error-summary';
import type { ZodForm } from '../../components/form/use-zod-form';
import { isApiError } from '../../lib/api-error';

/** i18n roots whose fields each have `{ label, hint }`. */
type FieldsRoot = 'administration.users' | 'administration.units' | 'account';

/**
 * The props every field of an administration form shares (id, label, hint, error), and the
 * error summary's items, from one list of field names.
 */
export function formFields(form: ZodForm, t: TFunction, idPrefix: string, root: FieldsRoot) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const label = (name: string) => t(`${root}.${name}.label` as 'account.newPassword.label');
  const field = (name: string, required = false) => ({
    id: id(name),
    label: label(name),
    hint: t(`${root}.${name}.hint` as 'account.newPassword.hint') || undefined,
    error: form.errors[name],
    required,
  });
  const summary = (names: string[]): SummaryItem[] =>
    names
      .filter((n) => form.errors[n])
      .map((n) => ({ fieldId: id(n), label: label(n), message: form.errors[n] ?? '' }));
  const text = (name: string) => String(form.values[name] ?? '');
  return { field, summary, text };
}

/** The submit every form here shares: validate, save, and show the API's refusal by its fields. */
export function submitWith<T>(form: ZodForm, fields: string[], save: (body: T) => Promise<unknown>) {
  return async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate() as T | null;
    if (!body) return;
    try {
      await save(body);
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, fields);
    }
  };
}
