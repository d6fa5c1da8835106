import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundView } from '../../components/not-found';
import { EmptyState, Loading, QueryView } from '../../components/status-views';
import { useCase } from '../../features/cases/api/get-case';
import { useCaseEvents } from '../../features/cases/api/get-case-events';
import { useCaseDocuments } from '../../features/notices/api/get-case-documents';
import { issuedDueAt, noticeContentOf } from '../../features/notices/components/notice-content';
import { NoticeDocument } from '../../features/notices/components/notice-document';
import { isApiError } from '../../lib/api-error';

/** The 监督通知书 as an A4 page; printing leaves out everything but the page. */
export default function NoticeRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useCase(id);
  const events = useCaseEvents(id);
  // ?number=: an earlier instrument of the case (已被替代), printed as it was issued.
  const [params] = useSearchParams();
  const number = params.get('number');
  const documents = useCaseDocuments(id, { enabled: number !== null });

  useEffect(() => {
    const number = query.data?.notice?.number;
    document.title = `${t('notice.docTitle')}${number ? ` ${number}` : ''} - ${t('app.brand')}`;
  }, [query.data, t]);

  // Unknown, or another unit's case: the same 页面不存在, nothing about the case.
  if (isApiError(query.error) && query.error.status === 404) return <NotFoundView />;

  // The document shows the due date it was issued with; wait for the history that records it.
  if (query.data?.notice && events.isPending) return <Loading />;
  if (number !== null && documents.isPending) return <Loading />;
  const earlier = documents.data?.find((d) => d.number === number && d.number !== query.data?.notice?.number);

  return (
    <QueryView query={query}>
      {(c) => {
        const { replacedBy, ...earlierDoc } = earlier ?? { replacedBy: null };
        const content = earlier
          ? { ...(earlierDoc as Omit<NonNullable<typeof earlier>, 'replacedBy'>), unitName: c.unitName ?? '' }
          : noticeContentOf(c, issuedDueAt(events.data));
        const replacement =
          replacedBy && replacedBy.number !== c.notice?.number
            ? `/cases/${c.id}/notice?number=${encodeURIComponent(replacedBy.number)}`
            : `/cases/${c.id}/notice`;
        return (
          <div className="sp-notice-scroll">
            <div className="sp-notice-toolbar sp-no-print">
              <Link to={`/cases/${c.id}`}>{t('notice.backToCase')}</Link>
              {content && (
                <Button
                  type="primary"
                  icon={<PrinterOutlined />}
                  onClick={() => window.print()}
                  data-testid="print-notice"
                >
                  {t('common.print')}
                </Button>
              )}
              {content && <span className="sp-muted">{t('notice.printHint')}</span>}
            </div>
            {content?.standing && content.standing !== 'IN_FORCE' && (
              <Alert
                type={content.standing === 'CONCLUDED' ? 'info' : 'warning'}
                showIcon
                className="sp-no-print sp-notice-standing"
                data-testid="notice-standing-note"
                title={t(`notice.standingNote.${content.standing}`)}
                description={
                  replacedBy ? (
                    <Link to={replacement} data-testid="replaced-by-link">
                      {t('caseView.replacedBy')}：{replacedBy.number}
                    </Link>
                  ) : (
                    <Link to={`/cases/${c.id}#case-history`}>
                      {t(content.standing === 'WITHDRAWN' ? 'caseView.withdrawnLink' : 'caseView.conclusion')}
                    </Link>
                  )
                }
              />
            )}
            {content ? <NoticeDocument notice={content} /> : <EmptyState>{t('notice.notIssued')}</EmptyState>}
          </div>
        );
      }}
    </QueryView>
  );
}
