import type { FormValues } from '../../../components/form/use-zod-form';

/** Field order (for the error summary) and which copy each form field uses. */
export function registrationFields(withReporter: boolean, withSource: boolean) {
  const names = [
    ...(withSource ? ['source'] : []),
    'unitId',
    'title',
    'description',
    'occurredAt',
    ...(withReporter ? ['reporter.anonymous', 'reporter.name', 'reporter.phone'] : []),
  ];
  const copy: Record<string, string> = {
    'reporter.name': 'reporterName',
    'reporter.phone': 'reporterPhone',
    'reporter.anonymous': 'reporterAnonymous',
  };
  return { names, copy };
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Form values → the body of POST /api/cases (a date becomes the start of that day in China). */
export function toCreateCaseInput(withReporter: boolean) {
  return (values: FormValues) => {
    const date = text(values.occurredAt);
    const anonymous = values['reporter.anonymous'] === true;
    const name = text(values['reporter.name']);
    const phone = text(values['reporter.phone']);
    const reporter =
      withReporter && (anonymous || name || phone)
        ? { name: anonymous ? undefined : name, phone, anonymous: anonymous || undefined }
        : undefined;
    return {
      source: text(values.source),
      title: text(values.title),
      description: text(values.description),
      unitId: text(values.unitId),
      occurredAt: date ? `${date}T00:00:00+08:00` : undefined,
      reporter,
    };
  };
}
