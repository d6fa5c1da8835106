import { type TArrangementInput, type TCalendarPreview, ZArrangementInput } from '@sp/domain';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useApplyArrangement, usePreviewArrangement } from '../api/calendar-changes';
import { MovesList } from './moves-list';

type Values = Omit<TArrangementInput, 'year'>;

/**
 * A year's State Council arrangement as a table (holiday, from, to; make-up working days),
 * checked with the domain's ZArrangementInput. "Preview" lists the open deadlines it would move;
 * only then can it be saved.
 */
export function ArrangementForm({ year, initial }: { year: number; initial: Values }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [preview, setPreview] = useState<{ input: TArrangementInput; result: TCalendarPreview } | null>(null);
  const [issues, setIssues] = useState<string[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const previewArrangement = usePreviewArrangement();
  const apply = useApplyArrangement();
  const error = previewArrangement.error ?? apply.error;

  const onPreview = async (values: Values) => {
    const parsed = ZArrangementInput.safeParse({ ...values, year });
    if (!parsed.success) {
      setIssues(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
      return;
    }
    setIssues([]);
    setPreview({ input: parsed.data, result: await previewArrangement.mutateAsync(parsed.data) });
  };

  const onSave = async () => {
    if (!preview) return;
    const result = await apply.mutateAsync(preview.input);
    setPreview(null);
    setSaved(result.recomputedCases);
  };

  return (
    <Form
      form={form}
      className="sp-office-form"
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void onPreview(v).catch(() => undefined)}
      onValuesChange={() => {
        setPreview(null);
        setSaved(null);
      }}
      data-testid="arrangement-form"
    >
      <Form.Item name="documentNumber" label={t('office.calendar.documentNumber')}>
        <Input maxLength={60} />
      </Form.Item>
      <h3 className="sp-office-subheading">{t('office.calendar.holidays')}</h3>
      <Form.List name="holidays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <div key={f.key} className="sp-row-fields" data-testid="holiday-row">
                <Form.Item
                  name={[f.name, 'name']}
                  label={t('office.calendar.holidayName')}
                  rules={[{ required: true }]}
                >
                  <Input maxLength={20} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'from']}
                  label={t('office.calendar.from')}
                  rules={[{ required: true }]}
                >
                  <Input type="date" />
                </Form.Item>
                <Form.Item name={[f.name, 'to']} label={t('office.calendar.to')} rules={[{ required: true }]}>
                  <Input type="date" />
                </Form.Item>
                <Button onClick={() => remove(f.name)} className="sp-row-fields__remove">
                  {t('office.calendar.remove')}
                </Button>
              </div>
            ))}
            <Button onClick={() => add({ name: '', from: '', to: '' })} data-testid="add-holiday">
              {t('office.calendar.addHoliday')}
            </Button>
          </>
        )}
      </Form.List>
      <h3 className="sp-office-subheading">{t('office.calendar.makeups')}</h3>
      <Form.List name="makeupWorkdays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <div key={f.key} className="sp-row-fields" data-testid="makeup-row">
                <Form.Item
                  name={[f.name, 'date']}
                  label={t('office.calendar.makeupDate')}
                  rules={[{ required: true }]}
                >
                  <Input type="date" />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'for']}
                  label={t('office.calendar.makeupFor')}
                  rules={[{ required: true }]}
                >
                  <Input maxLength={20} />
                </Form.Item>
                <Button onClick={() => remove(f.name)}>{t('office.calendar.remove')}</Button>
              </div>
            ))}
            <Button onClick={() => add({ date: '', for: '' })} data-testid="add-makeup">
              {t('office.calendar.addMakeup')}
            </Button>
          </>
        )}
      </Form.List>
      {issues.length > 0 && (
        <ul className="sp-error-text" role="alert">
          {issues.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="sp-error-text" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <div className="sp-actions">
        <Button htmlType="submit" loading={previewArrangement.isPending} data-testid="preview-arrangement">
          {t('office.calendar.preview')}
        </Button>
      </div>
      <p role="status" className="sp-status-text" data-testid="arrangement-status">
        {saved === null ? '' : t('office.calendar.savedMoves', { n: saved })}
      </p>
      {preview && (
        <section aria-label={t('office.calendar.movesTitle')} data-testid="arrangement-preview">
          <h3 className="sp-office-subheading">{t('office.calendar.movesTitle')}</h3>
          <MovesList moves={preview.result.moves} />
          <Button
            type="primary"
            onClick={() => void onSave().catch(() => undefined)}
            loading={apply.isPending}
            data-testid="save-arrangement"
          >
            {t('office.calendar.confirm')}
          </Button>
        </section>
      )}
    </Form>
  );
}
