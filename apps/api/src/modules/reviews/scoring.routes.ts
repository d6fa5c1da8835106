import {
  ZCaseReviewLink,
  ZFindingCreated,
  ZFindingRequest,
  ZIdParams,
  ZMySheets,
  ZReconcileRequest,
  ZReviewFile,
  ZSheet,
  ZSheetRequest,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { ReviewFilesService } from './review-files.service.ts';
import type { ScoringService } from './scoring.service.ts';

type Deps = { scoring: ScoringService; reviewFiles: ReviewFilesService };
const tags = ['reviews'];

export const scoringRoutes: FastifyPluginAsyncZod<Deps> = async (app, { scoring, reviewFiles }) => {
  app.get('/api/reviews/my-sheets', { schema: { tags, response: { 200: ZMySheets } } }, async (request) =>
    scoring.mine(requireActor(request)),
  );

  app.get(
    '/api/reviews/sheets/:id',
    { schema: { tags, params: ZIdParams, response: { 200: ZSheet } } },
    async (request) => scoring.get(request.params.id, requireActor(request)),
  );

  app.put(
    '/api/reviews/sheets/:id',
    {
      schema: {
        tags,
        description:
          'Submit (or correct, until the file is final) a sheet: `scores` per item within its points, failed `vetoFailed` items. 400 VALIDATION when out of range.',
        params: ZIdParams,
        body: ZSheetRequest,
        response: { 200: ZSheet },
      },
    },
    async (request) => scoring.submit(request.params.id, request.body, requireActor(request)),
  );

  app.get(
    '/api/reviews/files/:id',
    { schema: { tags, params: ZIdParams, response: { 200: ZReviewFile } } },
    async (request) => reviewFiles.get(request.params.id, requireActor(request)),
  );

  app.post(
    '/api/reviews/files/:id/reconcile',
    { schema: { tags, params: ZIdParams, body: ZReconcileRequest, response: { 200: ZReviewFile } } },
    async (request) => reviewFiles.reconcile(request.params.id, request.body, requireActor(request)),
  );

  app.post(
    '/api/reviews/files/:id/finding',
    {
      schema: {
        tags,
        description:
          'Open a supervision case (source CASE_FILE_REVIEW) from this file, once; the file and the case link to each other.',
        params: ZIdParams,
        body: ZFindingRequest,
        response: { 201: ZFindingCreated },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await reviewFiles.openFinding(request.params.id, request.body, requireActor(request))),
  );

  app.get(
    '/api/reviews/case-links/:id',
    {
      schema: {
        tags,
        description: 'The reviewed file a case came from (center only; null otherwise).',
        params: ZIdParams,
        response: { 200: ZCaseReviewLink },
      },
    },
    async (request) => reviewFiles.caseLink(request.params.id, requireActor(request)),
  );
};
