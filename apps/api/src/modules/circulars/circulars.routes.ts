import {
  ZCircular,
  ZCircularList,
  ZCircularParams,
  ZCreateCircularRequest,
  ZUpdateCircularRequest,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import type { CircularsService } from './circulars.service.ts';

export const circularsRoutes: FastifyPluginAsyncZod<{ circulars: CircularsService }> = async (
  app,
  { circulars },
) => {
  app.get(
    '/api/circulars',
    {
      schema: {
        tags: ['reference'],
        description: '通报: issued and draft circulars.',
        response: { 200: ZCircularList },
      },
    },
    async (request) => circulars.list(requireActor(request)),
  );
  app.post(
    '/api/circulars',
    {
      schema: {
        tags: ['reference'],
        description: "A draft 通报 for a month or quarter, written from the period's statistics.",
        body: ZCreateCircularRequest,
        response: { 201: ZCircular },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await circulars.create(requireActor(request), request.body)),
  );
  app.get(
    '/api/circulars/:id',
    { schema: { tags: ['reference'], params: ZCircularParams, response: { 200: ZCircular } } },
    async (request) => circulars.get(requireActor(request), request.params.id),
  );
  app.patch(
    '/api/circulars/:id',
    {
      schema: {
        tags: ['reference'],
        description: "The draft's title or body (an issued 通报 is frozen: 422 WRONG_STATE).",
        params: ZCircularParams,
        body: ZUpdateCircularRequest,
        response: { 200: ZCircular },
      },
    },
    async (request) => circulars.update(requireActor(request), request.params.id, request.body),
  );
  app.post(
    '/api/circulars/:id/issue',
    {
      schema: {
        tags: ['reference'],
        description: 'The director issues the draft: numbered (监督通报〔year〕n号) and frozen.',
        params: ZCircularParams,
        response: { 200: ZCircular },
      },
    },
    async (request) => circulars.issue(requireActor(request), request.params.id),
  );
};
