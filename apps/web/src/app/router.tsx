import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject, redirect } from 'react-router';
import { Loading } from '../components/loading';
import { ensureFeatureSections } from '../i18n';
import { onPasswordChangeRequired, onUnauthorized } from '../lib/query-client';
import { CASE_ROLES, CENTER_ROLES, UNIT_ROLES } from './role-home';
import { RouteError } from './route-error';
import {
  appLoader,
  homeLoader,
  loginLoader,
  PASSWORD_CHANGE_PATH,
  passwordChangeLoader,
  rolesLoader,
} from './route-guards';
import { registryRoutes } from './routes/registry-routes';

// Data routes. Every page is its own lazy chunk, so the login page and each role's area load
// only what they render. `handle.crumb` names the page in the breadcrumb (an i18n key).

const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
});

/** A page that needs the feature sections of the copy (everything but the login page). */
const withSections = (load: () => Promise<{ default: ComponentType }>) => async () => {
  const [module] = await Promise.all([load(), ensureFeatureSections()]);
  return { Component: module.default };
};

const centerOnly = rolesLoader(CENTER_ROLES);
const director = rolesLoader(['CENTER_DIRECTOR']);
const admin = rolesLoader(['ADMIN']);

const appRoutes: RouteObject[] = [
  { index: true, loader: homeLoader },
  {
    path: 'dashboard',
    loader: centerOnly,
    handle: { crumb: 'nav.dashboard' },
    lazy: page(() => import('./routes/dashboard-route')),
  },
  {
    path: 'monitoring',
    loader: centerOnly,
    handle: { crumb: 'nav.monitoring' },
    lazy: page(() => import('./routes/monitoring-route')),
  },
  {
    path: 'circulars',
    loader: centerOnly,
    handle: { crumb: 'nav.circulars' },
    lazy: page(() => import('./routes/circulars-route')),
  },
  {
    path: 'notifications',
    handle: { crumb: 'nav.notifications' },
    lazy: page(() => import('./routes/notifications-route')),
  },
  {
    path: 'cases',
    loader: centerOnly,
    handle: { crumb: 'nav.queue' },
    lazy: page(() => import('./routes/queue-route')),
  },
  {
    path: 'cases/new',
    loader: centerOnly,
    handle: { crumb: 'nav.intake' },
    lazy: page(() => import('./routes/intake-route')),
  },
  {
    path: 'cases/:id',
    loader: rolesLoader(CASE_ROLES),
    handle: { crumb: 'nav.caseDetail' },
    lazy: page(() => import('./routes/case-route')),
  },
  {
    path: 'cases/:id/notice',
    loader: rolesLoader(CASE_ROLES),
    handle: { crumb: 'nav.notice' },
    lazy: page(() => import('./routes/notice-route')),
  },
  {
    path: 'director/approvals',
    loader: director,
    handle: { crumb: 'nav.approvals' },
    lazy: page(() => import('./routes/approvals-route')),
  },
  {
    path: 'director/approvals/:id',
    loader: director,
    handle: { crumb: 'nav.approvals' },
    lazy: page(() => import('./routes/approvals-route')),
  },
  {
    path: 'director/extensions',
    loader: director,
    handle: { crumb: 'nav.extensions' },
    lazy: page(() => import('./routes/extensions-route')),
  },
  {
    path: 'director/objections',
    loader: director,
    handle: { crumb: 'nav.objections' },
    lazy: page(() => import('./routes/objections-route')),
  },
  {
    path: 'director/referral',
    loader: director,
    handle: { crumb: 'nav.referral' },
    lazy: page(() => import('./routes/referral-route')),
  },
  {
    path: 'unit/notices',
    loader: rolesLoader(UNIT_ROLES),
    handle: { crumb: 'nav.unitInbox' },
    lazy: page(() => import('./routes/unit-inbox-route')),
  },
  {
    path: 'supervisor/reports',
    loader: rolesLoader(['SUPERVISOR']),
    handle: { crumb: 'nav.myReports' },
    lazy: page(() => import('./routes/my-reports-route')),
  },
  {
    path: 'supervisor/report',
    loader: rolesLoader(['SUPERVISOR']),
    handle: { crumb: 'nav.supervisorReport' },
    lazy: page(() => import('./routes/supervisor-report-route')),
  },
  {
    path: 'government/decisions',
    loader: rolesLoader(['GOVERNMENT']),
    handle: { crumb: 'nav.decisions' },
    lazy: page(() => import('./routes/decisions-route')),
  },
  {
    path: 'discipline/referrals',
    loader: rolesLoader(['DISCIPLINE']),
    handle: { crumb: 'nav.referrals' },
    lazy: page(() => import('./routes/referrals-route')),
  },
  {
    path: 'discipline/transfer-in',
    loader: rolesLoader(['DISCIPLINE']),
    handle: { crumb: 'nav.transferIn' },
    lazy: page(() => import('./routes/transfer-in-route')),
  },
  {
    // The administrator's area. Each page is an entry of MENU.ADMIN (menu-config.tsx).
    path: 'admin',
    loader: admin,
    handle: { crumb: 'nav.admin' },
    children: [
      { index: true, loader: () => redirect('/admin/users') },
      {
        path: 'users',
        loader: admin,
        handle: { crumb: 'administration.nav.users' },
        lazy: page(() => import('./routes/admin-users-route')),
      },
      {
        path: 'units',
        loader: admin,
        handle: { crumb: 'administration.nav.units' },
        lazy: page(() => import('./routes/admin-units-route')),
      },
      {
        path: 'import',
        loader: admin,
        handle: { crumb: 'administration.nav.import' },
        lazy: page(() => import('./routes/admin-import-route')),
      },
    ],
  },
  {
    path: 'account/password',
    handle: { crumb: 'account.title' },
    lazy: page(() => import('./routes/account-password-route')),
  },
  {
    path: 'admin/profile',
    loader: rolesLoader(['ADMIN']),
    handle: { crumb: 'office.nav.profile' },
    lazy: page(() => import('./routes/admin-profile-route')),
  },
  {
    path: 'admin/calendar',
    loader: rolesLoader(['ADMIN']),
    handle: { crumb: 'office.nav.calendar' },
    lazy: page(() => import('./routes/admin-calendar-route')),
  },
  {
    path: 'admin/audit',
    loader: rolesLoader(['ADMIN']),
    handle: { crumb: 'office.nav.audit' },
    lazy: page(() => import('./routes/admin-audit-route')),
  },
  ...registryRoutes,
];

export const routes: RouteObject[] = [
  {
    id: 'root',
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      { path: 'login', loader: loginLoader, lazy: page(() => import('./routes/login-route')) },
      {
        path: PASSWORD_CHANGE_PATH.slice(1),
        loader: passwordChangeLoader,
        lazy: withSections(() => import('./routes/password-change-route')),
      },
      {
        path: 'public',
        lazy: withSections(() => import('./layouts/public-layout')),
        children: [
          { index: true, loader: () => redirect('/public/report') },
          { path: 'report', lazy: page(() => import('./routes/public-report-route')) },
          { path: 'track', lazy: page(() => import('./routes/public-track-route')) },
          { path: 'officers', lazy: page(() => import('./routes/public-officers-route')) },
          { path: 'exposures', lazy: page(() => import('./routes/public-exposures-route')) },
          { path: 'draws/:id', lazy: page(() => import('./routes/public-draw-route')) },
        ],
      },
      {
        id: 'app',
        path: '/',
        loader: appLoader,
        lazy: withSections(() => import('./layouts/app-layout')),
        children: [...appRoutes, { path: '*', lazy: page(() => import('./routes/not-found-route')) }],
      },
    ],
  },
];

export function createAppRouter() {
  const router = createBrowserRouter(routes);
  onUnauthorized(() => {
    const { pathname, search } = window.location;
    if (pathname.startsWith('/login') || pathname.startsWith('/public')) return;
    void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`);
  });
  onPasswordChangeRequired(() => {
    if (window.location.pathname !== PASSWORD_CHANGE_PATH) void router.navigate(PASSWORD_CHANGE_PATH);
  });
  return router;
}
