import { canRunReviews, type UserActor } from '@sp/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../lib/http-errors.ts';
import { requireActor } from '../../plugins/auth.ts';

/** The center (staff, director) runs 案卷评查; anyone else gets 403. */
export function requireReviewRunner(request: FastifyRequest): UserActor {
  const actor = requireActor(request);
  if (!canRunReviews(actor)) throw forbidden('仅投诉中心人员可以组织案卷评查 / the center only');
  return actor;
}
