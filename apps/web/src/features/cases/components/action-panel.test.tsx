import { zhCN } from '@sp/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseDetail, problem } from '../../../test/fixtures';
import { mockFetch, on } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render';
import { useCase } from '../api/get-case';
import { ActionPanel } from './action-panel';

/** As the case page does: the panel shows the case the query holds. */
function LiveCasePanel({ id }: { id: string }) {
  const query = useCase(id);
  return query.data ? <ActionPanel caseData={query.data} attachments={[]} /> : null;
}

afterEach(() => vi.unstubAllGlobals());

const assessing = caseDetail({
  state: 'ASSESSING',
  version: 3,
  allowedActions: ['dismiss', 'transfer_out', 'open_investigation'],
});
const url = `/api/cases/${assessing.id}`;

describe('ActionPanel', () => {
  it('shows exactly the case’s allowedActions, named by their Chinese labels', async () => {
    mockFetch();
    await renderApp(<ActionPanel caseData={assessing} attachments={[]} />);
    const panel = screen.getByTestId('action-panel');
    const names = within(panel)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['不予受理', '移送其他机关', '立案调查']);
  });

  it('says so when there is nothing to do', async () => {
    mockFetch();
    await renderApp(<ActionPanel caseData={caseDetail({ allowedActions: [] })} attachments={[]} />);
    expect(screen.getByTestId('no-actions').textContent).toBe('当前没有您可以办理的事项。');
  });

  it('posts the action with the case version and the validated payload', async () => {
    const { calls } = mockFetch(
      on('POST', `${url}/actions`, {
        body: caseDetail({ state: 'INVESTIGATING', version: 4, allowedActions: ['add_evidence'] }),
      }),
    );
    const user = userEvent.setup();
    await renderApp(<ActionPanel caseData={assessing} attachments={[]} />);
    const opener = screen.getByRole('button', { name: '立案调查' });
    await user.click(opener);
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    await user.click(
      within(screen.getByRole('form', { name: '立案调查' })).getByRole('button', { name: '提交' }),
    );
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        action: 'open_investigation',
        version: 3,
      }),
    );
    expect((await screen.findByRole('status')).textContent).toContain('已办理：立案调查');
  });

  it('on 409 tells the user someone else changed the case and reloads it', async () => {
    let version = 3;
    const { calls } = mockFetch(
      on('POST', `${url}/actions`, {
        status: 409,
        contentType: 'application/problem+json',
        body: problem(
          409,
          'STALE_VERSION',
          '案件已被他人修改，请刷新后重试 / the case was changed by someone else',
        ),
      }),
      on('GET', url, () => ({ body: { ...assessing, version: version++ } })),
      on('GET', `${url}/events`, { body: [] }),
    );
    const user = userEvent.setup();
    await renderApp(<LiveCasePanel id={assessing.id} />);
    await user.click(await screen.findByRole('button', { name: '不予受理' }));
    await user.click(screen.getByLabelText('不属于行政执法行为'));
    await user.type(screen.getByLabelText('不予受理的理由'), '不属于受理范围');
    await user.type(screen.getByLabelText('反馈意见'), '您反映的问题不属于本中心受理范围');
    await user.click(screen.getByRole('button', { name: '提交' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('其他人刚刚修改了此案件');
    const caseReads = () => calls.filter((c) => c.method === 'GET' && c.url.pathname === url).length;
    await waitFor(() => expect(caseReads()).toBe(2));
    // The user's words are kept, so they can check the new version and submit again.
    expect((screen.getByLabelText('不予受理的理由') as HTMLTextAreaElement).value).toBe('不属于受理范围');
  });

  it('shows a business refusal (422) in the user’s language from its reason, not the detail', async () => {
    mockFetch(
      on('POST', `${url}/actions`, {
        status: 422,
        contentType: 'application/problem+json',
        body: problem(422, 'RULE_VIOLATION', '已签收 / already acknowledged', {
          reason: 'ALREADY_ACKNOWLEDGED',
        }),
      }),
      on('GET', url, { body: assessing }),
      on('GET', `${url}/events`, { body: [] }),
    );
    const user = userEvent.setup();
    await renderApp(
      <ActionPanel caseData={{ ...assessing, allowedActions: ['open_investigation'] }} attachments={[]} />,
    );
    await user.click(screen.getByRole('button', { name: '立案调查' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect((await screen.findByRole('alert')).textContent).toContain(zhCN.refusals.ALREADY_ACKNOWLEDGED);
    expect(screen.queryByText(/already acknowledged/)).toBeNull();
  });
});
