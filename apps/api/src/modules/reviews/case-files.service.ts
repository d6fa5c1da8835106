import {
  caseFileKindFromLabel,
  type FieldIssue,
  type TCaseFile,
  type TCaseFileInput,
  type TCaseFileQuery,
  type TRegistryImportResult,
  ZCaseFileInput,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { duplicate, unprocessable } from '../../lib/http-errors.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { type ImportColumn, importFailed, rowIssue, splitList } from '../../lib/xlsx/columns.ts';
import { readSheetRows } from '../../lib/xlsx/read-sheet.ts';
import { buildTemplate } from '../../lib/xlsx/template.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { unitExists, unitsByName } from '../registry/officers.repository.ts';
import { fromDbDate } from '../registry/registry-dates.ts';
import {
  type CaseFileRow,
  createCaseFile,
  createCaseFiles,
  existingFileNumbers,
  listCaseFiles,
} from './case-files.repository.ts';

// 案卷: references to enforcement case files (the paper stays at the unit), entered one by one
// or imported from .xlsx, all rows or none.

const COLUMNS = [
  {
    key: 'number',
    header: '案卷编号',
    required: true,
    help: '决定书文号或案卷号，同一单位内唯一',
    example: '市监罚〔2026〕12号',
  },
  {
    key: 'unitName',
    header: '执法单位',
    required: true,
    help: '与系统中的执法单位名称完全一致',
    example: '市市场监督管理局',
  },
  {
    key: 'kind',
    header: '案卷类别',
    required: true,
    help: '行政处罚、行政许可、行政强制、行政检查或其他',
    example: '行政处罚',
  },
  {
    key: 'decisionDate',
    header: '决定日期',
    required: true,
    help: '日期，YYYY-MM-DD',
    example: '2026-01-15',
  },
  {
    key: 'attachments',
    header: '卷内文件',
    required: false,
    help: '卷内文件目录，用顿号分隔',
    example: '立案审批表、询问笔录、处罚决定书',
  },
] as const satisfies readonly ImportColumn[];
type Key = (typeof COLUMNS)[number]['key'];
const column = (key: Key) => COLUMNS.find((c) => c.key === key)!;
const COLUMN_OF_PATH: Record<string, Key> = {
  number: 'number',
  unitId: 'unitName',
  kind: 'kind',
  decisionDate: 'decisionDate',
  attachments: 'attachments',
};
const ANY_UUID = '00000000-0000-4000-8000-000000000000';

export const toCaseFileView = (row: CaseFileRow): TCaseFile => ({
  id: row.id,
  number: row.number,
  unitId: row.unitId,
  unitName: row.unit.name,
  kind: row.kind,
  decisionDate: fromDbDate(row.decisionDate),
  attachments: row.attachments,
  createdAt: row.createdAt.toISOString(),
});

const numberTaken = (number: string) =>
  duplicate(`该单位已登记案卷 ${number} / this unit already has that file`, [
    { path: 'number', message: '案卷编号已存在 / already registered' },
  ]);

export function createCaseFilesService({ prisma }: { prisma: PrismaClient }) {
  function parseRow(rowNumber: number, values: Record<Key, string>, units: Map<string, string>) {
    const issues: FieldIssue[] = [];
    const unitId = units.get(values.unitName);
    if (!unitId)
      issues.push(
        rowIssue(rowNumber, column('unitName'), values.unitName ? '系统中没有这个执法单位' : '请填写'),
      );
    const kind = caseFileKindFromLabel(values.kind);
    if (!kind)
      issues.push(rowIssue(rowNumber, column('kind'), '应为行政处罚、行政许可、行政强制、行政检查或其他'));
    const parsed = ZCaseFileInput.safeParse({
      number: values.number,
      unitId: unitId ?? ANY_UUID,
      kind: kind ?? 'OTHER',
      decisionDate: values.decisionDate,
      attachments: splitList(values.attachments),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        issues.push(
          rowIssue(rowNumber, column(COLUMN_OF_PATH[String(issue.path[0])] ?? 'number'), issue.message),
        );
    return issues.length === 0 && parsed.success ? { data: parsed.data, issues } : { data: null, issues };
  }

  async function duplicates(rows: { rowNumber: number; data: TCaseFileInput }[]) {
    const taken = await existingFileNumbers(
      prisma,
      rows.map((r) => ({ unitId: r.data.unitId, number: r.data.number })),
    );
    const seen = new Map<string, number>();
    return rows.flatMap(({ rowNumber, data }) => {
      const key = `${data.unitId}\u001f${data.number}`;
      const first = seen.get(key);
      seen.set(key, first ?? rowNumber);
      if (first !== undefined) return [rowIssue(rowNumber, column('number'), `与第 ${first} 行重复`)];
      return taken.has(key) ? [rowIssue(rowNumber, column('number'), '该单位已登记此案卷')] : [];
    });
  }

  return {
    async list(query: TCaseFileQuery) {
      const { items, total } = await listCaseFiles(prisma, query);
      return { items: items.map(toCaseFileView), total, page: query.page, pageSize: query.pageSize };
    },

    async create(input: TCaseFileInput): Promise<TCaseFile> {
      if (!(await unitExists(prisma, input.unitId)))
        throw unprocessable('所选执法单位不存在 / unknown unit', [
          { path: 'unitId', message: '单位不存在 / unknown unit' },
        ]);
      try {
        return toCaseFileView(await createCaseFile(prisma, input));
      } catch (error) {
        if (isUniqueViolation(error)) throw numberTaken(input.number);
        throw error;
      }
    },

    template: () => buildTemplate('案卷', COLUMNS),

    async importXlsx(buffer: Buffer): Promise<TRegistryImportResult> {
      const rows = await readSheetRows(buffer, COLUMNS);
      const units = await unitsByName(prisma);
      const parsed = rows.map((r) => ({ rowNumber: r.rowNumber, ...parseRow(r.rowNumber, r.values, units) }));
      const valid = parsed.flatMap((p) => (p.data ? [{ rowNumber: p.rowNumber, data: p.data }] : []));
      const issues = [...parsed.flatMap((p) => p.issues), ...(await duplicates(valid))];
      if (issues.length > 0) throw importFailed(issues);
      try {
        await prisma.$transaction(
          (tx) =>
            createCaseFiles(
              tx,
              valid.map((v) => v.data),
            ),
          TX_OPTIONS,
        );
      } catch (error) {
        if (isUniqueViolation(error))
          throw duplicate('案卷刚被他人登记，请重新导入 / a file was just registered');
        throw error;
      }
      return { imported: valid.length };
    },
  };
}

export type CaseFilesService = ReturnType<typeof createCaseFilesService>;
