import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// Security headers that work both on an intranet over plain HTTP and behind an HTTPS proxy.
// - No `upgrade-insecure-requests`: on http://<LAN address>:3000 it sent every script and
//   stylesheet to https://, where nothing listens — a blank page.
// - HSTS only on requests that arrived over HTTPS (directly, or via a proxy trusted with
//   TRUST_PROXY): sent over plain HTTP it means nothing, and the same host may be reached both
//   ways. No includeSubDomains: other intranet hosts under the same domain may be HTTP only.

export const HSTS = 'max-age=15552000';

export default fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
});
