import type { z } from 'zod';
import { ApiError, errorFromResponse } from './api-error';

// The one way the web talks to the API: same origin, session cookie, JSON in and out. Every
// failure becomes an ApiError; every answer is checked against the domain's zod schema.

type Query = Record<string, string | number | boolean | undefined | null>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function checked<S extends z.ZodType>(schema: S, data: unknown, path: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  // The contract drifted: say so loudly in the console, but keep the page working.
  console.warn(`[api] ${path}: response does not match its schema`, result.error.issues);
  return data as z.output<S>;
}

async function send(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: 'Network error' });
  }
  if (!res.ok) throw await errorFromResponse(res);
  return res;
}

async function readJson(res: Response): Promise<unknown> {
  if (res.status === 204) return null;
  const text = await res.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ status: res.status, title: 'Invalid JSON' });
  }
}

export async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  options: { body?: unknown; query?: Query; signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  const url = withQuery(path, options.query);
  const res = await send(method, url, options.body, options.signal);
  return checked(schema, await readJson(res), url);
}

/** Like `request`, for endpoints that may answer 204 No Content (null). */
export async function requestOptional<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  options: { body?: unknown; signal?: AbortSignal } = {},
): Promise<z.output<S> | null> {
  const res = await send(method, path, options.body, options.signal);
  const data = await readJson(res);
  return data === null ? null : checked(schema, data, path);
}

/** For endpoints whose answer carries nothing (204). */
export async function requestVoid(method: Method, path: string, body?: unknown): Promise<void> {
  await send(method, path, body);
}
