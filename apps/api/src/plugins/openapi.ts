import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

// The OpenAPI document is generated from the same zod schemas that validate requests, so it
// cannot drift from what the server accepts.
export default fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: '执法监督+ API',
        version: '1',
        description:
          'Supervision Plus: administrative enforcement supervision case tracker. See api-contract.md.',
      },
      tags: [
        { name: 'session' },
        { name: 'cases' },
        { name: 'attachments' },
        { name: 'public' },
        { name: 'reference' },
        { name: 'admin' },
        { name: 'operations' },
      ],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sp_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
