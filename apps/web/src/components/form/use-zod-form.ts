import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { type ApiError, fieldKey } from '../../lib/api-error';
import { errorMessage } from '../../lib/error-message';
import { issueMessage } from './issue-message';
import type { FieldSpec } from './zod-fields';

export type FormValues = Record<string, unknown>;
export type FormErrors = Record<string, string>;

/** Flat form values (`reporter.name`) → the nested object a schema expects; blanks → undefined. */
export function toSchemaInput(values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, raw] of Object.entries(values)) {
    const value = raw === '' || raw === null ? undefined : raw;
    if (value === undefined) continue;
    const keys = path.split('.');
    let target = out;
    for (const key of keys.slice(0, -1)) {
      target[key] = (target[key] as Record<string, unknown> | undefined) ?? {};
      target = target[key] as Record<string, unknown>;
    }
    target[keys[keys.length - 1] as string] = value;
  }
  return out;
}

type Options<S extends z.ZodType> = {
  schema: S;
  initialValues: FormValues;
  /** Field specs, for range messages; optional. */
  specs?: FieldSpec[];
  /** Builds the schema's input from the form values (default: toSchemaInput). */
  toInput?: (values: FormValues) => unknown;
  /**
   * Cross-field rules to report together with the field errors. (zod runs an object's
   * refinements only once its fields are valid; users should see every problem at once.)
   */
  check?: (values: FormValues) => FormErrors;
};

/**
 * Form state validated by a zod schema: values, per-field errors (keyed by dotted path), a
 * general error, and a summary that takes focus when a submit fails (GOV.UK pattern).
 */
export function useZodForm<S extends z.ZodType>({
  schema,
  initialValues,
  specs,
  toInput = toSchemaInput,
  check,
}: Options<S>) {
  const [values, setValues] = useState<FormValues>(initialValues);
  const [errors, setErrors] = useState<FormErrors>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const setValue = useCallback((name: string, value: unknown) => {
    setValues((old) => ({ ...old, [name]: value }));
  }, []);

  const validate = useCallback((): z.output<S> | null => {
    const result = schema.safeParse(toInput(values));
    const extra = check?.(values) ?? {};
    if (result.success && Object.keys(extra).length === 0) {
      setErrors({});
      setGeneralError(null);
      return result.data;
    }
    const next: FormErrors = { ...extra };
    for (const issue of result.success ? [] : result.error.issues) {
      const key = issue.path.map(String).join('.');
      const spec = specs?.find((s) => s.name === key);
      if (!next[key]) next[key] = issueMessage(issue, spec);
    }
    setErrors(next);
    setGeneralError(null);
    setFocusTick((n) => n + 1);
    return null;
  }, [schema, toInput, values, specs, check]);

  /** Shows an API failure: field errors next to their fields, the rest in the summary. */
  const showServerError = useCallback((error: ApiError, knownFields: string[]) => {
    const next: FormErrors = {};
    for (const fe of error.fieldErrors) {
      const key = fieldKey(fe.path);
      const match = knownFields.find((f) => f === key || key.endsWith(`.${f}`));
      if (match && !next[match])
        next[match] = issueMessage({ code: 'custom', message: fe.message, path: [] } as never);
    }
    setErrors(next);
    setGeneralError(Object.keys(next).length > 0 && error.status === 400 ? null : errorMessage(error));
    setFocusTick((n) => n + 1);
  }, []);

  const reset = useCallback(
    (next?: FormValues) => {
      setValues(next ?? initialValues);
      setErrors({});
      setGeneralError(null);
    },
    [initialValues],
  );

  return { values, setValue, setValues, errors, generalError, validate, showServerError, reset, summaryRef };
}

export type ZodForm = ReturnType<typeof useZodForm>;
