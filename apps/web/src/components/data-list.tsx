import { Grid, Table } from 'antd';
import type { ReactNode } from 'react';
import './data-list.css';
import './ui-utils.css';

export type DataColumn<T> = { key: string; title: string; render: (row: T) => ReactNode; width?: number };

type Props<T> = {
  label: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: DataColumn<T>[];
  /** The card's heading on a phone (usually the first column's content). */
  cardTitle: (row: T) => ReactNode;
  emptyText: string;
  loading?: boolean;
  paging?: { page: number; pageSize: number; total: number; onChange: (page: number) => void };
  testId?: string;
  /** false inside a titled card that is already the landmark (no two landmarks of one name). */
  landmark?: boolean;
};

/** A table from 768 px up; below, one card per row with the same fields (no sideways scrolling). */
export function DataList<T>({
  label,
  rows,
  rowKey,
  columns,
  cardTitle,
  emptyText,
  loading,
  paging,
  testId,
  landmark = true,
}: Props<T>) {
  const wide = Grid.useBreakpoint().md ?? true;
  const Wrapper = landmark ? 'section' : 'div';
  if (wide)
    return (
      <Wrapper aria-label={landmark ? label : undefined} data-testid={testId}>
        <Table<T>
          rowKey={rowKey}
          size="middle"
          dataSource={rows}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <span className="sp-data-empty">{emptyText}</span> }}
          columns={columns.map((c) => ({
            key: c.key,
            title: c.title,
            width: c.width,
            render: (_: unknown, row: T) => c.render(row),
          }))}
          pagination={
            paging
              ? {
                  current: paging.page,
                  pageSize: paging.pageSize,
                  total: paging.total,
                  onChange: paging.onChange,
                  showSizeChanger: false,
                }
              : false
          }
        />
      </Wrapper>
    );
  return (
    <Wrapper aria-label={landmark ? label : undefined} data-testid={testId}>
      {rows.length === 0 && !loading ? <p className="sp-empty">{emptyText}</p> : null}
      <ul className="sp-data-cards">
        {rows.map((row) => (
          <li key={rowKey(row)} className="sp-data-card">
            <div className="sp-data-card__title">{cardTitle(row)}</div>
            <dl className="sp-data-card__fields">
              {columns.slice(1).map((c) => (
                <div key={c.key} className="sp-data-card__row">
                  <dt>{c.title}</dt>
                  <dd>{c.render(row)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      {paging && paging.total > paging.pageSize ? (
        <nav className="sp-data-cards__paging" aria-label={label}>
          <button type="button" disabled={paging.page <= 1} onClick={() => paging.onChange(paging.page - 1)}>
            ‹
          </button>
          <span>
            {paging.page} / {Math.ceil(paging.total / paging.pageSize)}
          </span>
          <button
            type="button"
            disabled={paging.page * paging.pageSize >= paging.total}
            onClick={() => paging.onChange(paging.page + 1)}
          >
            ›
          </button>
        </nav>
      ) : null}
    </Wrapper>
  );
}
