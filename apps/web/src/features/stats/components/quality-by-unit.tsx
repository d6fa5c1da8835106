import type { TStats } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/section-card';
import './dashboard.css';

// 举报案件查处率 beside 案卷评查合格率 (as 广东 reports them), and the cases citing an officer
// without a valid 执法证 on the act's date — overall and per unit. The rules are the domain's.

function rate(value: number | null, none: string) {
  return value === null ? none : `${Math.round(value * 1000) / 10}%`;
}

export function QualityByUnit({ stats }: { stats: TStats }) {
  const { t } = useTranslation();
  const none = t('registry.quality.noRate');
  const tiles = [
    {
      key: 'reportHandlingRate',
      label: t('registry.quality.reportHandlingRate'),
      value: rate(stats.reportHandlingRate, none),
    },
    {
      key: 'reviewPassRate',
      label: t('registry.quality.reviewPassRate'),
      value: rate(stats.reviewPassRate, none),
    },
    {
      key: 'uncertifiedOfficerCases',
      label: t('registry.quality.uncertifiedOfficerCases'),
      value: stats.uncertifiedOfficerCases,
      tone: stats.uncertifiedOfficerCases > 0 ? 'danger' : undefined,
    },
  ];
  return (
    <SectionCard title={t('registry.quality.title')} testId="stats-quality">
      <ul className="sp-tiles">
        {tiles.map((tile) => (
          <li
            key={tile.key}
            className={`sp-tile${tile.tone ? ` sp-tile--${tile.tone}` : ''}`}
            data-testid={`stat-${tile.key}`}
          >
            <span className="sp-tile__label">{tile.label}</span>
            <span className="sp-tile__value">{tile.value}</span>
          </li>
        ))}
      </ul>
      <div className="sp-table-scroll">
        <table className="sp-simple-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.unit')}</th>
              <th scope="col">{t('registry.quality.reportHandlingRate')}</th>
              <th scope="col">{t('registry.quality.reviewPassRate')}</th>
              <th scope="col">{t('registry.quality.uncertifiedShort')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.qualityByUnit.map((u) => (
              <tr key={u.unitId}>
                <th scope="row">{u.unitName}</th>
                <td>
                  {rate(u.reportHandlingRate, none)}
                  <span className="sp-muted">
                    {' '}
                    ({u.reportsWithFinding}/{u.reportsConcluded})
                  </span>
                </td>
                <td>
                  {rate(u.reviewPassRate, none)}
                  <span className="sp-muted">
                    {' '}
                    ({u.reviewFilesPassed}/{u.reviewFilesGraded})
                  </span>
                </td>
                <td className={u.uncertifiedOfficerCases > 0 ? 'sp-cell--danger' : undefined}>
                  {u.uncertifiedOfficerCases}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sp-muted">{t('registry.quality.definitions')}</p>
    </SectionCard>
  );
}
