import { DomainError, type FieldIssue } from '../workflow/domain-error.ts';
import { createRandomStream, finalSeedOf, sha256Hex, shuffle } from './draw-stream.ts';

// 双随机: which case files of each unit are reviewed, and by whom. Pure and deterministic: the
// same seed and inputs always give the same result, so anyone can recompute a published draw
// (docs/random-draw.md has a standalone script doing exactly what `drawCampaign` does).

export type DrawFile = { id: string; number: string };
export type DrawUnit = { id: string; name: string; files: DrawFile[] };
export type DrawReviewer = { id: string; name: string; unitId: string | null };
export type DrawInputs = {
  /** What the observer (e.g. the discipline office) added at the draw; '' when nobody did. */
  observerValue: string;
  filesPerUnit: number;
  reviewersPerFile: number;
  units: DrawUnit[];
  reviewers: DrawReviewer[];
};
export type DrawResult = {
  units: { unitId: string; fileIds: string[] }[];
  files: { fileId: string; unitId: string; reviewerIds: string[] }[];
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Units, their files and the reviewers sorted by id (code-unit order): the order the draw walks. */
export function canonicalDrawInputs(inputs: DrawInputs): DrawInputs {
  return {
    observerValue: inputs.observerValue,
    filesPerUnit: inputs.filesPerUnit,
    reviewersPerFile: inputs.reviewersPerFile,
    units: [...inputs.units].sort(byId).map((u) => ({ ...u, files: [...u.files].sort(byId) })),
    reviewers: [...inputs.reviewers].sort(byId),
  };
}

/** The commitment published when a campaign opens: sha256 (hex) of the secret seed. */
export const seedCommitmentOf = (seed: string): string => sha256Hex(seed);

const eligibleReviewers = (inputs: DrawInputs, unitId: string) =>
  inputs.reviewers.filter((r) => r.unitId !== unitId);

/** Why a draw cannot be made: a unit with fewer files, or fewer outside reviewers, than asked. */
export function drawShortfalls(inputs: DrawInputs): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (inputs.units.length === 0)
    issues.push({ path: 'units', message: '评查范围内没有执法单位 / no unit in scope' });
  for (const unit of inputs.units) {
    const files = unit.files.length;
    if (files < inputs.filesPerUnit)
      issues.push({
        path: `units.${unit.id}.files`,
        message: `${unit.name}：符合条件的案卷只有 ${files} 件，要求抽取 ${inputs.filesPerUnit} 件 / ${files} files exist, ${inputs.filesPerUnit} asked`,
      });
    const reviewers = eligibleReviewers(inputs, unit.id).length;
    if (reviewers < inputs.reviewersPerFile)
      issues.push({
        path: `units.${unit.id}.reviewers`,
        message: `${unit.name}：本单位以外的评查人员只有 ${reviewers} 名，每卷要求 ${inputs.reviewersPerFile} 名 / ${reviewers} reviewers outside the unit exist, ${inputs.reviewersPerFile} asked`,
      });
  }
  return issues;
}

/**
 * The draw. Refuses a seed that does not hash to its commitment (so a published draw can never
 * show one), and inputs that cannot satisfy the counts. Files: per unit, a Fisher–Yates shuffle
 * of its files, the first `filesPerUnit`. Reviewers: per drawn file (units in order, files in
 * drawn order), a shuffle of the reviewers from other units, the first `reviewersPerFile`.
 */
export function drawCampaign(seed: string, seedCommitment: string, raw: DrawInputs): DrawResult {
  if (seedCommitmentOf(seed) !== seedCommitment) throw new DomainError('SEED_COMMITMENT_MISMATCH');
  const inputs = canonicalDrawInputs(raw);
  const shortfalls = drawShortfalls(inputs);
  if (shortfalls.length > 0)
    throw new DomainError('DRAW_SHORTFALL', shortfalls, shortfalls.map((s) => s.message).join('；'));
  const stream = createRandomStream(finalSeedOf(seed, inputs.observerValue));
  const units = inputs.units.map((u) => ({
    unitId: u.id,
    fileIds: shuffle(u.files, stream)
      .slice(0, inputs.filesPerUnit)
      .map((f) => f.id),
  }));
  const files = units.flatMap((u) =>
    u.fileIds.map((fileId) => ({
      fileId,
      unitId: u.unitId,
      reviewerIds: shuffle(eligibleReviewers(inputs, u.unitId), stream)
        .slice(0, inputs.reviewersPerFile)
        .map((r) => r.id),
    })),
  );
  return { units, files };
}
