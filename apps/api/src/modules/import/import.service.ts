import {
  type ImportIssue,
  type ImportPlan,
  importIssueToField,
  importLookups,
  planImport,
  type TImportResult,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { badRequest, duplicate } from '../../lib/http-errors.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { findUnitsByKeys, insertUnit } from '../units/units.repository.ts';
import { findTakenUsernames, insertUser } from '../users/users.repository.ts';
import { oneTimePassword } from '../users/users.service.ts';
import { buildImportTemplate, readImportWorkbook } from './import-workbook.ts';

// Importing units and users from the office's .xlsx: every row judged first (the domain's
// planImport), then everything written in ONE transaction, so a file with any bad row writes
// nothing. Each created user gets a one-time password, returned once.

type Deps = { prisma: PrismaClient };

/** A problem list long enough to fix a whole file, short enough to read. */
const MAX_REPORTED_ISSUES = 500;

function refusal(issues: ImportIssue[]) {
  const fields = issues.slice(0, MAX_REPORTED_ISSUES).map(importIssueToField);
  const more = issues.length > fields.length ? `（仅列出前 ${fields.length} 处）` : '';
  const detail = `文件中有 ${issues.length} 处问题${more}，未导入任何数据 / ${issues.length} problems: nothing was imported`;
  // Only duplicates: the data is fine but already there (409); anything else is bad input (400).
  return issues.every((i) => i.duplicate) ? duplicate(detail, fields) : badRequest(detail, fields);
}

export function createImportService({ prisma }: Deps) {
  async function write(plan: ImportPlan): Promise<TImportResult> {
    const secrets = await Promise.all(plan.users.map(() => oneTimePassword()));
    return prisma.$transaction(async (tx) => {
      const units = [];
      for (const u of plan.units)
        units.push(await insertUnit(tx, { name: u.name, creditCode: u.creditCode, active: true }));
      const users = [];
      for (const [i, u] of plan.users.entries()) {
        const unitId =
          u.unit === null ? null : 'existingId' in u.unit ? u.unit.existingId : units[u.unit.newIndex]!.id;
        const user = await insertUser(tx, {
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          unitId,
          email: u.email,
          passwordHash: secrets[i]!.passwordHash,
          mustChangePassword: true,
        });
        users.push({ user, initialPassword: secrets[i]!.password });
      }
      return { units, users };
    }, TX_OPTIONS);
  }

  return {
    template: buildImportTemplate,

    async run(file: Buffer): Promise<TImportResult> {
      const input = await readImportWorkbook(file);
      const { unitKeys, usernames } = importLookups(input);
      const existing = {
        units: await findUnitsByKeys(prisma, unitKeys),
        usernames: await findTakenUsernames(prisma, usernames),
      };
      const { plan, issues } = planImport(input, existing);
      if (issues.length > 0) throw refusal(issues);
      return write(plan).catch((error: unknown) => {
        // Someone created the same name or username while this file was being checked.
        if (!isUniqueViolation(error)) throw error;
        throw duplicate(
          '导入期间有人新建了相同的单位或用户，未导入任何数据，请重新上传 / a concurrent change: nothing was imported',
        );
      });
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
