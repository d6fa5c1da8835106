import { z } from 'zod';
import { MONITORING_DEADLINE_KINDS } from '../monitoring/board.ts';
import { DEADLINE_STATUSES } from '../workflow/deadline-status.ts';
import { STATES } from '../workflow/vocabulary.ts';
import { ZStatsQuery } from './stats.ts';

/** GET /api/monitoring: the period (registration dates, both or neither) of the lateness referrals. */
export const ZMonitoringQuery = ZStatsQuery;
export type TMonitoringQuery = z.infer<typeof ZMonitoringQuery>;

export const ZMonitoringCard = z.object({
  caseId: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.enum(STATES),
  kind: z.enum(MONITORING_DEADLINE_KINDS),
  dueAt: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  /** 剩余 N 个工作日 (0 on the due day and once overdue). */
  workingDaysLeft: z.int(),
});
export type TMonitoringCard = z.infer<typeof ZMonitoringCard>;

const ZLights = {
  onTrack: z.int(),
  dueSoon: z.int(),
  overdue: z.int(),
  /** Cases registered in the period that the system referred for lateness (red). */
  referredForLateness: z.int(),
};

/**
 * The e-monitoring board (银川 电子监察): every running deadline as of `asOf`, per unit, most
 * urgent first. overdue / dueSoon per unit equal GET /api/cases?unitId=&overdue=true / dueSoon=true.
 */
export const ZMonitoringBoard = z.object({
  asOf: z.string(),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  totals: z.object(ZLights),
  units: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), ...ZLights, cards: z.array(ZMonitoringCard) }),
  ),
});
export type TMonitoringBoard = z.infer<typeof ZMonitoringBoard>;
