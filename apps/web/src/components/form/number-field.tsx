import { InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { FormField } from './form-field';

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  step?: number;
};

/** A number with a step (half points in 案卷评查); out-of-range input is left to validation. */
export function NumberField({ value, onChange, min, max, step = 0.5, ...field }: Props) {
  return (
    <FormField {...field}>
      {(control) => (
        <InputNumber
          {...control}
          name={field.id}
          value={value}
          step={step}
          aria-valuemin={min}
          aria-valuemax={max}
          inputMode="decimal"
          status={field.error ? 'error' : undefined}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      )}
    </FormField>
  );
}
