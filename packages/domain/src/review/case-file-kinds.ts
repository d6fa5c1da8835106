// Kinds of enforcement case files (案卷类别) a campaign may cover.
export const CASE_FILE_KINDS = ['PENALTY', 'LICENSING', 'COERCION', 'INSPECTION', 'OTHER'] as const;
export type CaseFileKind = (typeof CASE_FILE_KINDS)[number];
