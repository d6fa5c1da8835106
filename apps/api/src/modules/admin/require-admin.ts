import { canAdminister } from '@sp/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';

/** The signed-in administrator, or 401 / 403 (every admin route is ADMIN only). */
export function requireAdmin(request: FastifyRequest, detail = '仅系统管理员可操作 / administrators only') {
  const actor = requireActor(request);
  if (!canAdminister(actor)) throw forbidden(detail);
  return actor;
}
