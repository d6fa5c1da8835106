import { randomUUID } from 'node:crypto';
import { type FieldIssue, type TRegistryImportResult, type UserActor, ZOfficerInput } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { duplicate } from '../../lib/http-errors.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { type ImportColumn, importFailed, rowIssue, splitList } from '../../lib/xlsx/columns.ts';
import { readSheetRows } from '../../lib/xlsx/read-sheet.ts';
import { buildTemplate } from '../../lib/xlsx/template.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import {
  certificateNumbersTaken,
  insertOfficers,
  recordStatusChanges,
  unitsByName,
} from './officers.repository.ts';
import { toDbDate } from './registry-dates.ts';

// 执法人员 from an .xlsx, all or nothing: every row is checked (fields, the body by name,
// certificate numbers unique in the file and in the registry) before one transaction writes
// them all; any error answers 400 with every problem by row number, and nothing is written.

const COLUMNS = [
  { key: 'name', header: '姓名', required: true, help: '执法人员姓名', example: '王建国' },
  {
    key: 'unitName',
    header: '执法主体',
    required: true,
    help: '与系统中的执法单位名称完全一致',
    example: '市市场监督管理局',
  },
  {
    key: 'certificateNo',
    header: '执法证号',
    required: true,
    help: '3–40 位字母、数字或汉字，全系统唯一',
    example: '22010001001',
  },
  {
    key: 'fields',
    header: '执法领域',
    required: false,
    help: '多个领域用顿号分隔',
    example: '市场监管、食品安全',
  },
  { key: 'validFrom', header: '有效期起', required: true, help: '日期，YYYY-MM-DD', example: '2024-01-01' },
  { key: 'validUntil', header: '有效期至', required: true, help: '日期，YYYY-MM-DD', example: '2028-12-31' },
  { key: 'idCardNo', header: '身份证号', required: false, help: '不公开', example: '' },
  { key: 'phone', header: '联系电话', required: false, help: '不公开', example: '' },
  { key: 'note', header: '备注', required: false, help: '内部备注，不公开', example: '' },
] as const satisfies readonly ImportColumn[];
type Key = (typeof COLUMNS)[number]['key'];
const column = (key: Key) => COLUMNS.find((c) => c.key === key)!;

type Deps = { prisma: PrismaClient; clock: Clock };
const ANY_UUID = '00000000-0000-4000-8000-000000000000';

export function createOfficersImportService({ prisma, clock }: Deps) {
  return {
    template: () => buildTemplate('执法人员', COLUMNS),

    async importXlsx(buffer: Buffer, actor: UserActor): Promise<TRegistryImportResult> {
      const rows = await readSheetRows(buffer, COLUMNS);
      const units = await unitsByName(prisma);
      const issues: FieldIssue[] = [];
      const valid: { rowNumber: number; data: ReturnType<typeof ZOfficerInput.parse> }[] = [];
      for (const { rowNumber, values } of rows) {
        const unitId = units.get(values.unitName);
        if (!unitId)
          issues.push(
            rowIssue(rowNumber, column('unitName'), values.unitName ? '系统中没有这个执法单位' : '请填写'),
          );
        const parsed = ZOfficerInput.safeParse({
          ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')),
          // The body was checked above by name; a stand-in keeps the other checks running.
          unitId: unitId ?? ANY_UUID,
          fields: splitList(values.fields),
        });
        if (!parsed.success)
          for (const issue of parsed.error.issues) {
            const key = (COLUMNS.find((c) => c.key === issue.path[0])?.key ?? 'name') as Key;
            issues.push(rowIssue(rowNumber, column(key), issue.message));
          }
        else if (unitId) valid.push({ rowNumber, data: parsed.data });
      }
      issues.push(...(await duplicateCertificates(valid)));
      if (issues.length > 0) throw importFailed(issues);
      const now = clock.now();
      const records = valid.map(({ data }) => ({ id: randomUUID(), ...data }));
      try {
        await prisma.$transaction(async (tx) => {
          await insertOfficers(
            tx,
            records.map((r) => ({
              ...r,
              validFrom: toDbDate(r.validFrom),
              validUntil: toDbDate(r.validUntil),
              updatedAt: now,
            })),
          );
          const reason = '批量导入 / imported';
          await recordStatusChanges(
            tx,
            records.map((r) => ({
              officerId: r.id,
              toStatus: 'VALID' as const,
              reason,
              changedById: actor.id,
              at: now,
            })),
          );
        }, TX_OPTIONS);
      } catch (error) {
        if (isUniqueViolation(error))
          throw duplicate('执法证号刚被他人登记，请重新导入 / a certificate number was just taken');
        throw error;
      }
      return { imported: records.length };
    },
  };

  async function duplicateCertificates(valid: { rowNumber: number; data: { certificateNo: string } }[]) {
    const issues: FieldIssue[] = [];
    const seen = new Map<string, number>();
    const taken = new Set(
      await certificateNumbersTaken(
        prisma,
        valid.map((v) => v.data.certificateNo),
      ),
    );
    for (const { rowNumber, data } of valid) {
      const first = seen.get(data.certificateNo);
      if (first !== undefined)
        issues.push(rowIssue(rowNumber, column('certificateNo'), `与第 ${first} 行重复`));
      else if (taken.has(data.certificateNo))
        issues.push(rowIssue(rowNumber, column('certificateNo'), '系统中已登记'));
      seen.set(data.certificateNo, first ?? rowNumber);
    }
    return issues;
  }
}

export type OfficersImportService = ReturnType<typeof createOfficersImportService>;
