import {
  ZCampaign,
  ZCampaignListQuery,
  ZCampaignReport,
  ZCampaignSummary,
  ZCreateCampaignRequest,
  ZDraw,
  ZDrawRequest,
  ZIdParams,
  ZPage,
  ZPublicDraw,
  ZReviewerCandidates,
  ZReviewResults,
  ZReviewResultsQuery,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CampaignsService } from './campaigns.service.ts';
import type { DrawService } from './draw.service.ts';
import type { ResultsService } from './results.service.ts';
import { requireReviewRunner } from './review-guards.ts';

type Deps = {
  campaigns: CampaignsService;
  draws: DrawService;
  results: ResultsService;
  lookupsPerMinute: number;
};
const tags = ['reviews'];
const BASE = '/api/reviews/campaigns';

export const campaignsRoutes: FastifyPluginAsyncZod<Deps> = async (
  app,
  { campaigns, draws, results, lookupsPerMinute },
) => {
  app.post(
    BASE,
    {
      schema: {
        tags,
        description:
          'Open a campaign: scope, pool, checklist. The answer carries `seedCommitment` = sha256 (hex) of a secret seed revealed at the draw.',
        body: ZCreateCampaignRequest,
        response: { 201: ZCampaign },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await campaigns.create(request.body, requireReviewRunner(request))),
  );

  app.get(
    BASE,
    { schema: { tags, querystring: ZCampaignListQuery, response: { 200: ZPage(ZCampaignSummary) } } },
    async (request) => {
      requireReviewRunner(request);
      return campaigns.list(request.query);
    },
  );

  app.get(
    `${BASE}/:id`,
    { schema: { tags, params: ZIdParams, response: { 200: ZCampaign } } },
    async (request) => {
      requireReviewRunner(request);
      return campaigns.view(request.params.id);
    },
  );

  app.post(
    `${BASE}/:id/draw`,
    {
      schema: {
        tags,
        description:
          '双随机 draw, once (409 after). Optional `observerValue` from an observer joins the seed. 422 says how many files or reviewers exist when too many are asked.',
        params: ZIdParams,
        body: ZDrawRequest,
        response: { 200: ZDraw },
      },
    },
    async (request) => draws.draw(request.params.id, request.body, requireReviewRunner(request)),
  );

  app.post(
    `${BASE}/:id/close`,
    { schema: { tags, params: ZIdParams, response: { 200: ZCampaign } } },
    async (request) => {
      requireReviewRunner(request);
      return campaigns.close(request.params.id);
    },
  );

  app.get(
    `${BASE}/:id/results`,
    { schema: { tags, params: ZIdParams, response: { 200: ZReviewResults } } },
    async (request) => {
      requireReviewRunner(request);
      return results.ofCampaign(request.params.id);
    },
  );

  app.get(
    `${BASE}/:id/report`,
    { schema: { tags, params: ZIdParams, response: { 200: ZCampaignReport } } },
    async (request) => {
      requireReviewRunner(request);
      return results.report(request.params.id);
    },
  );

  app.get(
    '/api/reviews/results',
    {
      schema: {
        tags,
        description: '案卷评查合格率 by unit for reviewed files decided in [from, to] (for statistics).',
        querystring: ZReviewResultsQuery,
        response: { 200: ZReviewResults },
      },
    },
    async (request) => {
      requireReviewRunner(request);
      return results.resultsByUnit(request.query);
    },
  );

  app.get(
    '/api/reviews/reviewer-candidates',
    { schema: { tags, response: { 200: ZReviewerCandidates } } },
    async (request) => {
      requireReviewRunner(request);
      return campaigns.candidates();
    },
  );

  app.get(
    '/api/public/draws/:id',
    {
      schema: {
        tags: ['public'],
        description: 'A published draw: recompute `result` from `seed` and `inputs` (docs/random-draw.md).',
        params: ZIdParams,
        response: { 200: ZPublicDraw },
      },
      config: { rateLimit: { max: lookupsPerMinute, timeWindow: '1 minute' } },
    },
    async (request) => draws.publicDraw(request.params.id),
  );
};
