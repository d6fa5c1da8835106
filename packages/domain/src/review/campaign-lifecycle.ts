import { DomainError } from '../workflow/domain-error.ts';

// A 案卷评查 campaign: OPEN (seed committed, scope and pool set) → DRAWN (files and reviewers
// drawn once; scoring) → CLOSED (every drawn file has a final result; the 通报 is issued).

export const CAMPAIGN_STATUSES = ['OPEN', 'DRAWN', 'CLOSED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_STEPS = ['draw', 'score', 'reconcile', 'close'] as const;
export type CampaignStep = (typeof CAMPAIGN_STEPS)[number];

const ALLOWED_FROM: Record<CampaignStep, CampaignStatus> = {
  draw: 'OPEN',
  score: 'DRAWN',
  reconcile: 'DRAWN',
  close: 'DRAWN',
};

/** The status a step moves the campaign to (same status when it does not move it). */
export const CAMPAIGN_STEP_TARGET: Record<CampaignStep, CampaignStatus> = {
  draw: 'DRAWN',
  score: 'DRAWN',
  reconcile: 'DRAWN',
  close: 'CLOSED',
};

export const campaignStepAllowed = (step: CampaignStep, status: CampaignStatus): boolean =>
  ALLOWED_FROM[step] === status;

/** Only for the draw: a drawn campaign is "already done" (409), not a wrong state. */
export const alreadyDrawn = (status: CampaignStatus): boolean => status !== 'OPEN';

export function campaignStepRefusal(step: CampaignStep, status: CampaignStatus): DomainError | null {
  if (campaignStepAllowed(step, status)) return null;
  return new DomainError('CAMPAIGN_STEP_NOT_ALLOWED', [], `${status}`);
}
