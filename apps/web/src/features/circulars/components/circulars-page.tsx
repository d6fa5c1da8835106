import type { CircularKind, TCircular } from '@sp/domain';
import { Button, Input, InputNumber, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryView } from '../../../components/status-views';
import { formatDate } from '../../../lib/format';
import { useMe } from '../../auth/api/get-me';
import { useCirculars, useCreateCircular, useIssueCircular, useUpdateCircular } from '../api/circulars';
import { CircularDocument } from './circular-document';

function Editor({ circular }: { circular: TCircular }) {
  const { t } = useTranslation();
  const me = useMe();
  const [title, setTitle] = useState(circular.title);
  const [body, setBody] = useState(circular.body);
  const update = useUpdateCircular(circular.id);
  const issue = useIssueCircular(circular.id);
  const isDirector = me.data?.role === 'CENTER_DIRECTOR';
  return (
    <div className="sp-notice-toolbar" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
      <Input
        aria-label={t('statistics.circulars.titleLabel')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <Input.TextArea
        aria-label={t('statistics.circulars.bodyLabel')}
        value={body}
        autoSize={{ minRows: 8, maxRows: 20 }}
        onChange={(e) => setBody(e.target.value)}
      />
      <Space wrap>
        <Button loading={update.isPending} onClick={() => update.mutate({ title, body })}>
          {t('statistics.circulars.save')}
        </Button>
        {isDirector && (
          <Button type="primary" danger loading={issue.isPending} onClick={() => issue.mutate()}>
            {t('statistics.circulars.issue')}
          </Button>
        )}
      </Space>
    </div>
  );
}

/** 通报: generate a monthly or quarterly draft, edit it, the director issues it; issued ones stay. */
export function CircularsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useCirculars();
  const create = useCreateCircular();
  const now = new Date(Date.now() + 8 * 3_600_000);
  const [kind, setKind] = useState<CircularKind>('MONTH');
  const [year, setYear] = useState(now.getUTCFullYear());
  const [part, setPart] = useState(now.getUTCMonth() + 1);
  const selectedId = params.get('id');
  return (
    <div>
      <Space wrap className="sp-notice-toolbar">
        <Segmented
          value={kind}
          options={[
            { value: 'MONTH', label: t('statistics.period.month') },
            { value: 'QUARTER', label: t('statistics.period.quarter') },
          ]}
          onChange={(k) => {
            setKind(k as CircularKind);
            setPart(1);
          }}
        />
        <InputNumber
          aria-label={t('statistics.period.year_')}
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => setYear(v ?? year)}
        />
        <InputNumber
          aria-label={t('statistics.circulars.part')}
          value={part}
          min={1}
          max={kind === 'MONTH' ? 12 : 4}
          onChange={(v) => setPart(v ?? 1)}
        />
        <Button
          type="primary"
          loading={create.isPending}
          onClick={() => create.mutate({ kind, year, part }, { onSuccess: (c) => setParams({ id: c.id }) })}
        >
          {t('statistics.circulars.generate')}
        </Button>
      </Space>
      <QueryView query={query}>
        {(list) => {
          const selected = list.find((c) => c.id === selectedId) ?? null;
          return (
            <>
              <Table<TCircular>
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ x: true }}
                dataSource={list}
                onRow={(c) => ({ onClick: () => setParams({ id: c.id }), style: { cursor: 'pointer' } })}
                columns={[
                  { title: t('statistics.circulars.titleLabel'), dataIndex: 'title' },
                  {
                    title: t('statistics.circulars.number'),
                    dataIndex: 'number',
                    render: (n: string | null) => n ?? '—',
                  },
                  {
                    title: t('statistics.circulars.status'),
                    dataIndex: 'status',
                    render: (s: TCircular['status']) => (
                      <Tag color={s === 'ISSUED' ? 'red' : 'default'}>
                        {t(`statistics.circulars.status_${s}`)}
                      </Tag>
                    ),
                  },
                  {
                    title: t('statistics.circulars.issuedAt'),
                    dataIndex: 'issuedAt',
                    render: (d: string | null) => formatDate(d),
                  },
                ]}
              />
              {selected && (
                <div style={{ marginTop: 16 }}>
                  <Space className="sp-notice-toolbar">
                    <Button onClick={() => window.print()}>{t('statistics.circulars.print')}</Button>
                  </Space>
                  {selected.status === 'DRAFT' && <Editor key={selected.updatedAt} circular={selected} />}
                  <div className="sp-notice-scroll">
                    <CircularDocument circular={selected} />
                  </div>
                </div>
              )}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
