import type { TUser } from '@sp/domain';
import { Button } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate } from 'react-router';
import { PasswordForm } from '../../features/account/components/password-form';
import { useLogout } from '../../features/auth/api/logout';
import { PublicShell } from '../layouts/public-shell';
import { ROLE_HOME } from '../role-home';
import './password-change.css';

/**
 * Where a user signed in with a one-time password is sent (every API call but three answers
 * PASSWORD_CHANGE_REQUIRED until then). Outside the app frame: there is nothing else to do yet.
 */
export default function PasswordChangeRoute() {
  const { t } = useTranslation();
  const user = useLoaderData() as TUser;
  const navigate = useNavigate();
  const logout = useLogout();
  useEffect(() => {
    document.title = `${t('account.requiredTitle')} - ${t('app.brand')} ${t('app.name')}`;
  }, [t]);
  return (
    <PublicShell>
      <div className="sp-password-change">
        <div className="sp-login__card">
          <h1 className="sp-login-form__title">{t('account.requiredTitle')}</h1>
          <p>{t('account.requiredIntro')}</p>
          <p className="sp-muted">
            {t('app.user')}：{user.displayName}（{user.username}）
          </p>
          <PasswordForm
            username={user.username}
            firstTime
            onChanged={() => navigate(ROLE_HOME[user.role], { replace: true })}
          />
          <Button
            type="link"
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
            }
          >
            {t('auth.logout')}
          </Button>
        </div>
      </div>
    </PublicShell>
  );
}
