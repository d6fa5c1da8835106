import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseDetail } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { BodyDeadlineCard } from './body-deadline-card';

const body = (kind: 'OBJECTION_ANSWER' | 'DECISION', status: 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE') =>
  caseDetail({
    state: kind === 'DECISION' ? 'DECISION_PENDING' : 'RECHECKING',
    bodyDeadline: {
      kind,
      startAt: '2026-03-02T02:00:00.000Z',
      basis: 'CALENDAR_DAYS',
      days: 15,
      dueAt: '2026-03-17T15:59:59.000Z',
      dueSoonAt: '2026-03-12T20:47:59.300Z',
      status,
    },
  }).bodyDeadline!;

describe('BodyDeadlineCard', () => {
  it('shows 本机关答复期限 with its light (red once overdue)', async () => {
    await renderApp(<BodyDeadlineCard deadline={body('OBJECTION_ANSWER', 'OVERDUE')} />);
    const card = screen.getByTestId('body-deadline-card');
    expect(within(card).getByText('本机关答复期限')).toBeTruthy();
    expect(within(card).getByTestId('deadline-badge').getAttribute('data-status')).toBe('OVERDUE');
    expect(within(card).getByText('已逾期')).toBeTruthy();
  });

  it('a pending 决定书: 决定期限, yellow when due soon', async () => {
    await renderApp(<BodyDeadlineCard deadline={body('DECISION', 'DUE_SOON')} />);
    const card = screen.getByTestId('body-deadline-card');
    expect(within(card).getByText('决定期限')).toBeTruthy();
    expect(within(card).getByTestId('deadline-badge').getAttribute('data-status')).toBe('DUE_SOON');
  });
});
