import { Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../../components/status-views';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useMyReports } from '../api/get-my-reports';
import './supervisor.css';

const PAGE_SIZE = 10;

/** 我的报送: each report's coarse status and the feedback written for the supervisor. */
export function MyReportList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const reports = useMyReports(page, PAGE_SIZE);
  return (
    <QueryView query={reports} isEmpty={(p) => p.total === 0} empty={t('supervisor.empty')}>
      {(data) => (
        <>
          <ul className="sp-report-list" data-testid="my-reports">
            {data.items.map((r) => (
              <li key={r.id} className="sp-report" data-testid="my-report">
                <div className="sp-report__head">
                  <h2 className="sp-report__title">{r.title}</h2>
                  <span
                    className={`sp-public-status sp-public-status--${r.statusCode.toLowerCase()}`}
                    data-testid="my-report-status"
                  >
                    {t(`publicStatuses.${r.statusCode}`)}
                  </span>
                </div>
                <p className="sp-muted sp-report__meta">
                  {r.number} · {r.unitName} · {formatDate(r.createdAt)}
                </p>
                <h3 className="sp-report__subtitle">{t('supervisor.feedback')}</h3>
                {r.feedback.length === 0 ? (
                  <p className="sp-muted">{t('supervisor.noFeedback')}</p>
                ) : (
                  <ol className="sp-feedback">
                    {r.feedback.map((f) => (
                      <li key={`${f.at}-${f.text.slice(0, 16)}`}>
                        <time dateTime={f.at}>{formatDateTime(f.at)}</time>
                        <p className="sp-prose">{f.text}</p>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ul>
          {data.total > PAGE_SIZE && (
            <Pagination simple current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          )}
        </>
      )}
    </QueryView>
  );
}
