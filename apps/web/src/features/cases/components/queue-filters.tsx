import { type CaseSource, SOURCES } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../components/filter-bar';

export type QueueFilterValues = { q?: string; unitId?: string; source?: CaseSource; assigneeId?: string };

type Unit = { id: string; name: string };
type Assignee = { id: string; name: string };
type Props = {
  value: QueueFilterValues;
  onChange: (next: QueueFilterValues) => void;
  units: Unit[];
  /** Whom the caller may pick as 承办人 (GET /api/assignees). */
  assignees?: Assignee[];
};

/**
 * Keyword search (several words separated by spaces: all must match) plus unit, source and 承办人
 * filters; the selects apply at once, the keyword on 搜索.
 */
export function QueueFilters({ value, onChange, units, assignees = [] }: Props) {
  const { t } = useTranslation();
  return (
    <FilterBar
      id="queue"
      label={t('queue.filtersLabel')}
      keyword={{ label: t('queue.searchLabel'), hint: t('queue.searchHint'), describe: true }}
      selects={[
        {
          name: 'unitId',
          idPart: 'unit',
          label: t('queue.unitFilter'),
          anyLabel: t('queue.anyUnit'),
          options: units.map((u) => ({ value: u.id, label: u.name })),
        },
        {
          name: 'source',
          label: t('queue.sourceFilter'),
          anyLabel: t('queue.anySource'),
          options: SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) })),
        },
        {
          name: 'assigneeId',
          idPart: 'assignee',
          label: t('queue.assigneeFilter'),
          anyLabel: t('queue.anyAssignee'),
          options: assignees.map((a) => ({ value: a.id, label: a.name })),
        },
      ]}
      value={value}
      onChange={onChange}
    />
  );
}
