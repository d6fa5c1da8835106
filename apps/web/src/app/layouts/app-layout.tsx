import { MenuOutlined } from '@ant-design/icons';
import type { TUser } from '@sp/domain';
import { Breadcrumb, Button, Drawer, Layout, Menu } from 'antd';
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
import { LanguageSwitch } from '../language-switch';
import { ROLE_HOME } from '../role-home';
import { MENU, menuLabelKey, selectedMenuPath } from './menu-config';
import './app-layout.css';

type Crumb = { crumb?: string };

function SideMenu({ user, onNavigate }: { user: TUser; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = MENU[user.role];
  const selected = selectedMenuPath(entries, pathname);
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
              {t(menuLabelKey(e.label))}
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
        </Link>
        <div className="sp-header__user">
          <span data-testid="current-user" className="sp-header__who">
            <span className="sp-visually-hidden">{t('app.user')}：</span>
            {user.displayName}
            <span className="sp-header__role sp-header__role-tag">{t(`roles.${user.role}`)}</span>
          </span>
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
          title={`${user.displayName} · ${t(`roles.${user.role}`)}`}
        >
          <SideMenu user={user} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
        {/* A plain div, not Layout.Content: that renders a second <main> around this one. */}
        <div className="sp-content">
          <Crumbs home={home} />
          <main id="main" tabIndex={-1} className="sp-main">
            <Outlet />
          </main>
        </div>
      </Layout>
    </Layout>
  );
}
