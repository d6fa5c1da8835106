import type { TReporterAccessEntry } from '@sp/domain';
import { Button, Form, Input, Pagination, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../../components/status-views';
import { useIsNarrow } from '../../../components/use-is-narrow';
import { formatDateTime } from '../../../lib/format';
import { type AccessFilters, useReporterAccess } from '../api/audit-queries';

/** 举报人信息查阅记录: who read whose identity, when, by which route — paged and filtered. */
export function ReporterAccessLog() {
  const { t } = useTranslation();
  const narrow = useIsNarrow();
  const [filters, setFilters] = useState<AccessFilters>({});
  const [page, setPage] = useState(1);
  const query = useReporterAccess({ ...filters, page });
  const who = (e: TReporterAccessEntry) =>
    e.user ? `${e.user.displayName}（${e.user.username} · ${t(`roles.${e.user.role}`)}）` : '—';
  return (
    <>
      <Form
        layout="inline"
        className="sp-row-fields sp-office-form"
        onFinish={(v: AccessFilters) => {
          setFilters(Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as AccessFilters);
          setPage(1);
        }}
      >
        <Form.Item name="caseNumber" label={t('office.audit.caseNumber')}>
          <Input maxLength={60} data-testid="access-case-number" />
        </Form.Item>
        <Form.Item name="user" label={t('office.audit.user')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="from" label={t('office.audit.from')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="to" label={t('office.audit.to')}>
          <Input type="date" />
        </Form.Item>
        <Button htmlType="submit" data-testid="access-search">
          {t('office.audit.search')}
        </Button>
      </Form>
      <QueryView query={query}>
        {(data) =>
          narrow ? (
            <>
              <ul className="sp-card-list" data-testid="access-log">
                {data.items.length === 0 && <li>{t('office.audit.empty')}</li>}
                {data.items.map((e) => (
                  <li key={e.id} className="sp-card-list__item">
                    <strong>{e.caseNumber}</strong>
                    <div>{who(e)}</div>
                    <div className="sp-muted">
                      {formatDateTime(e.at)} · {e.route}
                    </div>
                  </li>
                ))}
              </ul>
              <Pagination
                simple
                current={page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={setPage}
                hideOnSinglePage
              />
            </>
          ) : (
            <Table<TReporterAccessEntry>
              data-testid="access-log"
              rowKey="id"
              size="small"
              dataSource={data.items}
              locale={{ emptyText: t('office.audit.empty') }}
              pagination={{
                current: page,
                pageSize: data.pageSize,
                total: data.total,
                onChange: setPage,
                showSizeChanger: false,
              }}
              columns={[
                { title: t('office.audit.at'), render: (_, e) => formatDateTime(e.at) },
                { title: t('office.audit.caseNumber'), dataIndex: 'caseNumber' },
                { title: t('office.audit.user'), render: (_, e) => who(e) },
                { title: t('office.audit.route'), dataIndex: 'route' },
              ]}
            />
          )
        }
      </QueryView>
    </>
  );
}
