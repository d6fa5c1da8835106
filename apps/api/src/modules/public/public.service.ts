import {
  hasDismissReason,
  PUBLIC_STATUS_OF,
  publicOutcomeText,
  SYSTEM_ACTOR,
  type TPublicReportRequest,
  type TPublicTracking,
  zhCN,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { notFound, unprocessable } from '../../lib/http-errors.ts';
import { normalizeTrackingCode, trackingHash } from '../../lib/tokens.ts';
import { registerCase } from '../cases/register-case.ts';
import { findActiveUnitByName, findUnitById, unitOptions } from '../units/units.repository.ts';
import { closedAtOf, dismissReasonOf, feedbackOf } from './feedback.ts';

// What anyone may do without signing in: file a complaint, follow it by its tracking code.
// Nothing internal leaves here: a coarse status, the receipt date and the feedback texts.

type Deps = { prisma: PrismaClient; clock: Clock };

export function createPublicService({ prisma, clock }: Deps) {
  /**
   * The unit a report names: by id (an unknown id is refused), or by name — an active unit of
   * exactly that (trimmed) name, else none: the case waits for the center to determine it
   * (单位待确定) with the name as typed.
   */
  async function resolveUnit(
    body: TPublicReportRequest,
  ): Promise<{ unitId: string } | { unitId: null; reportedUnitName: string }> {
    if (body.unitId) {
      const unit = await findUnitById(prisma, body.unitId);
      if (!unit)
        throw unprocessable('找不到该执法单位，请从列表中选择 / unknown unit: choose one from the list', [
          { path: 'unitId', message: '单位不存在 / unknown unit' },
        ]);
      return { unitId: unit.id };
    }
    const name = body.unitName!.trim();
    const unit = await findActiveUnitByName(prisma, name);
    return unit ? { unitId: unit.id } : { unitId: null, reportedUnitName: name };
  }

  return {
    async fileReport(body: TPublicReportRequest): Promise<{ trackingCode: string }> {
      const unit = await resolveUnit(body);
      const { trackingCode } = await registerCase(
        prisma,
        {
          source: 'PUBLIC_COMPLAINT',
          title: body.title,
          description: body.description,
          ...unit,
          ...(body.occurredAt ? { occurredAt: body.occurredAt } : {}),
          reporter: body.contact
            ? { name: body.contact.name, phone: body.contact.phone }
            : { anonymous: true },
        },
        SYSTEM_ACTOR,
        clock.now(),
        { channel: 'PUBLIC_WEB' },
      );
      return { trackingCode: trackingCode! };
    },

    async track(code: string): Promise<TPublicTracking> {
      const normalized = normalizeTrackingCode(code);
      const row = normalized
        ? await prisma.case.findUnique({
            where: { trackingHash: trackingHash(normalized) },
            select: { id: true, state: true, outcome: true, createdAt: true },
          })
        : null;
      if (!row) throw notFound('查询码不存在 / unknown tracking code');
      const statusCode = PUBLIC_STATUS_OF[row.state];
      const feedback = (await feedbackOf(prisma, [row.id])).get(row.id) ?? [];
      const dismissReason = hasDismissReason(row.outcome) ? await dismissReasonOf(prisma, row.id) : null;
      const outcome = publicOutcomeText(zhCN, row.outcome, dismissReason);
      const closedAt = outcome ? await closedAtOf(prisma, row.id) : null;
      return {
        status: zhCN.publicStatuses[statusCode],
        statusCode,
        receivedAt: row.createdAt.toISOString(),
        feedback,
        ...(outcome ? { outcome } : {}),
        ...(outcome && closedAt ? { outcomeAt: closedAt.toISOString() } : {}),
      };
    },

    /** The form's picker: active units only, read on every request so a change shows at once. */
    async units() {
      return (await unitOptions(prisma, true)).map(({ id, name }) => ({ id, name }));
    },
  };
}

export type PublicService = ReturnType<typeof createPublicService>;
