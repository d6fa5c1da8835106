import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeadlineBadge } from '../../components/deadline-badge';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { EmptyState, QueryView } from '../../components/status-views';
import { useAttachments } from '../../features/attachments/api/get-attachments';
import { useCase } from '../../features/cases/api/get-case';
import { useCases } from '../../features/cases/api/get-cases';
import { ActionPanel } from '../../features/cases/components/action-panel';
import { noticeContentOf } from '../../features/notices/components/notice-content';
import { NoticeDocument } from '../../features/notices/components/notice-document';
import { formatChineseDate, formatDateTime } from '../../lib/format';
import './approvals.css';

function ApprovalDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useCase(id);
  const attachments = useAttachments(id);
  return (
    <QueryView query={query}>
      {(c) => {
        const content = noticeContentOf(c);
        return (
          <>
            <ActionPanel
              caseData={c}
              attachments={attachments.data ?? []}
              only={['approve_notice', 'return_draft']}
              intro={
                <p>
                  <Link to={`/cases/${c.id}`}>
                    {c.number}　{c.title}
                  </Link>
                  <span className="sp-muted">（{c.unitName}）</span>
                </p>
              }
            />
            <SectionCard title={t('director.preview')}>
              <div className="sp-notice-scroll">
                {content?.dueAt && (
                  <p className="sp-muted sp-no-print" data-testid="preview-due-note">
                    {t('notice.previewDueNote', { date: formatChineseDate(content.dueAt) })}
                  </p>
                )}
                {content ? (
                  <NoticeDocument notice={content} />
                ) : (
                  <EmptyState>{t('notice.notIssued')}</EmptyState>
                )}
              </div>
            </SectionCard>
          </>
        );
      }}
    </QueryView>
  );
}

/** 待签发: the director reads each draft notice in full, then signs it or sends it back. */
export default function ApprovalsRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const list = useCases({ state: 'NOTICE_PENDING_APPROVAL', pageSize: 100 });

  return (
    <>
      <PageHeader title={t('director.approvalsTitle')} />
      {/* One column below 992 px: the list alone, or the chosen notice alone with a way back. */}
      <div className={`sp-split ${id ? 'sp-split--picked' : 'sp-split--none'}`}>
        <SectionCard title={t('nav.approvals')} testId="approval-list" className="sp-split__list">
          <QueryView query={list} isEmpty={(p) => p.items.length === 0} empty={t('director.approvalsEmpty')}>
            {(page) => (
              <ul className="sp-pick-list">
                {page.items.map((c) => (
                  <li key={c.id}>
                    <Link
                      to={`/director/approvals/${c.id}`}
                      aria-current={c.id === id ? 'page' : undefined}
                      className={
                        c.id === id ? 'sp-pick-list__item sp-pick-list__item--active' : 'sp-pick-list__item'
                      }
                    >
                      <strong>{c.number}</strong>
                      <span>{c.title}</span>
                      <span className="sp-muted">
                        {c.unitName} · {formatDateTime(c.updatedAt)}
                      </span>
                      {c.deadlineStatus && <DeadlineBadge status={c.deadlineStatus} dueAt={c.dueAt} />}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </QueryView>
        </SectionCard>
        <div className="sp-split__detail">
          {id ? (
            <>
              <Link to="/director/approvals" className="sp-split__back" data-testid="approval-back">
                {t('director.backToList')}
              </Link>
              <ApprovalDetail key={id} id={id} />
            </>
          ) : (
            <EmptyState>{t('director.pick')}</EmptyState>
          )}
        </div>
      </div>
    </>
  );
}
