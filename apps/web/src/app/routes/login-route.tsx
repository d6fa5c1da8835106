import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../../features/auth/components/login-form';
import { usePublicOffice } from '../../features/office/api/get-public-office';
import { PublicShell } from '../layouts/public-shell';
import { ROLE_HOME, safeNext } from '../role-home';

export default function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const office = usePublicOffice();
  const [params] = useSearchParams();

  useEffect(() => {
    document.title = `${t('auth.title')} - ${t('app.brand')} ${t('app.name')}`;
  }, [t]);

  return (
    <PublicShell>
      <div className="sp-login">
        <section className="sp-login__intro" aria-label={t('app.name')}>
          <p className="sp-login__brand">{t('app.brand')}</p>
          <p className="sp-login__name">{t('app.name')}</p>
          <p className="sp-login__office" data-testid="login-authority">
            {office.authorityName} · {office.centerName}
          </p>
        </section>
        <div className="sp-login__card">
          <LoginForm
            onSuccess={(role) => navigate(safeNext(params.get('next')) ?? ROLE_HOME[role], { replace: true })}
          />
          <p className="sp-login__public">
            {t('auth.publicHint')}
            <Link to="/public/report">{t('nav.publicReport')}</Link>
            {' · '}
            <Link to="/public/track">{t('nav.publicTrack')}</Link>
          </p>
        </div>
      </div>
    </PublicShell>
  );
}
