import {
  ZBenchmark,
  ZBenchmarkInput,
  ZBenchmarkQuery,
  ZIdParams,
  ZPage,
  ZPublicOfficerQuery,
  ZPublicOfficers,
  ZRegistryBodies,
  ZRegistryBody,
  ZRegistryBodyUpdate,
  ZUnitIdParams,
} from '@sp/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BenchmarksService } from './benchmarks.service.ts';
import type { BodiesService } from './bodies.service.ts';
import type { OfficersService } from './officers.service.ts';
import { requireBenchmarkReader, requireRegistryAdmin } from './registry-guards.ts';

type Deps = {
  bodies: BodiesService;
  benchmarks: BenchmarksService;
  officers: OfficersService;
  lookupsPerMinute: number;
};
const tags = ['registry'];

export const registryRoutes: FastifyPluginAsyncZod<Deps> = async (
  app,
  { bodies, benchmarks, officers, lookupsPerMinute },
) => {
  app.get(
    '/api/public/officers',
    {
      schema: {
        tags: ['public'],
        description:
          'Look up an officer by `certificateNo`, or by exact `name` within a body (`unitId`). Public fields only.',
        querystring: ZPublicOfficerQuery,
        response: { 200: ZPublicOfficers },
      },
      config: { rateLimit: { max: lookupsPerMinute, timeWindow: '1 minute' } },
    },
    async (request) => officers.lookupPublic(request.query),
  );

  app.get(
    '/api/admin/registry/bodies',
    { schema: { tags, response: { 200: ZRegistryBodies } } },
    async (request) => {
      requireRegistryAdmin(request);
      return bodies.list();
    },
  );

  app.put(
    '/api/admin/registry/bodies/:unitId',
    { schema: { tags, params: ZUnitIdParams, body: ZRegistryBodyUpdate, response: { 200: ZRegistryBody } } },
    async (request) => {
      requireRegistryAdmin(request);
      return bodies.update(request.params.unitId, request.body);
    },
  );

  app.get(
    '/api/registry/benchmarks',
    {
      schema: {
        tags,
        description:
          '裁量基准 search: `q` (words in the violation, legal basis or field), a body (its own and the general ones), a field.',
        querystring: ZBenchmarkQuery,
        response: { 200: ZPage(ZBenchmark) },
      },
    },
    async (request) => {
      requireBenchmarkReader(request);
      return benchmarks.search(request.query);
    },
  );

  app.post(
    '/api/admin/registry/benchmarks',
    { schema: { tags, body: ZBenchmarkInput, response: { 201: ZBenchmark } } },
    async (request, reply) => {
      requireRegistryAdmin(request);
      return reply.code(201).send(await benchmarks.create(request.body));
    },
  );

  app.put(
    '/api/admin/registry/benchmarks/:id',
    { schema: { tags, params: ZIdParams, body: ZBenchmarkInput, response: { 200: ZBenchmark } } },
    async (request) => {
      requireRegistryAdmin(request);
      return benchmarks.update(request.params.id, request.body);
    },
  );
};
