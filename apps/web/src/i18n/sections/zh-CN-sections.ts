import { accountZhCN } from './account';
import { administrationZhCN } from './administration';
import { caseWorkZhCN } from './case-work';
import { domainTermsZhCN } from './domain-terms';
import { notificationsZhCN } from './notifications';
import { officeZhCN } from './office';
import { registryZhCN } from './registry';
import { statisticsZhCN } from './statistics';
import { workspaceZhCN } from './workspace';

// The zh-CN feature sections, one chunk that loads with the signed-in app or the public layout
// (see ensureFeatureSections in ../index.ts); en.ts carries its own, since English loads on demand.
export const featureSectionsZhCN = {
  ...domainTermsZhCN,
  ...workspaceZhCN,
  ...caseWorkZhCN,
  office: officeZhCN,
  administration: administrationZhCN,
  account: accountZhCN,
  registry: registryZhCN,
  notifications: notificationsZhCN,
  statistics: statisticsZhCN,
};
