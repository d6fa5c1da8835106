import { z } from 'zod';
import { ROLES, STATES } from '../workflow/vocabulary.ts';
import { ZIsoDateTime, ZPage, ZPageQuery, ZQueryBoolean } from './common.ts';

// 待办 and live updates (api-contract v2 "Notifications and live updates").

export const ZNotificationListQuery = ZPageQuery.extend({
  /** Only the unread ones. */
  unread: ZQueryBoolean.optional(),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZNotification = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  caseTitle: z.string(),
  /** The action that happened (its words: the copy's `actions`). */
  action: z.string(),
  /** The case's state after it. */
  toState: z.enum(STATES),
  /** The role that acted; null for the system (the sweeper). Never who. */
  actorRole: z.enum(ROLES).nullable(),
  createdAt: ZIsoDateTime,
  readAt: ZIsoDateTime.nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationPage = ZPage(ZNotification).extend({
  /** How many of the caller's notifications are unread (all pages). */
  unread: z.int(),
});
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

/** SSE `case`: a case in the reader's scope changed. */
export const ZCaseChangeEvent = z.object({ id: z.uuid(), state: z.enum(STATES), version: z.int() });
export type TCaseChangeEvent = z.infer<typeof ZCaseChangeEvent>;

/** SSE `notification`: a new notification for the signed-in user. */
export const ZNotificationEvent = z.object({ id: z.uuid(), caseId: z.uuid(), action: z.string() });
export type TNotificationEvent = z.infer<typeof ZNotificationEvent>;

/** The SSE event names of `GET /api/events/stream`. */
export const STREAM_EVENTS = ['case', 'notification'] as const;
