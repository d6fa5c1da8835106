import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { attachment as fileFixture } from '../../test/fixtures';
import { mockFetch, on } from '../../test/mock-fetch';
import { renderApp } from '../../test/render';
import { ActionForm } from './action-form';

const attachment = fileFixture();

afterEach(() => vi.restoreAllMocks());

describe('ActionForm (generated from the action’s zod payload schema)', () => {
  it('amend_case: a unit picker, a date-and-time field in China’s time, labelled in Chinese', async () => {
    const units = [
      { id: '3f1c9a52-7b6e-4d21-9c0a-5e8b2d7f4a10', name: '四平市城市管理综合行政执法局', active: true },
      { id: '8a2d4e6f-1c3b-4a5d-8e7f-9b0c1d2e3f40', name: '四平市市场监督管理局', active: true },
    ];
    mockFetch(on('GET', '/api/units', { body: units }));
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    await renderApp(
      <ActionForm
        action="amend_case"
        attachments={[]}
        initialValues={{ title: '执法人员未出示证件', unitId: units[0]!.id }}
        onSubmit={onSubmit}
      />,
    );
    const form = screen.getByRole('form', { name: '更正登记信息' });
    const unit = within(form).getByLabelText(/^被反映的执法单位/) as HTMLSelectElement;
    await waitFor(() =>
      expect(within(unit).getByRole('option', { name: '四平市市场监督管理局' })).toBeTruthy(),
    );
    const when = within(form).getByLabelText(/^发生日期/) as HTMLInputElement;
    expect(when.type).toBe('datetime-local');
    expect(within(form).getByRole('group', { name: /^线索来源/ })).toBeTruthy();
    await user.selectOptions(unit, units[1]!.id);
    fireEvent.change(when, { target: { value: '2026-02-27T09:30' } });
    await user.type(within(form).getByLabelText('更正理由'), '登记时单位选错');
    await user.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      unitId: units[1]!.id,
      title: '执法人员未出示证件',
      occurredAt: '2026-02-27T09:30:00+08:00',
      reason: '登记时单位选错',
    });
  });

  it('a field shows the hint of its action where one is written (说明 of set_unit vs add_evidence)', async () => {
    mockFetch(on('GET', '/api/units', { body: [] }));
    const hintOf = async (action: 'set_unit' | 'add_evidence') => {
      const view = await renderApp(<ActionForm action={action} attachments={[]} onSubmit={vi.fn()} />);
      const note = screen.getByRole('textbox', { name: /^说明|^补充说明/ });
      const hint = document.getElementById(note.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
      const text = hint?.textContent ?? '';
      view.unmount();
      return text;
    };
    expect(await hintOf('add_evidence')).toContain('补充了什么证据');
    expect(await hintOf('set_unit')).toContain('核实');
    expect(await hintOf('set_unit')).not.toContain('证据');
  });

  it('amend_case: a 发生日期 after today is refused at the field, nothing is sent', async () => {
    mockFetch(on('GET', '/api/units', { body: [] }));
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    await renderApp(<ActionForm action="amend_case" attachments={[]} onSubmit={onSubmit} />);
    const form = screen.getByRole('form', { name: '更正登记信息' });
    const when = within(form).getByLabelText(/^发生日期/) as HTMLInputElement;
    // Tomorrow in China on this machine's clock (the same rule as the server's).
    const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    fireEvent.change(when, { target: { value: `${tomorrow}T09:00` } });
    await user.type(within(form).getByLabelText('更正理由'), '发生日期登记有误');
    await user.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(within(form).getAllByText(/发生日期不能晚于今天/).length).toBeGreaterThan(0));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('renders a labelled field with hint for each payload field of draft_notice', async () => {
    await renderApp(<ActionForm action="draft_notice" attachments={[]} onSubmit={vi.fn()} />);
    const form = screen.getByRole('form', { name: '起草监督通知书' });
    expect(within(form).getByLabelText('调查认定的事实')).toBeTruthy();
    const legal = within(form).getByLabelText('法律依据');
    expect(legal.getAttribute('aria-describedby')).toBe('draft_notice-legalBasis-hint');
    expect(document.getElementById('draft_notice-legalBasis-hint')?.textContent).toContain('法律、法规');
    expect(within(form).getByLabelText('整改要求')).toBeTruthy();
    expect(within(form).getByLabelText(/整改期限（工作日）/)).toBeTruthy();
  });

  it('does not submit an empty form: shows an error summary linking to each field and inline errors', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    await renderApp(<ActionForm action="dismiss" attachments={[]} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: '提交' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('提交前请更正以下问题');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#dismiss-reasonCode',
      '#dismiss-reason',
      '#dismiss-feedback',
    ]);
    expect(onSubmit).not.toHaveBeenCalled();

    const reason = screen.getByLabelText('不予受理的理由');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toContain('dismiss-reason-error');
    expect(document.getElementById('dismiss-reason-error')?.textContent).toContain('请填写此项');
    await waitFor(() => expect(document.activeElement).toBe(summary));

    await user.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(reason);
    // A choice (the coded ground of a 不予受理) is a radio group, its first option takes the focus.
    await user.click(links[0] as HTMLElement);
    expect(document.activeElement?.getAttribute('id')).toBe('dismiss-reasonCode');
  });

  it('submits the parsed payload (trimmed) once the fields are valid', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    await renderApp(<ActionForm action="transfer_out" attachments={[]} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('移送机关'), ' 市公安局 ');
    await user.type(screen.getByLabelText('移送理由'), '涉嫌刑事案件');
    await user.type(screen.getByLabelText('反馈意见'), '已移送市公安局处理');
    await user.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        targetOrgan: '市公安局',
        reason: '涉嫌刑事案件',
        feedback: '已移送市公安局处理',
      }),
    );
  });

  it('checks number ranges from the schema', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    await renderApp(<ActionForm action="request_extension" attachments={[]} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('延期理由'), '需协调多部门');
    const days = screen.getByLabelText('申请延长的工作日数');
    fireEvent.change(days, { target: { value: '45' } });
    fireEvent.blur(days);
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('请输入 1 到 30 之间的整数')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers the case’s uploaded files as a picker for attachmentIds', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    await renderApp(<ActionForm action="add_evidence" attachments={[attachment]} onSubmit={onSubmit} />);
    const group = screen.getByRole('group', { name: /附件材料/ });
    await user.click(within(group).getByLabelText(/现场照片\.jpg/));
    await user.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ attachmentIds: [attachment.id] }));
  });

  it('shows the domain’s own rule (note or files) when neither is given', async () => {
    const user = userEvent.setup();
    await renderApp(<ActionForm action="add_evidence" attachments={[attachment]} onSubmit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findAllByText(/请填写说明或附上材料/)).not.toHaveLength(0);
  });

  it('an action without payload is a confirmation with one submit button', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    await renderApp(<ActionForm action="acknowledge" attachments={[]} onSubmit={onSubmit} />);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    await user.click(screen.getByTestId('action-submit-acknowledge'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({}));
  });

  it('puts the server’s field errors next to their fields', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'VALIDATION',
        detail: '请求内容有误',
        fieldErrors: [{ path: '/body/comment', message: '意见过于简单 / too short' }],
      }),
    );
    const user = userEvent.setup();
    await renderApp(<ActionForm action="return_draft" attachments={[]} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('退回修改意见'), '再核实');
    await user.click(screen.getByRole('button', { name: '提交' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('退回修改意见：意见过于简单');
    expect(document.getElementById('return_draft-comment-error')?.textContent).toBe('错误：意见过于简单');
    expect(screen.getByLabelText('退回修改意见').getAttribute('aria-invalid')).toBe('true');
  });
});
