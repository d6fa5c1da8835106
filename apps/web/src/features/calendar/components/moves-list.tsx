import type { TDeadlineMove } from '@sp/domain';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsNarrow } from '../../../components/use-is-narrow';
import { formatDate } from '../../../lib/format';

/** The open deadlines a calendar change moves: case, unit, due date before → after. */
export function MovesList({ moves }: { moves: TDeadlineMove[] }) {
  const { t } = useTranslation();
  const narrow = useIsNarrow();
  if (moves.length === 0) return <p data-testid="moves-none">{t('office.calendar.noMoves')}</p>;
  const after = (m: TDeadlineMove) => (
    <>
      {formatDate(m.dueAtAfter)}
      {m.provisionalAfter && <Tag color="gold">{t('office.calendar.provisionalTag')}</Tag>}
    </>
  );
  return (
    <div data-testid="moves-list">
      <p>{t('office.calendar.movesCount', { n: moves.length })}</p>
      {narrow ? (
        <ul className="sp-card-list">
          {moves.map((m) => (
            <li key={m.caseId} className="sp-card-list__item">
              <strong>{m.number}</strong>
              <div>{m.unitName}</div>
              <div>
                {formatDate(m.dueAtBefore)} → {after(m)}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <Table
          size="small"
          rowKey="caseId"
          pagination={false}
          dataSource={moves}
          columns={[
            { title: t('columns.number'), dataIndex: 'number' },
            { title: t('columns.unit'), dataIndex: 'unitName' },
            { title: t('office.calendar.dueBefore'), render: (_, m) => formatDate(m.dueAtBefore) },
            { title: t('office.calendar.dueAfter'), render: (_, m) => after(m) },
          ]}
        />
      )}
    </div>
  );
}
