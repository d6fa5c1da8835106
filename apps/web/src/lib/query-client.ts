import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

// One QueryClient for the app. A 401 anywhere means the session ended; a 403
// PASSWORD_CHANGE_REQUIRED that the one-time password must be replaced first. The router
// registers what to do (go to the login page, to the password page).
let unauthorizedHandler: (() => void) | null = null;
let passwordChangeHandler: (() => void) | null = null;

export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler;
}

export function onPasswordChangeRequired(handler: () => void) {
  passwordChangeHandler = handler;
}

export function isPasswordChangeRequired(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED';
}

function handleError(error: unknown) {
  if (isApiError(error) && error.status === 401) unauthorizedHandler?.();
  if (isPasswordChangeRequired(error)) passwordChangeHandler?.();
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => {
          if (isApiError(error) && error.status > 0 && error.status < 500) return false;
          return count < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
