import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { title: string; subtitle?: ReactNode; extra?: ReactNode };

/** The page's one h1, mirrored into the document title. */
export function PageHeader({ title, subtitle, extra }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} - ${t('app.brand')} ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="sp-page-header">
      <div className="sp-page-header__text">
        <h1 className="sp-page-header__title">{title}</h1>
        {subtitle ? <div className="sp-page-header__subtitle">{subtitle}</div> : null}
      </div>
      {extra ? <div className="sp-page-header__extra">{extra}</div> : null}
    </div>
  );
}
