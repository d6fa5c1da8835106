import { ACTION_NAMES, type ActionName, type Role, type TNotification } from '@sp/domain';
import { Button, List, Pagination, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/status-views';
import { formatDateTime } from '../../../lib/format';
import { useMarkRead, useNotifications } from '../api/notifications';
import './notifications.css';

const PAGE_SIZE = 20;

function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as string[]).includes(name);
}

function NotificationItem({ n, linkToCase }: { n: TNotification; linkToCase: boolean }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const what = isActionName(n.action)
    ? t(`actions.${n.action}`)
    : n.action === 'register'
      ? t('register')
      : n.action === 'recompute_deadline'
        ? t('notifications.recompute')
        : n.action;
  const who = n.actorRole
    ? t('notifications.by', { who: t(`roles.${n.actorRole as Role}`) })
    : t('notifications.bySystem');
  const unread = n.readAt === null;
  const caseLabel = `${n.caseNumber} ${n.caseTitle}`;
  return (
    <List.Item
      className={unread ? 'sp-notification sp-notification--unread' : 'sp-notification'}
      data-testid="notification"
      data-action={n.action}
      actions={
        unread
          ? [
              <Button
                key="read"
                size="small"
                onClick={() => markRead.mutate(n.id)}
                loading={markRead.isPending}
                aria-label={`${t('notifications.markRead')}：${what} ${n.caseNumber}`}
              >
                {t('notifications.markRead')}
              </Button>,
            ]
          : []
      }
    >
      <div className="sp-notification__body">
        <div className="sp-notification__head">
          {unread ? <Tag color="blue">{t('notifications.isUnread')}</Tag> : null}
          <strong className="sp-notification__what">{what}</strong>
          <span className="sp-notification__who">{who}</span>
        </div>
        <div className="sp-notification__case">
          {linkToCase ? (
            <Link to={`/cases/${n.caseId}`} onClick={() => unread && markRead.mutate(n.id)}>
              {caseLabel}
            </Link>
          ) : (
            caseLabel
          )}
        </div>
        <div className="sp-notification__meta">
          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
          <span>{t('notifications.now', { state: t(`states.${n.toState}`) })}</span>
        </div>
      </div>
    </List.Item>
  );
}

/** The signed-in user's notifications: all or unread, newest first, paged. */
export function NotificationList({ linkToCase }: { linkToCase: boolean }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const q = useNotifications({ page, pageSize: PAGE_SIZE, unread: filter === 'unread' });
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data;
  return (
    <section className="sp-notifications" aria-label={t('notifications.title')}>
      <div className="sp-notifications__bar">
        <Segmented
          aria-label={t('notifications.filterLabel')}
          value={filter}
          onChange={(v) => {
            setFilter(v as 'all' | 'unread');
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadCount', { n: data?.unread ?? 0 }) },
          ]}
        />
      </div>
      <List
        loading={q.isPending}
        dataSource={data?.items ?? []}
        rowKey="id"
        locale={{
          emptyText: filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty'),
        }}
        renderItem={(n) => <NotificationItem n={n} linkToCase={linkToCase} />}
      />
      {data && data.total > PAGE_SIZE ? (
        <Pagination
          className="sp-notifications__pages"
          current={page}
          pageSize={PAGE_SIZE}
          total={data.total}
          onChange={setPage}
          showSizeChanger={false}
          size="small"
        />
      ) : null}
    </section>
  );
}
