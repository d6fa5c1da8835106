import { BellOutlined, MenuOutlined } from '@ant-design/icons';
import { isAdministratorRole, type TUser } from '@sp/domain';
import { Badge, Breadcrumb, Button, Drawer, Layout, Menu } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Link,
  Outlet,
  useLocation,
  useMatches,
  useNavigate,
  useNavigation,
  useRouteLoaderData,
} from 'react-router';
import { useLogout } from '../../features/auth/api/logout';
import { CalendarWarning } from '../../features/calendar/components/calendar-warning';
import { useLiveUpdates } from '../../features/notifications/api/live-updates';
import { useUnreadCount } from '../../features/notifications/api/notifications';
import { useOfficeProfile } from '../../features/office/api/get-office-profile';
import { LanguageSwitch } from '../language-switch';
import { ROLE_HOME } from '../role-home';
import { MENU, NOTIFICATIONS_PATH, selectedMenuPath } from './menu-config';
import './app-layout.css';

type Crumb = { crumb?: string };

function SideMenu({ user, onNavigate }: { user: TUser; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = MENU[user.role];
  const selected = selectedMenuPath(entries, pathname);
  const unread = useUnreadCount();
  return (
    <nav aria-label={t('app.mainMenu')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={entries.map((e) => ({
          key: e.path,
          icon: e.icon,
          label: (
            <Link to={e.path} onClick={onNavigate} aria-current={selected === e.path ? 'page' : undefined}>
              {t(e.label)}
              {e.path === NOTIFICATIONS_PATH && unread > 0 ? (
                <Badge
                  className="sp-menu-badge"
                  count={unread}
                  overflowCount={99}
                  size="small"
                  data-testid="menu-unread"
                  title={t('notifications.badge', { n: unread })}
                />
              ) : null}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}

function Crumbs({ home }: { home: string }) {
  const { t } = useTranslation();
  const matches = useMatches();
  const items = matches
    .filter((m) => (m.handle as Crumb | undefined)?.crumb)
    .map((m) => ({ title: t((m.handle as Crumb).crumb as 'nav.queue') }));
  return (
    <Breadcrumb
      className="sp-breadcrumb"
      aria-label={t('app.breadcrumb')}
      items={[{ title: <Link to={home}>{t('app.home')}</Link> }, ...items]}
    />
  );
}

/** The signed-in frame: dark-blue header, the role's side menu, breadcrumbs, content. */
export default function AppLayout() {
  const { t } = useTranslation();
  const user = useRouteLoaderData('app') as TUser;
  const navigation = useNavigation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const home = ROLE_HOME[user.role];
  const office = useOfficeProfile().profile;
  const roleLabel = t(`roles.${user.role}`);
  const unread = useUnreadCount();
  useLiveUpdates();

  const signOut = () => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });

  return (
    <Layout className="sp-app">
      <a className="sp-skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      {navigation.state === 'loading' && (
        <div className="sp-progress" role="progressbar" aria-label={t('common.loading')} />
      )}
      <Layout.Header className="sp-header">
        <Button
          className="sp-header__menu-button"
          type="text"
          icon={<MenuOutlined />}
          aria-label={t('common.menu')}
          aria-expanded={drawerOpen}
          onClick={() => setDrawerOpen(true)}
        />
        <Link to={home} className="sp-header__brand">
          <span className="sp-header__plus">{t('app.brand')}</span>
          <span className="sp-header__name">{t('app.name')}</span>
          <span className="sp-header__office" data-testid="header-authority">
            {office.authorityName}
          </span>
        </Link>
        <div className="sp-header__user">
          <span data-testid="current-user" className="sp-header__who">
            <span className="sp-visually-hidden">{t('app.user')}：</span>
            {user.displayName}
            {/* A name that is the role's own word (系统管理员) needs no tag repeating it. */}
            {user.displayName !== roleLabel && (
              <span className="sp-header__role sp-header__role-tag">{roleLabel}</span>
            )}
          </span>
          <Link
            to={NOTIFICATIONS_PATH}
            className="sp-header__bell"
            data-testid="header-notifications"
            aria-label={`${t('nav.notifications')}${unread > 0 ? `：${t('notifications.badge', { n: unread })}` : ''}`}
          >
            <Badge count={unread} overflowCount={99} size="small">
              <BellOutlined />
            </Badge>
          </Link>
          <Link to="/account/password" className="sp-header__link" data-testid="account-password-link">
            {t('account.changePassword')}
          </Link>
          <LanguageSwitch />
          <button type="button" className="sp-header__logout" onClick={signOut}>
            {t('auth.logout')}
          </button>
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} className="sp-sider" theme="light">
          <SideMenu user={user} />
        </Layout.Sider>
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={260}
          title={user.displayName === roleLabel ? roleLabel : `${user.displayName} · ${roleLabel}`}
        >
          <SideMenu user={user} onNavigate={() => setDrawerOpen(false)} />
          <Link to="/account/password" className="sp-drawer-link" onClick={() => setDrawerOpen(false)}>
            {t('account.changePassword')}
          </Link>
        </Drawer>
        {/* A plain div, not Layout.Content: that renders a second <main> around this one. */}
        <div className="sp-content">
          <Crumbs home={home} />
          {isAdministratorRole(user.role) && <CalendarWarning />}
          <main id="main" tabIndex={-1} className="sp-main">
            <Outlet />
          </main>
        </div>
      </Layout>
    </Layout>
  );
}
