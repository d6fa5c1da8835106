import { Grid, Pagination, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './responsive-list.css';

export type ListColumn<T> = { key: string; title: string; render: (row: T) => ReactNode; width?: number };
export type Paging = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

type Props<T> = {
  label: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: ListColumn<T>[];
  /** Actions per row: the last table column, the foot of each card. */
  actions?: { title: string; render: (row: T) => ReactNode };
  loading?: boolean;
  emptyText: string;
  paging?: Paging;
  testId?: string;
  /** data-testid of each row and each card (default `<testId>-item` on cards only). */
  rowTestId?: string;
};

/**
 * A table from 768 px up; below, one card per row (label and value pairs), so nothing scrolls
 * sideways on a phone. The first column is the card's title.
 */
export function ResponsiveList<T>({
  label,
  rows,
  rowKey,
  columns,
  actions,
  loading,
  emptyText,
  paging,
  testId,
  rowTestId,
}: Props<T>) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const showTotal = (total: number) => t('common.total', { n: total });
  if (screens.md === false) {
    const [head, ...rest] = columns;
    return (
      <section aria-label={label} className="sp-card-list" data-testid={testId}>
        {rows.length === 0 && !loading ? <p className="sp-card-list__empty">{emptyText}</p> : null}
        <ul className="sp-card-list__items">
          {rows.map((row) => (
            <li
              key={rowKey(row)}
              className="sp-card-list__item"
              data-testid={rowTestId ?? (testId ? `${testId}-item` : undefined)}
            >
              {head ? <div className="sp-card-list__title">{head.render(row)}</div> : null}
              <dl className="sp-card-list__details">
                {rest.map((c) => (
                  <div key={c.key} className="sp-card-list__row">
                    <dt>{c.title}</dt>
                    <dd>{c.render(row)}</dd>
                  </div>
                ))}
              </dl>
              {actions ? <div className="sp-card-list__actions">{actions.render(row)}</div> : null}
            </li>
          ))}
        </ul>
        {paging && paging.total > paging.pageSize ? (
          <Pagination
            simple
            current={paging.page}
            pageSize={paging.pageSize}
            total={paging.total}
            onChange={paging.onChange}
            showTotal={showTotal}
          />
        ) : null}
      </section>
    );
  }
  const tableColumns = [
    ...columns.map((c) => ({
      key: c.key,
      title: c.title,
      width: c.width,
      render: (_: unknown, row: T) => c.render(row),
    })),
    ...(actions
      ? [{ key: 'actions', title: actions.title, render: (_: unknown, row: T) => actions.render(row) }]
      : []),
  ];
  return (
    <section aria-label={label} data-testid={testId}>
      <Table<T>
        rowKey={rowKey}
        size="middle"
        dataSource={rows}
        columns={tableColumns}
        loading={loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText }}
        onRow={
          rowTestId ? () => ({ 'data-testid': rowTestId }) as React.HTMLAttributes<HTMLElement> : undefined
        }
        pagination={
          paging
            ? {
                current: paging.page,
                pageSize: paging.pageSize,
                total: paging.total,
                showSizeChanger: false,
                showTotal,
                onChange: paging.onChange,
              }
            : false
        }
      />
    </section>
  );
}
