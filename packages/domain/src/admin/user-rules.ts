import type { FieldIssue } from '../workflow/domain-error.ts';
import { isUnitRole, type Role } from '../workflow/vocabulary.ts';

// Who a user account may be (issue 8): a unit's users belong to exactly one unit; everyone
// else to none. And an office never locks itself out: the last active administrator stays.

export type Assignment = { role: Role; unitId: string | null };

/** Why this role/unit pair is refused (400 VALIDATION on `unitId`), or none. */
export function assignmentIssues({ role, unitId }: Assignment): FieldIssue[] {
  if (isUnitRole(role) && unitId === null)
    return [{ path: 'unitId', message: '执法单位的用户必须选择所属单位 / a unit role needs a unit' }];
  if (!isUnitRole(role) && unitId !== null)
    return [{ path: 'unitId', message: '该角色不属于执法单位，不能选择单位 / this role belongs to no unit' }];
  return [];
}

/**
 * The role and unit after a partial update. A unit not mentioned is kept for a unit role and
 * dropped for any other, so moving a unit clerk to the center needs no second field.
 */
export function patchedAssignment(
  current: Assignment,
  patch: { role?: Role; unitId?: string | null },
): Assignment {
  const role = patch.role ?? current.role;
  if (patch.unitId !== undefined) return { role, unitId: patch.unitId };
  return { role, unitId: isUnitRole(role) ? current.unitId : null };
}

export type AccountChange = {
  actorId: string;
  targetId: string;
  before: { role: Role; active: boolean };
  after: { role: Role; active: boolean };
  /** Active administrators before the change, the target included if it is one. */
  activeAdmins: number;
};

const isActiveAdmin = (u: { role: Role; active: boolean }) => u.active && u.role === 'ADMIN';

/** Why an administrator may not make this change (422), or null. */
export function accountChangeRefusal(change: AccountChange): string | null {
  const losesAdmin = isActiveAdmin(change.before) && !isActiveAdmin(change.after);
  if (!losesAdmin) return null;
  if (change.actorId === change.targetId)
    return '不能停用自己的账号或取消自己的管理员角色 / you cannot deactivate or demote yourself';
  if (change.activeAdmins <= 1)
    return '这是最后一个在用的系统管理员，不能停用或改为其他角色 / the last active administrator must stay';
  return null;
}
