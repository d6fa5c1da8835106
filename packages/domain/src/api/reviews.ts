import { z } from 'zod';
import { CAMPAIGN_STATUSES } from '../review/campaign-lifecycle.ts';
import { CASE_FILE_KINDS } from '../review/case-file-kinds.ts';
import { DEFAULT_CHECKLIST, DEFAULT_THRESHOLDS, DEFAULT_TOLERANCE, GRADES } from '../review/checklist.ts';
import { REVIEW_FILE_STATUSES } from '../review/reconciliation.ts';
import { optionalText, requiredText, TEXT_LIMITS } from '../workflow/text-limits.ts';
import { ZPageQuery } from './common.ts';
import { ZIsoDate } from './registry.ts';

// 案卷评查: case files (registered references), campaigns, the 双随机 draw, scoring sheets,
// reconciliation, findings and results.

/** Points are whole or half points (扣0.5分 is common). */
export const ZPoints = z.number().min(0).max(1000).multipleOf(0.5);
const ZItemKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { error: '代码为字母开头的字母数字 / letters and digits' });

// ── case files (案卷) ──────────────────────────────────────────────────────────────────
export const ZCaseFileInput = z.object({
  number: requiredText(TEXT_LIMITS.name),
  unitId: z.uuid({ error: '请选择执法单位 / choose a unit' }),
  kind: z.enum(CASE_FILE_KINDS),
  decisionDate: ZIsoDate,
  /** 卷内文件目录: the documents the file holds. */
  attachments: z.array(requiredText(TEXT_LIMITS.title)).max(50).default([]),
});
export type TCaseFileInput = z.infer<typeof ZCaseFileInput>;
export const ZCaseFile = ZCaseFileInput.extend({
  id: z.string(),
  unitName: z.string(),
  createdAt: z.string(),
});
export type TCaseFile = z.infer<typeof ZCaseFile>;
export const ZCaseFileQuery = ZPageQuery.extend({
  unitId: z.uuid().optional(),
  kind: z.enum(CASE_FILE_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
});
export type TCaseFileQuery = z.infer<typeof ZCaseFileQuery>;

// ── campaigns ──────────────────────────────────────────────────────────────────────────
export const ZChecklist = z.object({
  items: z
    .array(
      z.object({ key: ZItemKey, label: requiredText(TEXT_LIMITS.title), points: z.int().min(1).max(1000) }),
    )
    .min(1)
    .max(30),
  vetoItems: z.array(z.object({ key: ZItemKey, label: requiredText(TEXT_LIMITS.title) })).max(20),
});
export const ZThresholds = z.object({ excellent: ZPoints, pass: ZPoints });

export const ZReviewerInput = z
  .object({
    userId: z.uuid().optional(),
    /** An outside expert (专家) by name, with their unit if they have one in the system. */
    name: requiredText(TEXT_LIMITS.name).optional(),
    unitId: z.uuid().nullable().optional(),
  })
  .refine((r) => r.userId !== undefined || r.name !== undefined, {
    error: '请选择系统用户或填写专家姓名 / a user or an expert name',
    path: ['name'],
  });
export type TReviewerInput = z.infer<typeof ZReviewerInput>;

export const ZCreateCampaignRequest = z
  .object({
    title: requiredText(TEXT_LIMITS.title),
    unitIds: z.array(z.uuid()).min(1, { error: '至少选择一个执法单位 / at least one unit' }).max(200),
    periodFrom: ZIsoDate,
    periodTo: ZIsoDate,
    /** Empty: every kind. */
    fileKinds: z.array(z.enum(CASE_FILE_KINDS)).max(CASE_FILE_KINDS.length).default([]),
    filesPerUnit: z.int().min(1).max(100),
    reviewersPerFile: z.int().min(1).max(5).default(2),
    reviewers: z.array(ZReviewerInput).min(1, { error: '至少一名评查人员 / at least one reviewer' }).max(300),
    checklist: ZChecklist.default(DEFAULT_CHECKLIST),
    thresholds: ZThresholds.default(DEFAULT_THRESHOLDS),
    tolerance: ZPoints.default(DEFAULT_TOLERANCE),
  })
  .refine((c) => c.periodFrom <= c.periodTo, {
    error: '评查期间有误 / period ends before it starts',
    path: ['periodTo'],
  });
export type TCreateCampaignRequest = z.infer<typeof ZCreateCampaignRequest>;

export const ZCampaignSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  periodFrom: z.string(),
  periodTo: z.string(),
  filesPerUnit: z.int(),
  reviewersPerFile: z.int(),
  /** sha256 (hex) of the secret seed, published when the campaign opens. */
  seedCommitment: z.string(),
  drawId: z.string().nullable(),
  createdAt: z.string(),
});
export type TCampaignSummary = z.infer<typeof ZCampaignSummary>;

export const ZDrawInputs = z.object({
  observerValue: z.string(),
  filesPerUnit: z.int(),
  reviewersPerFile: z.int(),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      files: z.array(z.object({ id: z.string(), number: z.string() })),
    }),
  ),
  reviewers: z.array(z.object({ id: z.string(), name: z.string(), unitId: z.string().nullable() })),
});
export const ZDrawResult = z.object({
  units: z.array(z.object({ unitId: z.string(), fileIds: z.array(z.string()) })),
  files: z.array(z.object({ fileId: z.string(), unitId: z.string(), reviewerIds: z.array(z.string()) })),
});
export const ZPublicDraw = z.object({
  seed: z.string(),
  seedCommitment: z.string(),
  inputs: ZDrawInputs,
  result: ZDrawResult,
  /** sha256(seed + "\n" + observerValue): the key of the random stream. */
  finalSeed: z.string(),
  campaignTitle: z.string(),
  observerName: z.string().nullable(),
  drawnAt: z.string(),
});
export type TPublicDraw = z.infer<typeof ZPublicDraw>;
export const ZDraw = ZPublicDraw.extend({ id: z.string(), campaignId: z.string() });
export type TDraw = z.infer<typeof ZDraw>;
export const ZDrawRequest = z.object({
  observerValue: optionalText(200),
  observerName: optionalText(TEXT_LIMITS.name),
});
export type TDrawRequest = z.infer<typeof ZDrawRequest>;

export const ZSheetSummary = z.object({
  id: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  submitted: z.boolean(),
  total: z.number().nullable(),
  vetoed: z.boolean().nullable(),
});
export const ZReviewFileSummary = z.object({
  id: z.string(),
  caseFileId: z.string(),
  number: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: z.enum(CASE_FILE_KINDS),
  status: z.enum(REVIEW_FILE_STATUSES),
  total: z.number().nullable(),
  grade: z.enum(GRADES).nullable(),
  sheets: z.array(ZSheetSummary),
  findingCaseId: z.string().nullable(),
  findingCaseNumber: z.string().nullable(),
});
export type TReviewFileSummary = z.infer<typeof ZReviewFileSummary>;

export const ZCampaign = ZCampaignSummary.extend({
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  fileKinds: z.array(z.enum(CASE_FILE_KINDS)),
  reviewers: z.array(
    z.object({
      id: z.string(),
      userId: z.string().nullable(),
      name: z.string(),
      unitId: z.string().nullable(),
      unitName: z.string().nullable(),
    }),
  ),
  checklist: ZChecklist,
  thresholds: ZThresholds,
  tolerance: z.number(),
  leadId: z.string(),
  leadName: z.string(),
  draw: ZDraw.nullable(),
  files: z.array(ZReviewFileSummary),
});
export type TCampaign = z.infer<typeof ZCampaign>;
export const ZCampaignListQuery = ZPageQuery.extend({ status: z.enum(CAMPAIGN_STATUSES).optional() });

// ── scoring ────────────────────────────────────────────────────────────────────────────
export const ZSheetRequest = z.object({
  scores: z.record(z.string().max(40), ZPoints),
  vetoFailed: z.array(z.string().max(40)).max(20).default([]),
  comments: optionalText(TEXT_LIMITS.long),
});
export type TSheetRequest = z.infer<typeof ZSheetRequest>;

const ZCaseFileFacts = z.object({
  number: z.string(),
  unitName: z.string(),
  kind: z.enum(CASE_FILE_KINDS),
  decisionDate: z.string(),
  attachments: z.array(z.string()),
});
export const ZSheet = z.object({
  id: z.string(),
  reviewFileId: z.string(),
  campaignId: z.string(),
  campaignTitle: z.string(),
  caseFile: ZCaseFileFacts,
  reviewer: z.object({ id: z.string(), name: z.string(), unitName: z.string().nullable() }),
  checklist: ZChecklist,
  thresholds: ZThresholds,
  scores: z.record(z.string(), z.number()).nullable(),
  vetoFailed: z.array(z.string()),
  comments: z.string().nullable(),
  total: z.number().nullable(),
  grade: z.enum(GRADES).nullable(),
  submittedAt: z.string().nullable(),
  fileStatus: z.enum(REVIEW_FILE_STATUSES),
  canScore: z.boolean(),
});
export type TSheet = z.infer<typeof ZSheet>;
export const ZMySheet = z.object({
  id: z.string(),
  campaignTitle: z.string(),
  caseFileNumber: z.string(),
  unitName: z.string(),
  submittedAt: z.string().nullable(),
  fileStatus: z.enum(REVIEW_FILE_STATUSES),
});
export const ZMySheets = z.array(ZMySheet);

export const ZReconcileRequest = z.object({
  total: ZPoints,
  vetoed: z.boolean(),
  note: requiredText(TEXT_LIMITS.short),
});
export type TReconcileRequest = z.infer<typeof ZReconcileRequest>;

export const ZReviewFile = ZReviewFileSummary.extend({
  campaignId: z.string(),
  campaignTitle: z.string(),
  campaignStatus: z.enum(CAMPAIGN_STATUSES),
  caseFile: ZCaseFileFacts,
  checklist: ZChecklist,
  thresholds: ZThresholds,
  tolerance: z.number(),
  fullSheets: z.array(ZSheet),
  reconciliation: z.object({ note: z.string(), byName: z.string(), at: z.string() }).nullable(),
  canReconcile: z.boolean(),
});
export type TReviewFile = z.infer<typeof ZReviewFile>;

export const ZFindingRequest = z.object({
  title: optionalText(TEXT_LIMITS.title),
  description: requiredText(TEXT_LIMITS.long),
});
export type TFindingRequest = z.infer<typeof ZFindingRequest>;
export const ZFindingCreated = z.object({ caseId: z.string(), caseNumber: z.string() });

export const ZCaseReviewLink = z.object({
  link: z
    .object({
      reviewFileId: z.string(),
      campaignId: z.string(),
      campaignTitle: z.string(),
      caseFileNumber: z.string(),
    })
    .nullable(),
});

// ── results ────────────────────────────────────────────────────────────────────────────
export const ZUnitReviewResult = z.object({
  unitId: z.string(),
  unitName: z.string(),
  files: z.int(),
  excellent: z.int(),
  pass: z.int(),
  fail: z.int(),
  pending: z.int(),
  /** (优秀 + 合格) ÷ files with a final result; null before any is final. */
  passRate: z.number().nullable(),
});
export type TUnitReviewResult = z.infer<typeof ZUnitReviewResult>;
export const ZReviewResults = z.object({
  byUnit: z.array(ZUnitReviewResult),
  total: ZUnitReviewResult.omit({ unitId: true, unitName: true }),
});
export type TReviewResults = z.infer<typeof ZReviewResults>;
export const ZReviewResultsQuery = z
  .object({ from: ZIsoDate, to: ZIsoDate, unitId: z.uuid().optional() })
  .refine((q) => q.from <= q.to, { error: '起止日期有误 / from after to', path: ['to'] });
export type TReviewResultsQuery = z.infer<typeof ZReviewResultsQuery>;

export const ZLetterhead = z.object({ authorityName: z.string(), centerName: z.string() });
export type TLetterhead = z.infer<typeof ZLetterhead>;
export const ZCampaignReport = z.object({
  letterhead: ZLetterhead,
  campaign: ZCampaignSummary,
  results: ZReviewResults,
  files: z.array(
    z.object({
      number: z.string(),
      unitName: z.string(),
      total: z.number().nullable(),
      grade: z.enum(GRADES).nullable(),
    }),
  ),
  /** Files graded 不合格 or that opened a supervision case (review/results.ts isReportFinding). */
  findings: z.array(
    z.object({
      number: z.string(),
      unitName: z.string(),
      total: z.number().nullable(),
      grade: z.enum(GRADES).nullable(),
      /** The labels of the veto items the reviewers failed (主体、事实证据、法律依据…). */
      vetoFailed: z.array(z.string()),
      /** The reviewers' comments, as written. */
      comments: z.array(z.string()),
      /** The supervision case the finding opened, if any. */
      caseNumber: z.string().nullable(),
    }),
  ),
  issuedAt: z.string(),
});
export type TCampaignReport = z.infer<typeof ZCampaignReport>;

export const ZReviewerCandidates = z.array(
  z.object({
    id: z.string(),
    displayName: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
);
