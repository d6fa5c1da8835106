import {
  DEADLINE_BASES,
  en,
  INSTRUMENTS,
  OVERDUE_POLICIES,
  type TOfficeProfile,
  ZOfficeProfileUpdate,
  zhCN,
} from '@sp/domain';
import { Button, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useSaveAdminSettings } from '../api/admin-settings';

// The domain's names of instruments, bases and policies (not in the web's first-load copy).
const domainTerms = () => (currentLanguage() === 'en' ? en : zhCN);

function PeriodFields({ name, label }: { name: (string | number)[]; label: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="sp-row-fields">
      <legend>{label}</legend>
      <Form.Item name={[...name, 'basis']} label={t('office.profile.basis')}>
        <Select options={DEADLINE_BASES.map((b) => ({ value: b, label: domainTerms().deadlineBases[b] }))} />
      </Form.Item>
      <Form.Item name={[...name, 'days']} label={t('office.profile.days')}>
        <InputNumber min={1} max={90} />
      </Form.Item>
    </fieldset>
  );
}

/** The office profile form: names, instruments (title, prefix, default period), policies. */
export function ProfileForm({ profile }: { profile: TOfficeProfile }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TOfficeProfile>();
  const save = useSaveAdminSettings();
  const [saved, setSaved] = useState(false);
  const year = new Date().getFullYear();

  const onFinish = async (values: TOfficeProfile) => {
    const parsed = ZOfficeProfileUpdate.safeParse(values);
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((i) => ({ name: i.path as never, errors: [i.message] })));
      return;
    }
    try {
      setSaved(false);
      await save.mutateAsync(parsed.data);
      setSaved(true);
    } catch (error) {
      if (isApiError(error))
        form.setFields(
          error.fieldErrors.map((i) => ({ name: i.path.split('.') as never, errors: [i.message] })),
        );
    }
  };

  return (
    <Form
      form={form}
      className="sp-office-form"
      layout="vertical"
      initialValues={profile}
      onFinish={(v) => void onFinish(v)}
      data-testid="profile-form"
    >
      <h3 className="sp-office-subheading">{t('office.profile.names')}</h3>
      <div className="sp-form-grid">
        <Form.Item
          name="authorityName"
          label={t('office.profile.authorityName')}
          extra={t('office.profile.authorityHint')}
          rules={[{ required: true }]}
        >
          <Input maxLength={60} data-testid="authority-name" />
        </Form.Item>
        <Form.Item
          name="centerName"
          label={t('office.profile.centerName')}
          extra={t('office.profile.centerHint')}
          rules={[{ required: true }]}
        >
          <Input maxLength={60} data-testid="center-name" />
        </Form.Item>
        <Form.Item
          name="governmentName"
          label={t('office.profile.governmentName')}
          extra={t('office.profile.governmentHint')}
          rules={[{ required: true }]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </div>
      <h3 className="sp-office-subheading">{t('office.profile.instruments')}</h3>
      {INSTRUMENTS.map((i) => (
        <fieldset key={i} className="sp-instrument" data-testid={`instrument-${i}`}>
          <legend>{domainTerms().instruments[i]}</legend>
          <Form.Item name={['instruments', i, 'enabled']} valuePropName="checked">
            <Checkbox>{t('office.profile.enabled')}</Checkbox>
          </Form.Item>
          <div className="sp-form-grid">
            <Form.Item name={['instruments', i, 'title']} label={t('office.profile.instrumentTitle')}>
              <Input maxLength={40} data-testid={`instrument-title-${i}`} />
            </Form.Item>
            <Form.Item
              name={['instruments', i, 'numberPrefix']}
              label={t('office.profile.numberPrefix')}
              extra={t('office.profile.numberExample', {
                example: `${form.getFieldValue(['instruments', i, 'numberPrefix']) ?? profile.instruments[i].numberPrefix}〔${year}〕1号`,
              })}
            >
              <Input maxLength={12} />
            </Form.Item>
          </div>
          <PeriodFields name={['instruments', i, 'deadline']} label={t('office.profile.deadline')} />
        </fieldset>
      ))}
      <h3 className="sp-office-subheading">{t('office.profile.policies')}</h3>
      <Form.Item name="overduePolicy" label={t('office.profile.overduePolicy')}>
        <Select
          options={OVERDUE_POLICIES.map((p) => ({ value: p, label: domainTerms().overduePolicies[p] }))}
        />
      </Form.Item>
      <PeriodFields name={['objectionWindow']} label={t('office.profile.objectionWindow')} />
      <PeriodFields name={['answerPeriod']} label={t('office.profile.answerPeriod')} />
      {save.error && !isApiError(save.error) ? (
        <p className="sp-error-text">{errorMessage(save.error)}</p>
      ) : null}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-profile">
        {t('office.profile.save')}
      </Button>
      <p role="status" className="sp-status-text" data-testid="profile-status">
        {saved ? t('office.profile.saved') : ''}
      </p>
    </Form>
  );
}
