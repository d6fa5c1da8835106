import { type TCaseOfficers, type TUser, ZCaseOfficers } from '@sp/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uuid } from '../../../test/fixtures';
import { mockFetch, on } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render';
import { CaseOfficersCard } from './case-officers-card';

afterEach(() => vi.unstubAllGlobals());

const caseId = uuid(1);
const staff: TUser = {
  id: uuid(9),
  username: 'staff',
  displayName: '张敏',
  role: 'CENTER_STAFF',
  unitId: null,
};
const handler: TUser = { ...staff, role: 'UNIT_HANDLER', unitId: uuid(8) };

const officer = (
  n: number,
  name: string,
  reason: TCaseOfficers['officers'][number]['uncertifiedReason'],
) => ({
  id: uuid(100 + n),
  name,
  unitName: '市市场监督管理局',
  certificateNo: `2201000200${n}`,
  validFrom: '2022-01-01',
  validUntil: reason === 'EXPIRED' ? '2025-12-31' : '2030-12-31',
  status: reason === 'EXPIRED' ? ('EXPIRED' as const) : ('VALID' as const),
  uncertifiedReason: reason,
});
const flagged = ZCaseOfficers.parse({
  caseId,
  version: 3,
  actDate: '2026-02-03',
  actDateBasis: 'OCCURRED_AT',
  officers: [officer(1, '王建国', null), officer(2, '刘明', 'EXPIRED')],
  uncertified: true,
});

describe('CaseOfficersCard', () => {
  it('flags the officer whose certificate had expired on the date of the act, and why', async () => {
    mockFetch(on('GET', `/api/cases/${caseId}/officers`, { body: flagged }));
    await renderApp(<CaseOfficersCard caseId={caseId} user={handler} />);
    const flag = await screen.findByTestId('uncertified-flag');
    expect(flag.textContent).toContain('存在无有效执法证人员');
    expect(flag.textContent).toContain(
      '刘明（22010002002）：执法证有效期至2025-12-31，行为发生时（2026-02-03）已过期',
    );
    expect(flag.textContent).toContain('按发生日期2026-02-03判断');
    const items = screen.getAllByTestId('case-officer');
    expect(items.map((i) => i.dataset.flagged)).toEqual(['false', 'true']);
    // A unit user reads; only the center changes the list.
    expect(screen.queryByRole('button', { name: '修改涉案执法人员' })).toBeNull();
  });

  it('lets the center replace the officers at the case’s version', async () => {
    const { calls } = mockFetch(
      on('GET', `/api/cases/${caseId}/officers`, { body: flagged }),
      on('GET', '/api/registry/officers', {
        body: [{ ...officer(3, '赵刚', null), uncertifiedReason: undefined }],
      }),
      on('PUT', `/api/cases/${caseId}/officers`, {
        body: { ...flagged, version: 4, officers: [flagged.officers[0]], uncertified: false },
      }),
    );
    const user = userEvent.setup();
    await renderApp(<CaseOfficersCard caseId={caseId} user={staff} />);
    await user.click(await screen.findByRole('button', { name: '修改涉案执法人员' }));
    const editor = screen.getByTestId('case-officers-editor');
    // Remove 刘明, add 赵刚 found by name.
    const chosen = within(editor).getAllByRole('listitem');
    await user.click(within(chosen[1]!).getByRole('button', { name: '移除' }));
    await user.type(within(editor).getByRole('searchbox'), '赵');
    await user.click(await within(editor).findByRole('button', { name: '新增' }));
    await user.click(within(editor).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
        version: 3,
        officerIds: [uuid(101), uuid(103)],
      }),
    );
  });
});
