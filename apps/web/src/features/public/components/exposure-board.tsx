import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../../components/status-views';
import { formatDate } from '../../../lib/format';
import { usePublicExposures } from '../api/get-public-exposures';

const PAGE_SIZE = 10;

/** 曝光台: each public 通报 with the unit, the date and the case number; paged. */
export function ExposureBoard() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = usePublicExposures(page, PAGE_SIZE);
  return (
    <QueryView query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <p className="sp-panel">{t('public.exposuresEmpty')}</p>
        ) : (
          <>
            <ol className="sp-exposures" data-testid="exposures">
              {data.items.map((e) => (
                <li key={e.id} className="sp-panel sp-exposure">
                  <dl className="sp-exposure__facts">
                    <div>
                      <dt>{t('public.exposureUnit')}</dt>
                      <dd>{e.unitName}</dd>
                    </div>
                    <div>
                      <dt>{t('public.exposureIssuedAt')}</dt>
                      <dd>{formatDate(e.issuedAt)}</dd>
                    </div>
                    <div>
                      <dt>{t('public.exposureCase')}</dt>
                      <dd>{e.caseNumber}</dd>
                    </div>
                  </dl>
                  <p className="sp-exposure__text">{e.text}</p>
                </li>
              ))}
            </ol>
            <nav className="sp-exposures__pager" aria-label={t('public.exposuresTitle')}>
              <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('public.previous')}
              </Button>
              <span>{t('public.exposuresPage', { page, total: data.total })}</span>
              <Button disabled={page * PAGE_SIZE >= data.total} onClick={() => setPage(page + 1)}>
                {t('public.next')}
              </Button>
            </nav>
          </>
        )
      }
    </QueryView>
  );
}
