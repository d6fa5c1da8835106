import type { ActDateBasis, UncertifiedReason } from '../registry/case-officers.ts';
import type { OfficerStatus } from '../registry/officer-status.ts';
import type { CampaignStatus } from '../review/campaign-lifecycle.ts';
import type { CaseFileKind } from '../review/case-file-kinds.ts';
import type { Grade } from '../review/checklist.ts';
import type { ReviewFileStatus } from '../review/reconciliation.ts';

// The words of the registry and of 案卷评查, in Chinese and English (the web and the .xlsx
// templates read these; nothing re-types them).
export const registryTermsZhCN = {
  officerStatuses: {
    VALID: '有效',
    EXPIRED: '已过期',
    SUSPENDED: '暂扣',
    REVOKED: '已注销',
  } satisfies Record<OfficerStatus, string>,
  /** Why a cited officer's 执法证 was not valid on the act's date ({{date}}). */
  uncertifiedReasons: {
    NOT_YET_VALID: '执法证自{{validFrom}}起有效，行为发生时（{{date}}）尚未生效',
    EXPIRED: '执法证有效期至{{validUntil}}，行为发生时（{{date}}）已过期',
    SUSPENDED: '{{date}}执法证处于暂扣状态',
    REVOKED: '{{date}}执法证已被注销（取消执法资格）',
  } satisfies Record<UncertifiedReason, string>,
  actDateBases: {
    OCCURRED_AT: '按发生日期{{date}}判断',
    REGISTERED_AT: '未填发生日期，按登记日期{{date}}判断',
  } satisfies Record<ActDateBasis, string>,
  grades: { EXCELLENT: '优秀', PASS: '合格', FAIL: '不合格' } satisfies Record<Grade, string>,
  campaignStatuses: { OPEN: '待抽取', DRAWN: '评查中', CLOSED: '已结束' } satisfies Record<
    CampaignStatus,
    string
  >,
  reviewFileStatuses: { PENDING: '评查中', NEEDS_RECONCILIATION: '待合议', FINAL: '已定档' } satisfies Record<
    ReviewFileStatus,
    string
  >,
  caseFileKinds: {
    PENALTY: '行政处罚',
    LICENSING: '行政许可',
    COERCION: '行政强制',
    INSPECTION: '行政检查',
    OTHER: '其他',
  } satisfies Record<CaseFileKind, string>,
};

export const registryTermsEn: typeof registryTermsZhCN = {
  officerStatuses: { VALID: 'Valid', EXPIRED: 'Expired', SUSPENDED: 'Suspended', REVOKED: 'Revoked' },
  uncertifiedReasons: {
    NOT_YET_VALID: 'The certificate is valid from {{validFrom}}; on {{date}} it was not yet valid',
    EXPIRED: 'The certificate was valid until {{validUntil}}; on {{date}} it had expired',
    SUSPENDED: 'On {{date}} the certificate was suspended',
    REVOKED: 'On {{date}} the certificate had been revoked (qualification withdrawn)',
  },
  actDateBases: {
    OCCURRED_AT: 'Judged on the date of the act, {{date}}',
    REGISTERED_AT: 'No date of the act was given; judged on the registration date, {{date}}',
  },
  grades: { EXCELLENT: 'Excellent', PASS: 'Pass', FAIL: 'Fail' },
  campaignStatuses: { OPEN: 'Awaiting draw', DRAWN: 'Under review', CLOSED: 'Closed' },
  reviewFileStatuses: {
    PENDING: 'Being scored',
    NEEDS_RECONCILIATION: 'Needs reconciliation',
    FINAL: 'Final',
  },
  caseFileKinds: {
    PENALTY: 'Penalty',
    LICENSING: 'Licensing',
    COERCION: 'Coercive measure',
    INSPECTION: 'Inspection',
    OTHER: 'Other',
  },
};

/** A kind from its Chinese or English name or its code (for .xlsx imports). */
export function caseFileKindFromLabel(label: string): CaseFileKind | null {
  const text = label.trim();
  for (const [code, zh] of Object.entries(registryTermsZhCN.caseFileKinds)) {
    const en = registryTermsEn.caseFileKinds[code as CaseFileKind];
    if (text === code || text === zh || text.toLowerCase() === en.toLowerCase()) return code as CaseFileKind;
  }
  return null;
}
