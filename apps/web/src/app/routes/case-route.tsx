import {
  type ActionName,
  canSaveReplyDraftIn,
  isUnitRole,
  mayVerifyChainRole,
  REPLY_DRAFT_TARGET,
  signsUnitReply,
  type TCase,
  type TReplyDraft,
  type TUser,
} from '@sp/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useRouteLoaderData } from 'react-router';
import { DeadlineBadge } from '../../components/deadline-badge';
import type { FormValues } from '../../components/form/use-zod-form';
import { NotFoundView } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';
import { StateTag } from '../../components/state-tag';
import { QueryView } from '../../components/status-views';
import { useAttachments } from '../../features/attachments/api/get-attachments';
import { AttachmentsCard } from '../../features/attachments/components/attachments-card';
import { VerifyChainButton } from '../../features/audit/components/verify-chain-button';
import { useCase } from '../../features/cases/api/get-case';
import { ActionPanel } from '../../features/cases/components/action-panel';
import { BodyDeadlineCard } from '../../features/cases/components/body-deadline-card';
import { ExtensionCard, ReferralCard } from '../../features/cases/components/case-status-cards';
import { CaseSummaryCard } from '../../features/cases/components/case-summary-card';
import { CaseTimeline } from '../../features/cases/components/case-timeline';
import { DeadlineCard } from '../../features/cases/components/deadline-card';
import { RelatedCasesCard } from '../../features/cases/components/related-cases-card';
import { ReporterCard } from '../../features/cases/components/reporter-card';
import { SimilarCasesAlert } from '../../features/cases/components/similar-cases-alert';
import { UnitUndeterminedBanner } from '../../features/cases/components/unit-undetermined-banner';
import { NoticeCard } from '../../features/notices/components/notice-card';
import {
  CaseOfficersCard,
  UncertifiedOfficerTag,
} from '../../features/registry/components/case-officers-card';
import { useReplyDraft } from '../../features/reply-draft/api/get-reply-draft';
import { ReplyDraftEditor } from '../../features/reply-draft/components/reply-draft-editor';
import { ReviewOriginCard } from '../../features/reviews/components/review-origin-card';
import { isApiError } from '../../lib/api-error';
import { formatDateTime } from '../../lib/format';

/** The leader's reply forms start from the unit's saved draft (主要领导签发). */
function draftPrefill(draft: TReplyDraft | null | undefined): Partial<Record<ActionName, FormValues>> {
  if (!draft) return {};
  const { action, field } = REPLY_DRAFT_TARGET[draft.kind];
  return { [action]: { [field]: draft.text } };
}

/**
 * 退回修改: staff redraft from the returned draft (the form opens with it), the director's
 * comment above the form.
 */
function returnedDraft(c: TCase): Partial<Record<ActionName, FormValues>> {
  if (!c.draftReturn || !c.draftNotice || !c.allowedActions.includes('draft_notice')) return {};
  const { dueAtIfSignedNow: _due, ...draft } = c.draftNotice;
  return { draft_notice: draft };
}

function ReturnComment({ c }: { c: TCase }) {
  const { t } = useTranslation();
  if (!c.draftReturn || !c.allowedActions.includes('draft_notice')) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="sp-gap"
      data-testid="draft-return-comment"
      title={t('caseView.draftReturnComment', { date: formatDateTime(c.draftReturn.at) })}
      description={
        <>
          <p className="sp-prose">{c.draftReturn.comment}</p>
          <p className="sp-muted">{t('caseView.draftReturnHint')}</p>
        </>
      }
    />
  );
}

/** What a unit user should do next on a notice awaiting its reply. */
function unitHint(c: TCase, leader: boolean, hasDraft: boolean) {
  if (c.allowedActions.includes('acknowledge')) return 'unit.acknowledgeHint' as const;
  if (!leader) return 'unit.handlerHint' as const;
  return hasDraft ? ('unit.leaderHint' as const) : ('unit.leaderNoDraftHint' as const);
}

/** The case workspace: summary, deadline, reporter (center only), notice, actions, files, history. */
export default function CaseRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useRouteLoaderData('app') as TUser;
  const query = useCase(id);
  const attachments = useAttachments(id);
  const unitUser = isUnitRole(me.role);
  const drafting = unitUser && query.data !== undefined && canSaveReplyDraftIn(query.data.state);
  const draft = useReplyDraft(id, { enabled: drafting });
  const leader = signsUnitReply(me.role);

  // Unknown, or another unit's case: the same 页面不存在, nothing about the case.
  if (isApiError(query.error) && query.error.status === 404) return <NotFoundView />;

  return (
    <QueryView query={query}>
      {(c) => (
        <>
          <PageHeader
            title={`${c.number}　${c.title}`}
            subtitle={
              <span className="sp-inline-tags">
                <StateTag state={c.state} outcome={c.outcome} />
                {c.deadline?.status && <DeadlineBadge status={c.deadline.status} dueAt={c.deadline.dueAt} />}
                <UncertifiedOfficerTag caseId={c.id} />
              </span>
            }
            extra={
              c.notice || c.draftNotice ? (
                <Link to={`/cases/${c.id}/notice`}>{t('caseView.viewNotice')}</Link>
              ) : undefined
            }
          />
          <div className="sp-workspace">
            <div className="sp-workspace__main">
              <ActionPanel
                caseData={c}
                attachments={attachments.data ?? []}
                title={leader && drafting ? t('unit.leaderTitle') : undefined}
                intro={
                  unitUser && drafting ? (
                    <p className="sp-muted">{t(unitHint(c, leader, !!draft.data))}</p>
                  ) : (
                    <>
                      <UnitUndeterminedBanner c={c} />
                      <ReturnComment c={c} />
                    </>
                  )
                }
                defaultOpen={c.allowedActions.includes('set_unit') ? 'set_unit' : undefined}
                initialValues={leader ? draftPrefill(draft.data) : returnedDraft(c)}
              />
              {drafting && <ReplyDraftEditor caseId={c.id} />}
              {c.unitId && c.allowedActions.includes('merge') && (
                <SimilarCasesAlert
                  inCase
                  unitId={c.unitId}
                  title={c.title}
                  description={c.description}
                  excludeId={c.id}
                />
              )}
              <CaseSummaryCard caseData={c} />
              <RelatedCasesCard caseId={c.id} />
              <NoticeCard caseData={c} />
              <CaseTimeline
                caseId={c.id}
                verify={mayVerifyChainRole(me.role) ? <VerifyChainButton caseId={c.id} /> : undefined}
              />
            </div>
            <aside className="sp-workspace__side" aria-label={t('caseView.sidePanel')}>
              <DeadlineCard caseData={c} />
              {c.bodyDeadline && <BodyDeadlineCard deadline={c.bodyDeadline} />}
              {c.reporter && <ReporterCard reporter={c.reporter} />}
              <CaseOfficersCard caseId={c.id} user={me} />
              <ReviewOriginCard caseId={c.id} user={me} />
              {c.extensionRequest && <ExtensionCard request={c.extensionRequest} />}
              {c.referral && <ReferralCard referral={c.referral} />}
              <AttachmentsCard caseId={c.id} canUpload={c.canUploadAttachments} />
            </aside>
          </div>
        </>
      )}
    </QueryView>
  );
}
