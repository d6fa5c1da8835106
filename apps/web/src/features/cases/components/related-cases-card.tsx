import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../../components/section-card';
import { StateTag } from '../../../components/state-tag';
import { useRelatedCases } from '../api/get-related-cases';
import './duplicates.css';

/** 关联案件: what this case was merged into, what was merged into it, and related cases. */
export function RelatedCasesCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const related = useRelatedCases(caseId);
  const links = related.data ?? [];
  if (links.length === 0) return null;
  return (
    <SectionCard title={t('duplicates.related')} testId="related-cases">
      <ul className="sp-similar__list">
        {links.map((l) => (
          <li key={`${l.relation}-${l.case.id}`} className="sp-similar__item">
            <span className="sp-muted">{t(`duplicates.relation.${l.relation}`)}</span>
            <Link to={`/cases/${l.case.id}`} className="sp-similar__link">
              <span className="sp-similar__number">{l.case.number}</span> {l.case.title}
            </Link>
            <span className="sp-similar__meta">
              <StateTag state={l.case.state} outcome={l.case.outcome} />
            </span>
            {l.note && <p className="sp-prose sp-muted">{l.note}</p>}
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
