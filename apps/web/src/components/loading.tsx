import { useTranslation } from 'react-i18next';

/** Shown while something loads; announced politely to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="sp-loading" role="status" aria-live="polite">
      <span className="sp-spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}
