import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Clock } from './lib/clock.ts';
import { createMailer } from './lib/mailer.ts';
import { adminRoutes } from './modules/admin/admin.routes.ts';
import { createCalendarAdminService } from './modules/admin/calendar-admin.service.ts';
import { attachmentsRoutes } from './modules/attachments/attachments.routes.ts';
import { createAttachmentsService } from './modules/attachments/attachments.service.ts';
import { MAX_UPLOAD_BYTES } from './modules/attachments/content-type.ts';
import { createFileStore } from './modules/attachments/file-store.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createLoginThrottle } from './modules/auth/login-throttle.ts';
import { createPasswordService } from './modules/auth/password.service.ts';
import { createSessionsService } from './modules/auth/sessions.service.ts';
import { createCalendarService } from './modules/calendar/calendar.service.ts';
import { caseOfficersRoutes } from './modules/case-officers/case-officers.routes.ts';
import { createCaseOfficersService } from './modules/case-officers/case-officers.service.ts';
import { createCaseEventsService } from './modules/cases/case-events.service.ts';
import { casesRoutes } from './modules/cases/cases.routes.ts';
import { createCasesService } from './modules/cases/cases.service.ts';
import { casesExportRoutes } from './modules/cases/cases-export.routes.ts';
import { createCasesExportService } from './modules/cases/cases-export.service.ts';
import { circularsRoutes } from './modules/circulars/circulars.routes.ts';
import { createCircularsService } from './modules/circulars/circulars.service.ts';
import { createDigestService } from './modules/digest/digest.service.ts';
import { exposuresRoutes } from './modules/exposures/exposures.routes.ts';
import { createExposuresService } from './modules/exposures/exposures.service.ts';
import { importRoutes } from './modules/import/import.routes.ts';
import { createImportService } from './modules/import/import.service.ts';
import { liveRoutes } from './modules/live/live.routes.ts';
import { createLiveHub } from './modules/live/live-hub.ts';
import { monitoringRoutes } from './modules/monitoring/monitoring.routes.ts';
import { createMonitoringService } from './modules/monitoring/monitoring.service.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { createNotificationsService } from './modules/notifications/notifications.service.ts';
import { officeProfileRoutes } from './modules/office-profile/office-profile.routes.ts';
import {
  createOfficeProfileService,
  type OfficeProfileService,
} from './modules/office-profile/office-profile.service.ts';
import { publicRoutes } from './modules/public/public.routes.ts';
import { createPublicService } from './modules/public/public.service.ts';
import { createBenchmarksService } from './modules/registry/benchmarks.service.ts';
import { createBodiesService } from './modules/registry/bodies.service.ts';
import { officersRoutes } from './modules/registry/officers.routes.ts';
import { createOfficersService } from './modules/registry/officers.service.ts';
import { createOfficersImportService } from './modules/registry/officers-import.service.ts';
import { registryRoutes } from './modules/registry/registry.routes.ts';
import { replyDraftsRoutes } from './modules/reply-drafts/reply-drafts.routes.ts';
import { createReplyDraftsService } from './modules/reply-drafts/reply-drafts.service.ts';
import { myReportsRoutes } from './modules/reports/my-reports.routes.ts';
import { createMyReportsService } from './modules/reports/my-reports.service.ts';
import { campaignsRoutes } from './modules/reviews/campaigns.routes.ts';
import { createCampaignsService } from './modules/reviews/campaigns.service.ts';
import { caseFilesRoutes } from './modules/reviews/case-files.routes.ts';
import { createCaseFilesService } from './modules/reviews/case-files.service.ts';
import { createDrawService } from './modules/reviews/draw.service.ts';
import { createLetterheadSource } from './modules/reviews/letterhead.ts';
import { createResultsService } from './modules/reviews/results.service.ts';
import { createReviewFilesService } from './modules/reviews/review-files.service.ts';
import { scoringRoutes } from './modules/reviews/scoring.routes.ts';
import { createScoringService } from './modules/reviews/scoring.service.ts';
import { statsRoutes } from './modules/stats/stats.routes.ts';
import { createStatsService } from './modules/stats/stats.service.ts';
import { createSweepService } from './modules/sweeper/sweep.service.ts';
import { createSettingsService } from './modules/system/settings.service.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { createSystemService } from './modules/system/system.service.ts';
import { unitOptionsRoutes, unitsAdminRoutes } from './modules/units/units.routes.ts';
import { createUnitsService } from './modules/units/units.service.ts';
import { createAssigneesService } from './modules/users/assignees.service.ts';
import { assigneeRoutes, usersAdminRoutes } from './modules/users/users.routes.ts';
import { createUsersService } from './modules/users/users.service.ts';
import authPlugin from './plugins/auth.ts';
import errorHandler, { sendProblem } from './plugins/error-handler.ts';
import openapi from './plugins/openapi.ts';
import textGuard from './plugins/text-guard.ts';
import transportSecurity from './plugins/transport-security.ts';
import webApp from './plugins/web-app.ts';

export type AppDeps = {
  config: Pick<Config, 'dataDir' | 'testClock' | 'publicReportsPerMinute' | 'logLevel'> &
    Partial<Pick<Config, 'trustProxy' | 'smtpUrl' | 'smtpFrom'>> & {
      /** The most rows an .xlsx export may have (default EXPORT_MAX_ROWS; tests lower it). */
      exportMaxRows?: number;
    };
  db: Database;
  clock: Clock;
  /** The web app's build folder, served on the same port; null in API-only tests. */
  webDist: string | null;
  logger?: boolean;
  /** How often live streams get a heartbeat and their session re-checked (default 15 s). */
  liveHeartbeatMs?: number;
};

/** Wires services to routes. Layers: external plugins → app plugins → feature routes. */
export async function buildApp({
  config,
  db,
  clock,
  webDist,
  logger = true,
  liveHeartbeatMs = 15_000,
}: AppDeps) {
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    bodyLimit: 1024 * 1024,
    // Behind a reverse proxy (TRUST_PROXY), request.ip and request.protocol come from its
    // X-Forwarded-* headers: rate limits see the client, cookies know the request was HTTPS.
    trustProxy: config.trustProxy ?? false,
    // Long Chinese texts are fine; absurd URLs are not.
    routerOptions: { maxParamLength: 200 },
    // Undecodable URLs (400) and over-long path parameters (414) answer problem+json too.
    frameworkErrors: (error, _request, reply) => sendProblem(reply, error.statusCode ?? 400, error.message),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON (and multipart for uploads) only: with SameSite=Strict cookies this keeps cross-site
  // form posts out, since a plain HTML form cannot send application/json.
  app.removeContentTypeParser('text/plain');

  await app.register(errorHandler);
  await app.register(textGuard);
  await app.register(transportSecurity);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });
  await app.register(openapi);

  const { prisma } = db;
  const calendars = createCalendarService({ prisma });
  const settings = createSettingsService({ prisma });
  const sessions = createSessionsService({ prisma, clock });
  const cases = createCasesService({ prisma, clock, calendars, settings });
  const events = createCaseEventsService({ prisma });
  const files = createFileStore(config.dataDir);
  const attachments = createAttachmentsService({ prisma, clock, files });
  const publicService = createPublicService({ prisma, clock });
  const sweep = createSweepService({ prisma, clock, calendars });
  const officeProfile = createOfficeProfileService({ prisma, clock });

  await app.register(authPlugin, { sessions });
  const live = createLiveHub({
    db,
    sessionValid: async (token) => (await sessions.resolve(token)) !== null,
    heartbeatMs: liveHeartbeatMs,
    log: (msg) => app.log.warn(msg),
  });
  const throttle = createLoginThrottle({ prisma });
  await app.register(authRoutes, {
    sessions,
    throttle,
    passwords: createPasswordService({ prisma, clock, throttle }),
    signedOut: (token) => live.sessionEnded(token),
  });
  await app.register(liveRoutes, { live });
  const notifications = createNotificationsService({ prisma, clock });
  await app.register(notificationsRoutes, { notifications });
  const mailer = createMailer(config.smtpUrl, config.smtpFrom);
  if (mailer) app.addHook('onClose', async () => mailer.close());
  const digest = createDigestService({
    prisma,
    clock,
    calendars,
    notifications,
    mailer,
    log: (msg, err) => app.log.error({ err }, msg),
  });
  await app.register(casesRoutes, { cases, events });
  await app.register(casesExportRoutes, {
    exports: createCasesExportService({
      prisma,
      clock,
      calendars,
      ...(config.exportMaxRows ? { maxRows: config.exportMaxRows } : {}),
    }),
    now: () => clock.now(),
  });
  await app.register(attachmentsRoutes, { attachments });
  await app.register(replyDraftsRoutes, { replyDrafts: createReplyDraftsService({ prisma, clock }) });
  await app.register(publicRoutes, {
    service: publicService,
    reportsPerMinute: config.publicReportsPerMinute,
  });
  await app.register(exposuresRoutes, { service: createExposuresService({ prisma }) });
  await app.register(myReportsRoutes, { myReports: createMyReportsService({ prisma }) });
  const stats = createStatsService({ prisma, clock, calendars });
  await app.register(statsRoutes, { stats });
  await app.register(circularsRoutes, { circulars: createCircularsService({ prisma, clock, stats }) });
  await app.register(monitoringRoutes, {
    monitoring: createMonitoringService({ prisma, clock, calendars }),
  });
  const units = createUnitsService({ prisma });
  await app.register(unitOptionsRoutes, { units });
  await app.register(assigneeRoutes, { assignees: createAssigneesService({ prisma }) });
  await app.register(unitsAdminRoutes, { units });
  await app.register(usersAdminRoutes, { users: createUsersService({ prisma, clock }) });
  await app.register(importRoutes, { imports: createImportService({ prisma }) });
  await app.register(adminRoutes, {
    calendarAdmin: createCalendarAdminService({ prisma, clock, calendars }),
  });
  await app.register(officeProfileRoutes, { profile: officeProfile });
  await app.register(auditRoutes, { audit: createAuditService({ prisma }) });
  await registerRegistryAndReviews(app, {
    prisma,
    clock,
    officeProfile,
    lookupsPerMinute: PUBLIC_LOOKUPS_PER_MINUTE,
  });
  await app.register(systemRoutes, {
    system: createSystemService({ prisma, clock, sweep, digest }),
    testClock: config.testClock,
  });
  await app.register(webApp, { webDist });

  return {
    app: app as unknown as FastifyInstance,
    services: { cases, sweep, digest, calendars, settings, officeProfile, publicService, live },
  };
}

/** Public look-ups (officers, draws) per minute per address. */
const PUBLIC_LOOKUPS_PER_MINUTE = 60;

/** 执法主体和人员库 and 案卷评查 (issue 12). */
async function registerRegistryAndReviews(
  app: FastifyInstance,
  {
    prisma,
    clock,
    officeProfile,
    lookupsPerMinute,
  }: {
    prisma: Database['prisma'];
    clock: Clock;
    officeProfile: OfficeProfileService;
    lookupsPerMinute: number;
  },
) {
  const deps = { prisma, clock };
  const officers = createOfficersService(deps);
  await app.register(officersRoutes, { officers, officersImport: createOfficersImportService(deps) });
  await app.register(registryRoutes, {
    officers,
    bodies: createBodiesService(deps),
    benchmarks: createBenchmarksService(deps),
    lookupsPerMinute,
  });
  await app.register(caseFilesRoutes, { caseFiles: createCaseFilesService(deps) });
  await app.register(campaignsRoutes, {
    campaigns: createCampaignsService(deps),
    draws: createDrawService(deps),
    results: createResultsService({ ...deps, letterhead: createLetterheadSource(officeProfile) }),
    lookupsPerMinute,
  });
  await app.register(caseOfficersRoutes, { caseOfficers: createCaseOfficersService(deps) });
  await app.register(scoringRoutes, {
    scoring: createScoringService(deps),
    reviewFiles: createReviewFilesService(deps),
  });
}

export type BuiltApp = Awaited<ReturnType<typeof buildApp>>;
