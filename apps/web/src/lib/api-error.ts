import { ZProblem } from '@sp/domain';

export type FieldError = { path: string; message: string };

/**
 * Every failure of a call to the API, whatever its cause: the network, a problem+json answer,
 * or a body that is not what the contract promised. `status` is 0 when no answer came back.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** The problem's machine-readable code (api-contract v2), when the server sent one. */
  readonly code: string;

  constructor(init: {
    status: number;
    title?: string;
    detail?: string;
    fieldErrors?: FieldError[];
    code?: string;
  }) {
    super(init.detail || init.title || `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title ?? '';
    this.detail = init.detail ?? '';
    this.fieldErrors = init.fieldErrors ?? [];
    this.code = init.code ?? '';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Builds an ApiError from a failed response, reading problem+json when the server sent it. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return new ApiError({ status: res.status, title: res.statusText });
  }
  const problem = ZProblem.partial().safeParse(body);
  if (!problem.success) return new ApiError({ status: res.status, title: res.statusText });
  const { title, detail, errors, code } = problem.data;
  return new ApiError({ status: res.status, title, detail, fieldErrors: errors ?? [], code });
}

/** The last segment of a server-side field path: `/body/reporter/name` → `reporter.name`. */
export function fieldKey(path: string): string {
  const parts = path.split(/[./[\]]+/).filter((p) => p !== '' && p !== 'body' && p !== '#');
  return parts.join('.');
}
