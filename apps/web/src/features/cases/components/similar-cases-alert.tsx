import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateTag } from '../../../components/state-tag';
import { formatDate } from '../../../lib/format';
import { useRelatedCases } from '../api/get-related-cases';
import { type SimilarDraft, useSimilarCases } from '../api/get-similar-cases';
import './duplicates.css';

type Props = SimilarDraft & {
  /** In a case's own workspace (the words point to 合并办理 there). */
  inCase?: boolean;
};

/** 可能重复：N 件相似案件, with a link to each (number and title); nothing while none is found. */
export function SimilarCasesAlert({ inCase = false, ...draft }: Props) {
  const { t } = useTranslation();
  const similar = useSimilarCases(draft);
  // In a case: the cases already merged into it or linked to it are no longer news.
  const related = useRelatedCases(draft.excludeId ?? '', { enabled: draft.excludeId !== undefined });
  const linked = new Set((related.data ?? []).map((l) => l.case.id));
  const found = (similar.data ?? []).filter((c) => !linked.has(c.id));
  if (found.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="sp-gap sp-similar"
      data-testid="similar-cases"
      role="status"
      title={t('duplicates.title', { count: found.length })}
      description={
        <>
          <p className="sp-muted">{t(inCase ? 'duplicates.introCase' : 'duplicates.intro')}</p>
          <ul className="sp-similar__list">
            {found.map((c) => (
              <li key={c.id} className="sp-similar__item">
                <Link to={`/cases/${c.id}`} className="sp-similar__link">
                  <span className="sp-similar__number">{c.number}</span> {c.title}
                </Link>
                <span className="sp-similar__meta">
                  <StateTag state={c.state} />
                  <span className="sp-muted">
                    {t('duplicates.registered', { date: formatDate(c.createdAt) })} ·{' '}
                    {t('duplicates.similarity', { percent: Math.round(c.score * 100) })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
