import type { TAttachment } from '@sp/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignees } from '../../features/cases/api/get-assignees';
import { type ChosenOfficer, OfficerPicker } from '../../features/registry/components/case-officers-card';
import { useUnits } from '../../features/units/api/get-units';
import { formatFileSize } from '../../lib/format';
import { CheckboxField, CheckboxGroupField, RadioGroupField, SelectField } from '../form/choice-fields';
import { FormFieldset } from '../form/form-field';
import { IntegerField } from '../form/integer-field';
import { TextAreaField, TextField } from '../form/text-fields';
import type { FieldSpec } from '../form/zod-fields';
import { choiceLabel, fieldHint, fieldLabel } from './field-copy';

type Props = {
  spec: FieldSpec;
  id: string;
  action?: string;
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
  attachments: TAttachment[];
};

/** One form control chosen from a field's zod kind. */
export function GeneratedField({ spec, id, action, value, error, onChange, attachments }: Props) {
  const { t } = useTranslation();
  const common = {
    id,
    label: fieldLabel(spec.name, action),
    hint: fieldHint(spec.name, action),
    error,
    required: spec.required,
  };
  switch (spec.kind) {
    case 'text':
      return (
        <TextField {...common} value={String(value ?? '')} onChange={onChange} maxLength={spec.maxLength} />
      );
    case 'textarea':
      return (
        <TextAreaField
          {...common}
          value={String(value ?? '')}
          onChange={onChange}
          maxLength={spec.maxLength}
          rows={spec.maxLength !== undefined && spec.maxLength <= 2000 ? 3 : 5}
        />
      );
    case 'integer':
      return (
        <IntegerField
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
          min={spec.min}
          max={spec.max}
        />
      );
    case 'choice':
      return (
        <RadioGroupField
          {...common}
          value={String(value ?? '')}
          onChange={onChange}
          choices={(spec.options ?? []).map((o) => ({ value: o, label: choiceLabel(spec.name, o) }))}
        />
      );
    case 'datetime':
      return <TextField {...common} type="datetime-local" value={String(value ?? '')} onChange={onChange} />;
    case 'date':
      return <TextField {...common} type="date" value={String(value ?? '')} onChange={onChange} />;
    case 'officers':
      return (
        <FormFieldset {...common}>
          <OfficersInput id={id} onChange={onChange} />
        </FormFieldset>
      );
    case 'unit':
      return <UnitPicker {...common} value={String(value ?? '')} onChange={onChange} />;
    case 'assignee':
      return <AssigneePicker {...common} value={String(value ?? '')} onChange={onChange} />;
    case 'boolean':
      return <CheckboxField {...common} checked={value === true} onChange={onChange} />;
    case 'attachments':
      if (attachments.length === 0) {
        return (
          <FormFieldset {...common}>
            <p className="sp-muted" id={id} tabIndex={-1}>
              {t('attachments.empty')}
            </p>
          </FormFieldset>
        );
      }
      return (
        <CheckboxGroupField
          {...common}
          values={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
          choices={attachments.map((a) => ({
            value: a.id,
            label: `${a.fileName}（${formatFileSize(a.size)}）`,
          }))}
        />
      );
  }
}

type PickerProps = {
  id: string;
  label: string;
  hint: string;
  error?: string;
  required: boolean;
  value: string;
  onChange: (value: string) => void;
};

/** Registry officers picked by name or 执法证号; the form holds their ids. */
function OfficersInput({ id, onChange }: { id: string; onChange: (ids: string[]) => void }) {
  const [chosen, setChosen] = useState<ChosenOfficer[]>([]);
  return (
    <OfficerPicker
      idPrefix={id}
      chosen={chosen}
      onChange={(next) => {
        setChosen(next);
        onChange(next.map((o) => o.id));
      }}
    />
  );
}

/** The active enforcement units (an inactive unit takes no case). */
function UnitPicker(props: PickerProps) {
  const { t } = useTranslation();
  const units = useUnits({ activeOnly: true });
  return (
    <SelectField
      {...props}
      placeholder={t('common.choose')}
      choices={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}

/** The center's people this user may make 承办人 (staff: only themselves). */
function AssigneePicker(props: PickerProps) {
  const { t } = useTranslation();
  const people = useAssignees();
  return (
    <SelectField
      {...props}
      placeholder={t('common.choose')}
      choices={(people.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}
