import { InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { FormField } from './form-field';

type Common = { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean };

type IntegerProps = Common & {
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
};

/** A whole number. Out-of-range input is reported by validation, never silently clamped. */
export function IntegerField({ value, onChange, min, max, ...field }: IntegerProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <InputNumber
          {...control}
          name={field.id}
          value={value}
          aria-valuemin={min}
          aria-valuemax={max}
          precision={0}
          inputMode="numeric"
          status={field.error ? 'error' : undefined}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      )}
    </FormField>
  );
}
