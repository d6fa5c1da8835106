import { type CaseSource, SOURCES } from '@sp/domain';
import { Button, Input } from 'antd';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../components/filter-bar.css';

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
  const [q, setQ] = useState(value.q ?? '');
  useEffect(() => setQ(value.q ?? ''), [value.q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined });
  };

  return (
    <search aria-label={t('queue.filtersLabel')}>
      <form className="sp-filters" onSubmit={submit}>
        <div className="sp-filters__field">
          <label htmlFor="queue-q">{t('queue.searchLabel')}</label>
          <Input
            id="queue-q"
            type="search"
            value={q}
            placeholder={t('queue.searchHint')}
            aria-describedby="queue-q-hint"
            onChange={(e) => setQ(e.target.value)}
          />
          <span id="queue-q-hint" className="sp-visually-hidden">
            {t('queue.searchHint')}
          </span>
        </div>
        <div className="sp-filters__field">
          <label htmlFor="queue-unit">{t('queue.unitFilter')}</label>
          <select
            id="queue-unit"
            className="sp-select"
            value={value.unitId ?? ''}
            onChange={(e) => onChange({ ...value, unitId: e.target.value || undefined })}
          >
            <option value="">{t('queue.anyUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="sp-filters__field">
          <label htmlFor="queue-source">{t('queue.sourceFilter')}</label>
          <select
            id="queue-source"
            className="sp-select"
            value={value.source ?? ''}
            onChange={(e) =>
              onChange({ ...value, source: (e.target.value || undefined) as CaseSource | undefined })
            }
          >
            <option value="">{t('queue.anySource')}</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`sources.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sp-filters__field">
          <label htmlFor="queue-assignee">{t('queue.assigneeFilter')}</label>
          <select
            id="queue-assignee"
            className="sp-select"
            value={value.assigneeId ?? ''}
            onChange={(e) => onChange({ ...value, assigneeId: e.target.value || undefined })}
          >
            <option value="">{t('queue.anyAssignee')}</option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="sp-filters__buttons">
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              setQ('');
              onChange({});
            }}
          >
            {t('common.reset')}
          </Button>
        </div>
      </form>
    </search>
  );
}
