import type { Role, TUser } from '@sp/domain';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { meQueryOptions } from '../features/auth/api/get-me';
import { isApiError } from '../lib/api-error';
import { queryClient } from '../lib/query-client';
import { ROLE_HOME, safeNext } from './role-home';

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const next = `${url.pathname}${url.search}`;
  return redirect(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
}

/** The signed-in user, or a redirect to the login page. */
export async function requireUser(request: Request): Promise<TUser> {
  try {
    return await queryClient.ensureQueryData(meQueryOptions);
  } catch (error) {
    if (isApiError(error) && error.status === 401) throw loginRedirect(request);
    throw error;
  }
}

/** A loader that lets only `roles` in and sends everyone else to their own home. */
export function rolesLoader(roles: readonly Role[]) {
  return async ({ request }: LoaderFunctionArgs) => {
    const me = await requireUser(request);
    if (!roles.includes(me.role)) throw redirect(ROLE_HOME[me.role]);
    return null;
  };
}

/** The signed-in frame; a one-time password must be replaced before anything else. */
export async function appLoader({ request }: LoaderFunctionArgs) {
  const me = await requireUser(request);
  if (me.mustChangePassword) throw redirect(PASSWORD_CHANGE_PATH);
  return me;
}

export const PASSWORD_CHANGE_PATH = '/password-change';

/** The forced password change: only for a user who still has a one-time password. */
export async function passwordChangeLoader({ request }: LoaderFunctionArgs) {
  // Fresh, not cached: the password may have been changed in another tab.
  await queryClient.invalidateQueries({ queryKey: meQueryOptions.queryKey });
  const me = await requireUser(request);
  if (!me.mustChangePassword) throw redirect(ROLE_HOME[me.role]);
  return me;
}

export async function homeLoader({ request }: LoaderFunctionArgs) {
  const me = await requireUser(request);
  throw redirect(ROLE_HOME[me.role]);
}

/** The login page skips itself when a session is already open. */
export async function loginLoader({ request }: LoaderFunctionArgs) {
  const cached = queryClient.getQueryData(meQueryOptions.queryKey);
  if (cached)
    throw redirect(safeNext(new URL(request.url).searchParams.get('next')) ?? ROLE_HOME[cached.role]);
  return null;
}
