import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { usePublicOffice } from '../../features/office/api/get-public-office';
import { LanguageSwitch } from '../language-switch';
import '../styles/public.css';

/** The plain official frame of the public pages and the login page (no antd layout). */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const office = usePublicOffice();
  return (
    <div className="sp-public">
      <a className="sp-skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="sp-public__header">
        <div className="sp-public__brand">
          <span className="sp-public__emblem" aria-hidden="true">
            监
          </span>
          <div>
            <div className="sp-public__office" data-testid="public-authority">
              {office.authorityName}
            </div>
            <div className="sp-public__center">{office.centerName}</div>
          </div>
        </div>
        <nav className="sp-public__nav" aria-label={t('app.mainMenu')}>
          <NavLink to="/public/report">{t('nav.publicReport')}</NavLink>
          <NavLink to="/public/track">{t('nav.publicTrack')}</NavLink>
          <NavLink to="/public/officers">{t('nav.publicOfficers')}</NavLink>
          <NavLink to="/public/exposures">{t('nav.publicExposures')}</NavLink>
          <NavLink to="/login">{t('nav.staffLogin')}</NavLink>
          <LanguageSwitch variant="link" />
        </nav>
      </header>
      <main className="sp-public__main" id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="sp-public__footer">
        {office.authorityName} · {office.centerName}
      </footer>
    </div>
  );
}
