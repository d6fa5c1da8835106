import type { Ref } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryItem = { fieldId: string; label: string; message: string };

type Props = {
  items: SummaryItem[];
  general?: string | null;
  summaryRef?: Ref<HTMLDivElement>;
};

function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView?.({ block: 'center' });
  el.focus();
}

/**
 * The GOV.UK error summary: announced (role="alert"), focused after a failed submit, and
 * linking to each field in error so a keyboard user can jump straight to it.
 */
export function ErrorSummary({ items, general, summaryRef }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  if (items.length === 0 && !general) return null;
  return (
    <div className="sp-error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={summaryRef}>
      <h2 className="sp-error-summary__title" id={titleId}>
        {items.length > 0 ? t('errors.summaryTitle') : t('errors.submitFailed')}
      </h2>
      {general && <p className="sp-error-summary__general">{general}</p>}
      {items.length > 0 && (
        <ul className="sp-error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.fieldId);
                }}
              >
                {item.label}：{item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
