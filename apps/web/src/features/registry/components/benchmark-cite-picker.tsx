import { benchmarkCitation, withCitation } from '@sp/domain';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-fields';
import { useBenchmarks } from '../api/benchmarks';
import './registry.css';

type Props = {
  /** The form field's id (the legal basis textarea), for the picker's own ids. */
  fieldId: string;
  /** The case's unit: its own benchmarks and the general ones. */
  unitId: string;
  value: string;
  onChange: (value: string) => void;
};

/**
 * 引用裁量基准 under the notice's legal basis: search the library (GET /api/registry/benchmarks)
 * and insert a benchmark's citation into the text — the payload stays the same text field.
 */
export function BenchmarkCitePicker({ fieldId, unitId, value, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const query = useBenchmarks({ q: q.trim() || undefined, unitId, pageSize: 5 });
  const items = open ? (query.data?.items ?? []) : [];
  return (
    <div className="sp-benchmark-cite" data-testid="benchmark-cite">
      <Button
        size="small"
        aria-expanded={open}
        aria-controls={`${fieldId}-benchmarks`}
        onClick={() => setOpen(!open)}
      >
        {t('registry.benchmarkCite.toggle')}
      </Button>
      {open && (
        <div id={`${fieldId}-benchmarks`} className="sp-benchmark-cite__panel">
          <TextField
            id={`${fieldId}-benchmark-q`}
            type="search"
            label={t('registry.benchmarkCite.search')}
            value={q}
            maxLength={100}
            onChange={setQ}
          />
          {items.length === 0 ? (
            <p className="sp-muted">{t('registry.benchmarkCite.empty')}</p>
          ) : (
            <ul className="sp-benchmark-cite__list">
              {items.map((b) => {
                const citation = benchmarkCitation(b);
                const cited = value.includes(citation);
                return (
                  <li key={b.id}>
                    <div>
                      <strong>{b.violation}</strong>
                      <div className="sp-muted">
                        {b.unitName ?? t('registry.benchmarks.general')} · {b.field} · {b.legalBasis}
                      </div>
                    </div>
                    <Button
                      size="small"
                      disabled={cited}
                      onClick={() => onChange(withCitation(value, citation))}
                    >
                      {cited ? t('registry.benchmarkCite.cited') : t('registry.benchmarkCite.insert')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
