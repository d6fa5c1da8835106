import { Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../../components/status-views';
import { formatDateTime } from '../../../lib/format';
import { useProfileHistory } from '../api/get-profile-history';
import { changePathLabel, changeValueLabel } from './profile-change-label';

/** Who changed the profile, when, and each field before → after. */
export function ProfileHistory() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useProfileHistory(page);
  return (
    <QueryView query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <p className="sp-muted">{t('office.profile.historyEmpty')}</p>
        ) : (
          <>
            <ul className="sp-card-list" data-testid="profile-history">
              {data.items.map((c) => (
                <li key={c.id} className="sp-card-list__item">
                  <strong>
                    {t('office.profile.changedBy', {
                      user: c.user?.displayName ?? t('office.profile.systemUser'),
                      at: formatDateTime(c.at),
                    })}
                  </strong>
                  <ul>
                    {c.changes.map((ch) => (
                      <li key={ch.path}>
                        {changePathLabel(ch.path)}：{changeValueLabel(ch.before)} →{' '}
                        {changeValueLabel(ch.after)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            <Pagination
              current={page}
              total={data.total}
              pageSize={data.pageSize}
              onChange={setPage}
              size="small"
            />
          </>
        )
      }
    </QueryView>
  );
}
