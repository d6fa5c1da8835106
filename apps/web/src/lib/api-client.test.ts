import { ZUser } from '@sp/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problem } from '../test/fixtures';
import { mockFetch, on } from '../test/mock-fetch';
import { request, withQuery } from './api-client';
import { ApiError, fieldKey } from './api-error';

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('turns a problem+json answer into an ApiError with status, detail and field errors', async () => {
    mockFetch(
      on('POST', '/api/cases', {
        status: 400,
        contentType: 'application/problem+json',
        body: problem(400, 'VALIDATION', '请求内容有误', {
          errors: [{ path: 'title', message: '不能为空 / must not be empty' }],
        }),
      }),
    );
    const error = await request('POST', '/api/cases', ZUser, { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', detail: '请求内容有误' });
    expect((error as ApiError).fieldErrors).toEqual([
      { path: 'title', message: '不能为空 / must not be empty' },
    ]);
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await request('GET', '/api/auth/me', ZUser).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetwork).toBe(true);
  });

  it('sends query strings without empty values', () => {
    expect(
      withQuery('/api/cases', { state: 'RECEIVED', q: '', unitId: undefined, overdue: true, page: 2 }),
    ).toBe('/api/cases?state=RECEIVED&overdue=true&page=2');
  });

  it('reads server field paths in any common notation', () => {
    expect(fieldKey('/body/reporter/name')).toBe('reporter.name');
    expect(fieldKey('reason')).toBe('reason');
    expect(fieldKey('body.feedback')).toBe('feedback');
  });
});
