import { type TNotification, type TNotificationPage, ZNotificationPage } from '@sp/domain';
import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, on } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render';
import { caseKeys } from '../../cases/api/query-keys';
import { applyLiveEvent } from '../api/live-updates';
import { notificationKeys } from '../api/notifications';
import { NotificationList } from './notification-list';

afterEach(() => vi.unstubAllGlobals());

const CASE_ID = '11111111-1111-4111-8111-111111111111';
const note = (over: Partial<TNotification>): TNotification => ({
  id: '22222222-2222-4222-8222-222222222222',
  caseId: CASE_ID,
  caseNumber: '执案〔2026〕3号',
  caseTitle: '执法人员未出示证件',
  action: 'approve_notice',
  toState: 'AWAITING_REPLY',
  actorRole: 'CENTER_DIRECTOR',
  createdAt: '2026-03-02T02:00:00.000Z',
  readAt: null,
  ...over,
});
const page = (items: TNotification[], unread: number): TNotificationPage =>
  ZNotificationPage.parse({ items, total: items.length, page: 1, pageSize: 20, unread });

describe('NotificationList', () => {
  it('shows each notification in Chinese with a link to its case, and marks one read', async () => {
    const items = [
      note({}),
      note({
        id: '33333333-3333-4333-8333-333333333333',
        action: 'refer_overdue',
        actorRole: null,
        readAt: '2026-03-03T02:00:00.000Z',
      }),
    ];
    const { calls } = mockFetch(
      on('GET', '/api/notifications', { body: page(items, 1) }),
      on('POST', `/api/notifications/${items[0]!.id}/read`, { status: 204 }),
    );
    await renderApp(<NotificationList linkToCase />);
    const rows = await screen.findAllByTestId('notification');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('签发');
    expect(rows[0]?.textContent).toContain('未读');
    expect(rows[1]?.textContent).toContain('系统自动办理');
    const links = screen.getAllByRole('link', { name: '执案〔2026〕3号 执法人员未出示证件' });
    expect(links[0]?.getAttribute('href')).toBe(`/cases/${CASE_ID}`);
    expect(screen.getByText('未读 1 条')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /标为已读/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  });

  it('says so when there is nothing', async () => {
    mockFetch(on('GET', '/api/notifications', { body: page([], 0) }));
    await renderApp(<NotificationList linkToCase={false} />);
    expect(await screen.findByText('暂无通知。')).toBeTruthy();
  });
});

describe('applyLiveEvent', () => {
  it('invalidates the case, its history and every case list on a `case` event; the inbox on a `notification`', () => {
    const client = new QueryClient();
    const spy = vi.spyOn(client, 'invalidateQueries');
    applyLiveEvent(client, 'case', JSON.stringify({ id: CASE_ID, state: 'AWAITING_REPLY', version: 6 }));
    const keys = spy.mock.calls.map((c) => c[0]?.queryKey);
    expect(keys).toEqual(
      expect.arrayContaining([caseKeys.detail(CASE_ID), caseKeys.events(CASE_ID), caseKeys.lists()]),
    );
    spy.mockClear();
    applyLiveEvent(
      client,
      'notification',
      JSON.stringify({ id: CASE_ID, caseId: CASE_ID, action: 'remind_unit' }),
    );
    expect(spy.mock.calls.map((c) => c[0]?.queryKey)).toEqual([notificationKeys.all]);
    spy.mockClear();
    applyLiveEvent(client, 'resync', '{}');
    expect(spy.mock.calls.map((c) => c[0]?.queryKey)).toEqual(
      expect.arrayContaining([caseKeys.all, notificationKeys.all]),
    );
  });
});
