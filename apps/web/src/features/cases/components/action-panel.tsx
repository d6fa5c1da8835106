import { type ActionName, canReadBenchmarks, type TAttachment, type TCase, type TUser } from '@sp/domain';
import { Alert, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { ActionForm, chinaLocal } from '../../../components/action-form/action-form';
import type { FormValues } from '../../../components/form/use-zod-form';
import { SectionCard } from '../../../components/section-card';
import { isApiError } from '../../../lib/api-error';
import { BenchmarkCitePicker } from '../../registry/components/benchmark-cite-picker';
import { usePerformAction } from '../api/perform-action';
import './action-panel.css';

type Props = {
  caseData: TCase;
  attachments: TAttachment[];
  /** Show only these of the case's allowed actions (a focused page, e.g. 待签发). */
  only?: ActionName[];
  initialValues?: Partial<Record<ActionName, FormValues>>;
  title?: string;
  intro?: ReactNode;
  /** The action whose form is open at first (when it is allowed). */
  defaultOpen?: ActionName;
  onDone?: (action: ActionName, updated: TCase) => void;
};

/**
 * Exactly the actions the server says this user may take now (`allowedActions`), each opening
 * its form generated from the action's zod payload schema.
 */
export function ActionPanel({
  caseData,
  attachments,
  only,
  initialValues,
  title,
  intro,
  defaultOpen,
  onDone,
}: Props) {
  const { t } = useTranslation();
  const me = useRouteLoaderData('app') as TUser | undefined;
  // The center cites 裁量基准 in a legal basis (the notice form): the text field stays the payload.
  const citesBenchmarks =
    me !== undefined && canReadBenchmarks({ kind: 'user', id: me.id, role: me.role, unitId: me.unitId });
  const perform = usePerformAction();
  const [open, setOpen] = useState<ActionName | null>(defaultOpen ?? null);
  const [done, setDone] = useState<ActionName | null>(null);
  const [stale, setStale] = useState(false);
  const actions = caseData.allowedActions.filter((a) => a !== 'refer_overdue' && (!only || only.includes(a)));
  const current = open && actions.includes(open) ? open : null;
  // 更正登记信息 starts from the case as registered; only what differs is recorded as changed.
  const amendFrom: FormValues = {
    unitId: caseData.unitId,
    title: caseData.title,
    description: caseData.description,
    source: caseData.source,
    occurredAt: caseData.occurredAt ? chinaLocal(caseData.occurredAt) : '',
  };

  const submit = async (action: ActionName, payload: Record<string, unknown>) => {
    setStale(false);
    try {
      const updated = await perform.mutateAsync({
        caseId: caseData.id,
        action,
        version: caseData.version,
        payload,
      });
      setDone(action);
      setOpen(null);
      onDone?.(action, updated);
    } catch (error) {
      if (isApiError(error) && error.status === 409) setStale(true);
      throw error;
    }
  };

  return (
    <SectionCard title={title ?? t('actionPanel.title')} testId="action-panel" className="sp-action-panel">
      {intro}
      {stale && !current && (
        <Alert type="warning" showIcon role="alert" title={t('errors.stale')} className="sp-gap" />
      )}
      {done && !stale && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('actionPanel.done', { action: t(`actions.${done}`) })}
          className="sp-gap"
        />
      )}
      {actions.length === 0 ? (
        <p className="sp-muted" data-testid="no-actions">
          {t('actionPanel.none')}
        </p>
      ) : (
        <div className="sp-action-buttons">
          {actions.map((action) => (
            <Button
              key={action}
              data-testid={`action-${action}`}
              type={current === action ? 'primary' : 'default'}
              aria-expanded={current === action}
              aria-controls={current === action ? `action-form-${action}` : undefined}
              onClick={() => {
                setDone(null);
                setOpen(current === action ? null : action);
              }}
            >
              {t(`actions.${action}`)}
            </Button>
          ))}
        </div>
      )}
      {current && (
        <div id={`action-form-${current}`} className="sp-gap-top">
          <ActionForm
            key={current}
            action={current}
            attachments={attachments}
            initialValues={initialValues?.[current] ?? (current === 'amend_case' ? amendFrom : undefined)}
            submitting={perform.isPending}
            fieldAddon={
              citesBenchmarks
                ? ({ name, id, value, setValue }) =>
                    name === 'legalBasis' ? (
                      <BenchmarkCitePicker
                        fieldId={id}
                        unitId={caseData.unitId ?? ''}
                        value={String(value ?? '')}
                        onChange={setValue}
                      />
                    ) : null
                : undefined
            }
            onSubmit={(payload) => submit(current, payload)}
            onCancel={() => setOpen(null)}
          />
        </div>
      )}
    </SectionCard>
  );
}
