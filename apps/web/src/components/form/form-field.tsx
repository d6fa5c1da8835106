import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './form.css';

export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <div className="sp-field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="sp-field__error" id={`${id}-error`}>
          <span className="sp-visually-hidden">{t('errors.prefix')}</span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled control with its hint and error tied to it through aria-describedby. */
export function FormField({ id, label, hint, error, required = false, children }: FieldProps) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'sp-field sp-field--error' : 'sp-field'}>
      <label className="sp-field__label" htmlFor={id}>
        {label}
        {!required && <span className="sp-field__optional">{t('common.optional')}</span>}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({
        id,
        'aria-describedby': describedBy(id, hint, error),
        'aria-invalid': error ? true : undefined,
        'aria-required': required || undefined,
      })}
    </div>
  );
}

type FieldsetProps = Omit<FieldProps, 'children'> & { children: ReactNode };

/** A group of radios or checkboxes: fieldset + legend, hint and error described on the group. */
export function FormFieldset({ id, label, hint, error, required = false, children }: FieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset
      className={error ? 'sp-field sp-fieldset sp-field--error' : 'sp-field sp-fieldset'}
      aria-describedby={describedBy(id, hint, error)}
      id={`${id}-group`}
    >
      <legend className="sp-field__label">
        {label}
        {!required && <span className="sp-field__optional">{t('common.optional')}</span>}
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}
