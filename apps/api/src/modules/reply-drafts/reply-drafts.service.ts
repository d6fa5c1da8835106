import { type Actor, canSaveReplyDraft, type TReplyDraft, type UserActor, ZReplyDraft } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden } from '../../lib/http-errors.ts';
import { snapshotOf } from '../case-store/case-record.ts';
import { findVisibleCase } from '../case-store/visible-case.ts';
import { findReplyDraft, saveReplyDraft } from './reply-drafts.repository.ts';

// The unit's reply as it is being written (saved as they type). Not a workflow action: it
// records no event and does not change the case version; the leader's submit does.

type Deps = { prisma: PrismaClient; clock: Clock };

const toView = (d: { kind: string; text: string; updatedAt: Date }) => ({
  kind: ZReplyDraft.shape.kind.parse(d.kind),
  text: d.text,
  updatedAt: d.updatedAt.toISOString(),
});

export function createReplyDraftsService({ prisma, clock }: Deps) {
  async function draftableCase(caseId: string, actor: Actor, refusal: string) {
    const row = await findVisibleCase(prisma, caseId, actor);
    if (!canSaveReplyDraft(snapshotOf(row), actor)) throw forbidden(refusal);
    return row;
  }

  return {
    /** The saved draft, or null when there is none yet. */
    async get(caseId: string, actor: Actor) {
      const row = await draftableCase(
        caseId,
        actor,
        '只有本单位可查看回复草稿 / only the unit may read its draft',
      );
      const draft = await findReplyDraft(prisma, row.id);
      return draft ? toView(draft) : null;
    },

    async save(caseId: string, draft: TReplyDraft, actor: UserActor) {
      const row = await draftableCase(
        caseId,
        actor,
        '当前不能保存回复草稿 / a draft can be saved only while the notice awaits a reply',
      );
      const saved = await saveReplyDraft(prisma, row.id, {
        ...draft,
        updatedById: actor.id,
        updatedAt: clock.now(),
      });
      return toView(saved);
    },
  };
}

export type ReplyDraftsService = ReturnType<typeof createReplyDraftsService>;
