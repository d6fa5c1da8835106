import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { CENTER_ROLES } from '../role-home';
import { requireUser, rolesLoader } from '../route-guards';

// The signed-in pages of 执法主体和人员库 (admin) and 案卷评查 (center; any reviewer for their
// own sheets — the API decides which sheet a user may open).

const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
});
const admin = rolesLoader(['ADMIN']);
const center = rolesLoader(CENTER_ROLES);
const signedIn = async ({ request }: { request: Request }) => {
  await requireUser(request);
  return null;
};

export const registryRoutes: RouteObject[] = [
  {
    path: 'admin/registry/officers',
    loader: admin,
    handle: { crumb: 'registry.nav.officers' },
    lazy: page(() => import('./admin-officers-route')),
  },
  {
    path: 'admin/registry/bodies',
    loader: admin,
    handle: { crumb: 'registry.nav.bodies' },
    lazy: page(() => import('./admin-bodies-route')),
  },
  {
    path: 'admin/registry/benchmarks',
    loader: admin,
    handle: { crumb: 'registry.nav.benchmarks' },
    lazy: page(() => import('./admin-benchmarks-route')),
  },
  {
    path: 'reviews',
    loader: center,
    handle: { crumb: 'registry.nav.reviews' },
    lazy: page(() => import('./reviews-route')),
  },
  {
    path: 'reviews/case-files',
    loader: center,
    handle: { crumb: 'registry.nav.caseFiles' },
    lazy: page(() => import('./review-case-files-route')),
  },
  {
    path: 'reviews/campaigns/:id',
    loader: center,
    handle: { crumb: 'registry.nav.campaign' },
    lazy: page(() => import('./review-campaign-route')),
  },
  {
    path: 'reviews/campaigns/:id/report',
    loader: center,
    handle: { crumb: 'registry.nav.report' },
    lazy: page(() => import('./review-report-route')),
  },
  {
    path: 'reviews/files/:id',
    loader: center,
    handle: { crumb: 'registry.nav.reviewFile' },
    lazy: page(() => import('./review-file-route')),
  },
  {
    path: 'reviews/sheets/:id',
    loader: signedIn,
    handle: { crumb: 'registry.nav.sheet' },
    lazy: page(() => import('./review-sheet-route')),
  },
  {
    path: 'reviews/mine',
    loader: signedIn,
    handle: { crumb: 'registry.nav.mySheets' },
    lazy: page(() => import('./my-review-sheets-route')),
  },
];
