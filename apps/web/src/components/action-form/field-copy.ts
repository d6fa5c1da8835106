import i18next from 'i18next';

// Labels and hints for fields named by a schema at run time. The words of every action's payload
// fields come from the domain's copy modules (@sp/domain copy/: fields, actionFields, choices),
// which the i18n resources include, so a new payload field needs no edit here. A field nobody
// wrote copy for shows its own name rather than nothing.
const t = (key: string, fallback = ''): string => (i18next.exists(key) ? i18next.t(key as never) : fallback);

export function fieldLabel(name: string, action?: string): string {
  const override = action ? t(`actionFields.${action}.${name}`) : '';
  return override || t(`fields.${name}.label`, name);
}

export function fieldHint(name: string, action?: string): string {
  const override = action ? t(`actionHints.${action}.${name}`) : '';
  return override || t(`fields.${name}.hint`);
}

export function choiceLabel(name: string, option: string): string {
  return t(`choices.${name}.${option}`, option);
}
