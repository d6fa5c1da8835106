import { Input } from 'antd';
import type { ReactNode } from 'react';
import { FormField } from './form-field';

type Common = { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean };

type TextProps = Common & {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  type?: 'text' | 'password' | 'tel' | 'email' | 'date' | 'datetime-local' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric';
  size?: 'middle' | 'large';
};

export function TextField({
  value,
  onChange,
  maxLength,
  type = 'text',
  autoComplete,
  inputMode,
  size,
  ...field
}: TextProps) {
  return (
    <FormField {...field}>
      {(control) => {
        const props = {
          ...control,
          name: field.id,
          value,
          maxLength,
          autoComplete,
          inputMode,
          size,
          status: field.error ? ('error' as const) : undefined,
          onChange: (e: { target: { value: string } }) => onChange(e.target.value),
        };
        return type === 'password' ? <Input.Password {...props} /> : <Input {...props} type={type} />;
      }}
    </FormField>
  );
}

type TextAreaProps = Common & {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  rows?: number;
};

export function TextAreaField({ value, onChange, maxLength, rows = 4, ...field }: TextAreaProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <Input.TextArea
          {...control}
          name={field.id}
          value={value}
          maxLength={maxLength}
          showCount={maxLength !== undefined && maxLength <= 2000}
          autoSize={{ minRows: rows, maxRows: 16 }}
          status={field.error ? 'error' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}
