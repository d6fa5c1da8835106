import { vi } from 'vitest';
import { problem } from './fixtures';

export type Call = { method: string; url: URL; body: unknown };
type Reply = { status?: number; body?: unknown; contentType?: string };
type Handler = (call: Call) => Reply | undefined;

/**
 * Replaces fetch (the app's only boundary with the API) with a table of handlers; the first
 * handler that answers wins. Unanswered calls get a 404 problem, so a missing mock is visible.
 */
export function mockFetch(...handlers: Handler[]) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const call = { method, url, body };
    calls.push(call);
    const reply = handlers.reduce<Reply | undefined>((found, h) => found ?? h(call), undefined) ?? {
      status: 404,
      body: problem(404, 'NOT_FOUND', `no mock for ${method} ${url.pathname}`),
      contentType: 'application/problem+json',
    };
    const status = reply.status ?? 200;
    const text = reply.body === undefined ? null : JSON.stringify(reply.body);
    return new Response(status === 204 ? null : text, {
      status,
      headers: { 'Content-Type': reply.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/** A handler for one method and path (exact pathname match). */
export function on(method: string, pathname: string, reply: Reply | ((call: Call) => Reply)): Handler {
  return (call) =>
    call.method === method && call.url.pathname === pathname
      ? typeof reply === 'function'
        ? reply(call)
        : reply
      : undefined;
}
