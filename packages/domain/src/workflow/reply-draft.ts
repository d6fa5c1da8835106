import type { ActionName, PayloadField } from './transition-table.ts';

// The unit's reply as it is typed (not an event): a rectification report or an objection. The
// unit leader turns a saved draft into the matching action, its text prefilling that field.
export const REPLY_DRAFT_KINDS = ['RECTIFICATION', 'OBJECTION'] as const;
export type ReplyDraftKind = (typeof REPLY_DRAFT_KINDS)[number];

export const REPLY_DRAFT_TARGET = {
  RECTIFICATION: { action: 'submit_rectification', field: 'report' },
  OBJECTION: { action: 'object', field: 'grounds' },
} as const satisfies Record<ReplyDraftKind, { action: ActionName; field: PayloadField }>;
