import { STORED_OFFICER_STATUSES, type TOfficer, ZOfficerStatusRequest } from '@sp/domain';
import { Button } from 'antd';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextAreaField } from '../../../components/form/text-fields';
import { useZodForm } from '../../../components/form/use-zod-form';
import { QueryView } from '../../../components/status-views';
import { isApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useChangeOfficerStatus, useOfficerHistory } from '../api/officers';

/** 变更状态 (暂扣 / 恢复 / 注销, with a reason) and the certificate's history of decisions. */
export function OfficerStatusPanel({ officer, onChanged }: { officer: TOfficer; onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useChangeOfficerStatus();
  const history = useOfficerHistory(officer.id);
  const form = useZodForm({
    schema: ZOfficerStatusRequest,
    initialValues: { status: officer.storedStatus, reason: '' },
  });
  const status = (s: string) => t(`registry.terms.officerStatuses.${s as 'VALID'}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      await change.mutateAsync({ id: officer.id, body });
      form.reset({ status: body.status, reason: '' });
      onChanged();
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, ['status', 'reason']);
    }
  };

  return (
    <>
      <form
        noValidate
        onSubmit={submit}
        aria-label={t('registry.officers.changeStatus')}
        data-testid="officer-status-form"
      >
        <ErrorSummary
          items={
            form.errors.reason
              ? [
                  {
                    fieldId: 'status-reason',
                    label: t('registry.officers.reason'),
                    message: form.errors.reason,
                  },
                ]
              : []
          }
          general={form.generalError}
          summaryRef={form.summaryRef}
        />
        <SelectField
          id="status-status"
          label={t('registry.officers.newStatus')}
          hint={t('registry.officers.expiredHint')}
          required
          value={String(form.values.status)}
          onChange={(v) => form.setValue('status', v)}
          choices={STORED_OFFICER_STATUSES.map((s) => ({ value: s, label: status(s) }))}
        />
        <TextAreaField
          id="status-reason"
          label={t('registry.officers.reason')}
          required
          rows={2}
          maxLength={2000}
          value={String(form.values.reason)}
          error={form.errors.reason}
          onChange={(v) => form.setValue('reason', v)}
        />
        <Button
          type="primary"
          htmlType="submit"
          loading={change.isPending}
          data-testid="officer-status-submit"
        >
          {t('registry.officers.changeStatus')}
        </Button>
      </form>
      <h3 className="sp-reg-subheading">{t('registry.officers.history')}</h3>
      <QueryView query={history}>
        {(rows) => (
          <ol className="sp-timeline-simple" data-testid="officer-history">
            {rows.map((r) => (
              <li key={r.id}>
                <time>{formatDateTime(r.at)}</time> {r.fromStatus ? `${status(r.fromStatus)} → ` : ''}
                {status(r.toStatus)} · {r.reason}
                {r.changedBy ? ` · ${r.changedBy.displayName}` : ''}
              </li>
            ))}
          </ol>
        )}
      </QueryView>
    </>
  );
}
