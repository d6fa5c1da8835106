import { CENTER_ROLES, type Role, UNIT_ROLES } from '@sp/domain';

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  CENTER_STAFF: '/dashboard',
  CENTER_DIRECTOR: '/dashboard',
  UNIT_HANDLER: '/unit/notices',
  UNIT_LEADER: '/unit/notices',
  SUPERVISOR: '/supervisor/reports',
  DISCIPLINE: '/discipline/referrals',
  ADMIN: '/admin/users',
  GOVERNMENT: '/government/decisions',
};

export { CENTER_ROLES, UNIT_ROLES };
/** Everyone who may open a case they can see (the API scopes which ones). */
export const CASE_ROLES: Role[] = [...CENTER_ROLES, ...UNIT_ROLES, 'DISCIPLINE', 'GOVERNMENT'];

/** A `next` parameter is followed only when it is a path inside this app. */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return null;
  return next;
}
