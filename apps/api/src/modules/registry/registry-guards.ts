import { canManageRegistry, canReadBenchmarks, type UserActor } from '@sp/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';

/** The signed-in administrator, or 401/403. */
export function requireRegistryAdmin(request: FastifyRequest): UserActor {
  const actor = requireActor(request);
  if (!canManageRegistry(actor)) throw forbidden('仅系统管理员可维护执法主体和人员库 / administrators only');
  return actor;
}

export function requireBenchmarkReader(request: FastifyRequest): UserActor {
  const actor = requireActor(request);
  if (!canReadBenchmarks(actor)) throw forbidden();
  return actor;
}
