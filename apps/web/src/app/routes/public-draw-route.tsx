import type { TPublicDraw } from '@sp/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailList } from '../../components/section-card';
import { QueryView } from '../../components/status-views';
import { usePublicDraw } from '../../features/reviews/api/campaigns';
import { formatDateTime } from '../../lib/format';
import '../../features/public/components/public.css';
import { usePublicOffice } from '../../features/office/api/get-public-office';
import '../../features/reviews/components/reviews.css';

/** 抽取结果公示 (no login): seed, commitment, inputs and result, for anyone to recompute. */
export default function PublicDrawRoute() {
  const { t } = useTranslation();
  const { centerName } = usePublicOffice();
  const { id = '' } = useParams();
  const draw = usePublicDraw(id);
  useEffect(() => {
    document.title = `${t('registry.publicDraw.title')} - ${centerName}`;
  }, [t, centerName]);
  return (
    <>
      <h1 className="sp-public-title">{t('registry.publicDraw.title')}</h1>
      <p className="sp-public-intro">{t('registry.publicDraw.intro')}</p>
      <QueryView query={draw}>{(d) => <PublishedDraw draw={d} />}</QueryView>
    </>
  );
}

function PublishedDraw({ draw: d }: { draw: TPublicDraw }) {
  const { t } = useTranslation();
  const l = (key: string) => t(`registry.campaign.${key}` as 'registry.campaign.seed');
  const fileNumber = new Map(d.inputs.units.flatMap((u) => u.files.map((f) => [f.id, f.number] as const)));
  const unitName = new Map(d.inputs.units.map((u) => [u.id, u.name]));
  const reviewerName = new Map(d.inputs.reviewers.map((r) => [r.id, r.name]));
  return (
    <>
      <section className="sp-panel" aria-label={d.campaignTitle} data-testid="public-draw">
        <h2>{d.campaignTitle}</h2>
        <DetailList
          items={[
            { label: l('commitment'), value: <code className="sp-mono">{d.seedCommitment}</code> },
            { label: l('seed'), value: <code className="sp-mono">{d.seed}</code> },
            { label: t('registry.publicDraw.observer'), value: d.inputs.observerValue || '—' },
            { label: l('finalSeed'), value: <code className="sp-mono">{d.finalSeed}</code> },
            { label: l('drawnAt'), value: formatDateTime(d.drawnAt) },
          ]}
        />
        <p className="sp-muted">{t('registry.publicDraw.verify')}</p>
      </section>
      <section className="sp-panel" aria-labelledby="draw-result-title">
        <h2 id="draw-result-title">{l('result')}</h2>
        <ul className="sp-plain-list" data-testid="public-draw-result">
          {d.result.files.map((f) => (
            <li key={f.fileId}>
              {unitName.get(f.unitId)} · {fileNumber.get(f.fileId)} —{' '}
              {f.reviewerIds.map((r) => reviewerName.get(r)).join('、')}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
