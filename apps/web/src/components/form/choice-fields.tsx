import { Checkbox, Radio } from 'antd';
import type { ReactNode } from 'react';
import { FormField, FormFieldset } from './form-field';

type Common = { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean };
export type Choice = { value: string; label: ReactNode };

type SelectProps = Common & {
  value: string;
  onChange: (value: string) => void;
  choices: Choice[];
  placeholder?: string;
};

/** A native select: keyboard- and screen-reader-friendly, and the phone's own picker. */
export function SelectField({ value, onChange, choices, placeholder, ...field }: SelectProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <select
          {...control}
          name={field.id}
          className={field.error ? 'sp-select sp-select--error' : 'sp-select'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

type RadioProps = Common & { value: string; onChange: (value: string) => void; choices: Choice[] };

/** Radios in a fieldset; the first radio carries the field id, so the error summary can focus it. */
export function RadioGroupField({ value, onChange, choices, ...field }: RadioProps) {
  return (
    <FormFieldset {...field}>
      <div className="sp-choices">
        {choices.map((c, i) => (
          <Radio
            key={c.value}
            id={i === 0 ? field.id : `${field.id}-${c.value}`}
            name={field.id}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          >
            {c.label}
          </Radio>
        ))}
      </div>
    </FormFieldset>
  );
}

type CheckboxProps = Common & { checked: boolean; onChange: (checked: boolean) => void };

export function CheckboxField({ checked, onChange, ...field }: CheckboxProps) {
  return (
    <div className={field.error ? 'sp-field sp-field--error' : 'sp-field'}>
      <Checkbox id={field.id} name={field.id} checked={checked} onChange={(e) => onChange(e.target.checked)}>
        {field.label}
      </Checkbox>
      {field.hint ? <div className="sp-field__hint">{field.hint}</div> : null}
    </div>
  );
}

type CheckboxGroupProps = Common & {
  values: string[];
  onChange: (values: string[]) => void;
  choices: Choice[];
};

export function CheckboxGroupField({ values, onChange, choices, ...field }: CheckboxGroupProps) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <FormFieldset {...field}>
      <div className="sp-choices sp-choices--stacked">
        {choices.map((c, i) => (
          <Checkbox
            key={c.value}
            id={i === 0 ? field.id : `${field.id}-${c.value}`}
            name={field.id}
            checked={values.includes(c.value)}
            onChange={(e) => toggle(c.value, e.target.checked)}
          >
            {c.label}
          </Checkbox>
        ))}
      </div>
    </FormFieldset>
  );
}
