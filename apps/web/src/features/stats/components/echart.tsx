import type { EChartsCoreOption } from 'echarts/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One chart and, beside it, the same numbers as a table (for screen readers, printing and
 * anyone who would rather read numbers). ECharts is loaded on first use.
 */
export function EChart({
  title,
  option,
  table,
  height = 260,
  testId,
}: {
  title: string;
  option: EChartsCoreOption;
  table: ReactNode;
  height?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  // Options are plain data: redraw only when they change.
  const key = JSON.stringify(option);

  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: EChartsCoreOption): void; resize(): void; dispose(): void } | null = null;
    let observer: ResizeObserver | null = null;
    import('./echarts-setup')
      .then(({ echarts }) => {
        if (disposed || !ref.current) return;
        chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
        chart.setOption(JSON.parse(key) as EChartsCoreOption);
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => chart?.resize());
          observer.observe(ref.current);
        }
        setStatus('ready');
      })
      .catch(() => {
        if (!disposed) setStatus('failed');
      });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [key]);

  return (
    <figure className="sp-chart" data-testid={testId}>
      <figcaption className="sp-chart__title">{title}</figcaption>
      <div
        ref={ref}
        className="sp-chart__canvas"
        style={{ height }}
        role="img"
        aria-label={t('statistics.charts.chartLabel', { title })}
      />
      {status === 'loading' ? <p className="sp-chart__status">{t('statistics.charts.loading')}</p> : null}
      {status === 'failed' ? <p className="sp-chart__status">{t('statistics.charts.failed')}</p> : null}
      <div className="sp-table-scroll sp-chart__table">{table}</div>
    </figure>
  );
}
