import {
  ZChainQuery,
  ZChainVerification,
  ZIdParams,
  ZReporterAccessPage,
  ZReporterAccessQuery,
} from '@sp/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import { requireAdmin } from '../admin/require-admin.ts';
import type { AuditService } from './audit.service.ts';

type Deps = { audit: AuditService };

const adminOnly = '仅系统管理员可查看审计记录 / administrators only';
const admin = (request: FastifyRequest) => requireAdmin(request, adminOnly);

export const auditRoutes: FastifyPluginAsyncZod<Deps> = async (app, { audit }) => {
  app.get(
    '/api/admin/audit/reporter-access',
    {
      schema: {
        tags: ['admin'],
        description: "Who read a reporter's identity, when, by which route (newest first).",
        querystring: ZReporterAccessQuery,
        response: { 200: ZReporterAccessPage },
      },
    },
    async (request) => {
      admin(request);
      return audit.reporterAccess(request.query);
    },
  );

  app.get(
    '/api/admin/audit/chain',
    {
      schema: {
        tags: ['admin'],
        description: "Verifies one case's hash chain, found by its number.",
        querystring: ZChainQuery,
        response: { 200: ZChainVerification },
      },
    },
    async (request) => {
      admin(request);
      return audit.verifyByNumber(request.query.caseNumber);
    },
  );

  app.get(
    '/api/cases/:id/chain',
    {
      schema: {
        tags: ['cases'],
        description: "Verifies this case's hash chain (center staff and director).",
        params: ZIdParams,
        response: { 200: ZChainVerification },
      },
    },
    async (request) => audit.verifyCase(request.params.id, requireActor(request)),
  );
};
