import { CASE_QUEUES, queueFilter } from '@sp/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseSummary, problem, UNIT } from '../../../test/fixtures';
import { type Call, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render';
import { CaseQueue } from './case-queue';

afterEach(() => vi.unstubAllGlobals());

const units = [UNIT];
const received = caseSummary({}, 12);
const overdue = caseSummary(
  {
    title: '违规收取罚没款未开票据',
    state: 'AWAITING_REPLY',
    dueAt: '2026-03-20T15:59:59.000Z',
    deadlineStatus: 'OVERDUE',
    noticeNumber: '执监通〔2026〕7号',
  },
  9,
);

/** The fake data set: the cases a tab's filter gives. */
function casesOf(p: URLSearchParams) {
  let items =
    p.get('overdue') === 'true'
      ? [overdue]
      : p.get('state') === 'RECEIVED'
        ? [received]
        : p.get('state') || p.get('dueSoon') || p.get('assigneeId')
          ? []
          : [received, overdue];
  const q = p.get('q');
  if (q) items = items.filter((c) => c.title.includes(q));
  return items;
}

/** A fake GET /api/cases (items for the tab asked) and GET /api/cases/counts (every tab at once). */
function casesApi() {
  return (call: Call) => {
    if (call.method !== 'GET') return undefined;
    const p = call.url.searchParams;
    if (call.url.pathname === '/api/cases/counts') {
      const counts = Object.fromEntries(
        CASE_QUEUES.map((queue) => {
          const params = new URLSearchParams(p);
          for (const [k, v] of Object.entries(queueFilter(queue, 'me'))) params.set(k, String(v));
          return [queue.key, casesOf(params).length];
        }),
      );
      return { body: { counts } };
    }
    if (call.url.pathname !== '/api/cases') return undefined;
    const items = casesOf(p);
    const pageSize = Number(p.get('pageSize'));
    return {
      body: { items: items.slice(0, pageSize), total: items.length, page: Number(p.get('page')), pageSize },
    };
  };
}

const listCalls = (calls: Call[]) =>
  calls.filter((c) => c.url.pathname === '/api/cases' && c.url.searchParams.get('pageSize') === '20');

describe('CaseQueue (staff triage)', () => {
  it('shows 全部, 我的案件 and every stage as a tab with its count, and the new cases first', async () => {
    const { calls } = mockFetch(casesApi());
    await renderApp(<CaseQueue units={units} />, { path: '/cases' });
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent?.replace(/[\d…]+$/, ''));
    expect(tabs).toEqual([
      '全部',
      '我的案件',
      '单位待确定',
      '新登记',
      '研判中',
      '调查中',
      '待签发',
      '待整改',
      '整改审核',
      '异议复核',
      '即将到期',
      '已逾期',
      '已移送',
      '已办结',
    ]);
    await waitFor(() => expect(screen.getByTestId('queue-count-overdue').textContent).toBe('1'));
    expect(screen.getByTestId('queue-count-received').textContent).toBe('1');
    expect(screen.getByTestId('queue-count-closed').textContent).toBe('0');
    expect(screen.getByTestId('queue-count-all').textContent).toBe('2');
    // Every count came from one request.
    expect(calls.filter((c) => c.url.pathname === '/api/cases/counts')).toHaveLength(1);
    expect(calls.filter((c) => c.url.pathname === '/api/cases')).toHaveLength(1);
    expect((await screen.findByRole('link', { name: '执监案〔2026〕12号' })).getAttribute('href')).toBe(
      `/cases/${received.id}`,
    );
  });

  it('switches to 已逾期 (overdue=true) with the red badge', async () => {
    const { calls } = mockFetch(casesApi());
    const user = userEvent.setup();
    const { router } = await renderApp(<CaseQueue units={units} />, { path: '/cases' });
    await user.click(screen.getByTestId('queue-tab-overdue'));
    const link = await screen.findByRole('link', { name: '执监案〔2026〕9号' });
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByTestId('deadline-badge').getAttribute('data-status')).toBe('OVERDUE');
    expect(listCalls(calls).at(-1)?.url.searchParams.get('overdue')).toBe('true');
    expect(router.state.location.search).toBe('?tab=overdue');
  });

  it('searches by keyword and filters by unit and source, counting with the same filters', async () => {
    const { calls } = mockFetch(casesApi());
    const user = userEvent.setup();
    await renderApp(<CaseQueue units={units} />, { path: '/cases' });
    await user.type(screen.getByLabelText('关键词'), '暴力');
    await user.click(screen.getByRole('button', { name: '搜索' }));
    await waitFor(() => expect(listCalls(calls).at(-1)?.url.searchParams.get('q')).toBe('暴力'));
    await user.selectOptions(screen.getByLabelText('执法单位'), UNIT.id);
    await user.selectOptions(screen.getByLabelText('线索来源'), 'MEDIA');
    await waitFor(() => {
      const last = listCalls(calls).at(-1)?.url.searchParams;
      expect([last?.get('q'), last?.get('unitId'), last?.get('source'), last?.get('state')]).toEqual([
        '暴力',
        UNIT.id,
        'MEDIA',
        'RECEIVED',
      ]);
    });
    const countCall = calls.filter((c) => c.url.pathname === '/api/cases/counts').at(-1);
    expect(countCall?.url.searchParams.get('source')).toBe('MEDIA');
    expect(countCall?.url.searchParams.get('q')).toBe('暴力');
  });

  it('says so when no case matches', async () => {
    mockFetch(casesApi());
    await renderApp(<CaseQueue units={units} />, { path: '/cases?tab=closed' });
    expect(await screen.findByText('没有符合条件的案件。')).toBeTruthy();
  });

  it('shows an API failure in plain Chinese with a way to retry', async () => {
    mockFetch((call) =>
      call.url.pathname === '/api/cases'
        ? {
            status: 500,
            contentType: 'application/problem+json',
            body: problem(500, 'INTERNAL', '服务器内部错误，请求编号 req-7 / internal error'),
          }
        : undefined,
    );
    await renderApp(<CaseQueue units={units} />, { path: '/cases' });
    expect((await screen.findByRole('alert')).textContent).toContain('服务器暂时无法处理请求');
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
  });
});
