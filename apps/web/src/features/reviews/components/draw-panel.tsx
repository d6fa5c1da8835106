import type { TCampaign } from '@sp/domain';
import { Alert, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '../../../components/form/text-fields';
import { DetailList, SectionCard } from '../../../components/section-card';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { useDrawCampaign } from '../api/campaigns';

/** The commitment published at opening; the draw (once) with the observer's value; the revealed seed. */
export function DrawPanel({ campaign }: { campaign: TCampaign }) {
  const { t } = useTranslation();
  const draw = useDrawCampaign();
  const [observerValue, setObserverValue] = useState('');
  const [observerName, setObserverName] = useState('');
  const [failure, setFailure] = useState<{ title: string; rows: string[] } | null>(null);
  const l = (key: string) => t(`registry.campaign.${key}` as 'registry.campaign.draw');

  const submit = async () => {
    setFailure(null);
    try {
      await draw.mutateAsync({
        id: campaign.id,
        body: { observerValue: observerValue || undefined, observerName: observerName || undefined },
      });
    } catch (error) {
      const rows = isApiError(error)
        ? error.fieldErrors.map((e) => e.message.split(' / ')[0] ?? e.message)
        : [];
      setFailure({
        title: isApiError(error) && error.status === 409 ? l('drawn') : errorMessage(error),
        rows,
      });
    }
  };

  const d = campaign.draw;
  return (
    <SectionCard title={l('draw')} testId="draw-panel">
      <DetailList
        items={[
          {
            label: l('commitment'),
            value: (
              <code className="sp-commitment sp-mono" data-testid="seed-commitment">
                {campaign.seedCommitment}
              </code>
            ),
          },
        ]}
      />
      <p className="sp-muted">{l('commitmentHint')}</p>
      {d ? (
        <div className="sp-draw-facts" data-testid="draw-facts">
          <DetailList
            items={[
              {
                label: l('seed'),
                value: (
                  <code className="sp-mono" data-testid="draw-seed">
                    {d.seed}
                  </code>
                ),
              },
              { label: l('observerValue'), value: d.inputs.observerValue || '—' },
              { label: l('observerName'), value: d.observerName ?? '—' },
              { label: l('finalSeed'), value: <code className="sp-mono">{d.finalSeed}</code> },
              { label: l('drawnAt'), value: formatDateTime(d.drawnAt) },
              {
                label: l('publicLink'),
                value: <Link to={`/public/draws/${d.id}`}>{`/public/draws/${d.id}`}</Link>,
              },
            ]}
          />
        </div>
      ) : (
        <div>
          <div className="sp-form-grid">
            <TextField
              id="draw-observerValue"
              label={l('observerValue')}
              hint={l('observerValueHint')}
              value={observerValue}
              onChange={setObserverValue}
              maxLength={200}
            />
            <TextField
              id="draw-observerName"
              label={l('observerName')}
              value={observerName}
              onChange={setObserverName}
              maxLength={100}
            />
          </div>
          <Popconfirm
            title={l('drawConfirm')}
            onConfirm={submit}
            okText={l('drawSubmit')}
            cancelText={t('common.cancel')}
          >
            <Button type="primary" size="large" loading={draw.isPending} data-testid="draw-submit">
              {l('drawSubmit')}
            </Button>
          </Popconfirm>
        </div>
      )}
      {failure && (
        <Alert
          className="sp-gap-top"
          type="error"
          showIcon
          role="alert"
          title={failure.title}
          description={
            failure.rows.length > 0 ? (
              <ul className="sp-plain-list">
                {failure.rows.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </SectionCard>
  );
}
