import { PlusOutlined } from '@ant-design/icons';
import { ROLES, type Role, type TAdminUser, type TUser } from '@sp/domain';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { FilterBar } from '../../../components/filter-bar';
import { type OneTimePassword, OneTimePasswords } from '../../../components/one-time-passwords';
import { ResponsiveList } from '../../../components/responsive-list';
import { ErrorState } from '../../../components/status-views';
import { errorMessage } from '../../../lib/error-message';
import { ADMIN_PAGE_SIZE, activeFilter, activeParam, useListParams } from '../../admin-common/list-params';
import { NoticeBanner, useNotice } from '../../admin-common/notice';
import '../../admin-common/admin.css';
import { StatusTags } from '../../admin-common/status-tag';
import { useUnits } from '../../units/api/get-units';
import { useAdminUsers } from '../api/get-admin-users';
import { useResetPassword } from '../api/reset-password';
import { useUpdateUser } from '../api/update-user';
import { UserActions } from './user-actions';
import { UserForm } from './user-form';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: TAdminUser }
  | { kind: 'password'; rows: OneTimePassword[] }
  | null;

/** 用户管理: search and filter, create (one-time password shown once), edit, reset, deactivate. */
export function UsersAdmin() {
  const { t } = useTranslation();
  const notice = useNotice();
  const { filters, page, setFilters, setPage } = useListParams(['q', 'role', 'unitId', 'active']);
  const list = useAdminUsers({
    q: filters.q,
    role: filters.role as Role | undefined,
    unitId: filters.unitId,
    active: activeParam(filters.active),
    page,
    pageSize: ADMIN_PAGE_SIZE,
  });
  const units = useUnits();
  const me = useRouteLoaderData('app') as TUser | undefined;
  const update = useUpdateUser();
  const reset = useResetPassword();
  const [dialog, setDialog] = useState<Dialog>(null);
  const u = (key: string, name?: string) =>
    t(`administration.users.${key}` as 'administration.users.saved', { name });
  const showPassword = (user: TAdminUser, password: string) =>
    setDialog({
      kind: 'password',
      rows: [{ username: user.username, displayName: user.displayName, password }],
    });

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      notice.failure(errorMessage(error));
    }
  };
  const setActive = (user: TAdminUser, active: boolean) =>
    run(async () => {
      await update.mutateAsync({ id: user.id, active });
      notice.success(u(active ? 'activated' : 'deactivated', user.displayName));
    });
  const resetPassword = (user: TAdminUser) =>
    run(async () => showPassword(user, (await reset.mutateAsync(user.id)).initialPassword));

  const title =
    dialog?.kind === 'edit'
      ? u('edit')
      : dialog?.kind === 'password'
        ? t('administration.passwords.title')
        : u('create');
  return (
    <>
      <div className="sp-admin-toolbar">
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'create' })}
          data-testid="user-create"
        >
          {u('create')}
        </Button>
      </div>
      <NoticeBanner notice={notice.notice} onClose={notice.clear} />
      <FilterBar
        id="users-filter"
        label={t('administration.filters.label')}
        keyword={{ label: t('administration.filters.keyword'), hint: u('keywordHint') }}
        selects={[
          {
            name: 'role',
            label: t('administration.filters.role'),
            anyLabel: t('administration.filters.allRoles'),
            options: ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
          },
          {
            name: 'unitId',
            label: t('administration.filters.unit'),
            anyLabel: t('administration.filters.allUnits'),
            options: (units.data ?? []).map((x) => ({ value: x.id, label: x.name })),
          },
          activeFilter(t),
        ]}
        value={filters}
        onChange={setFilters}
      />
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ResponsiveList<TAdminUser>
          label={u('list')}
          testId="users-list"
          rows={list.data?.items ?? []}
          rowKey={(r) => r.id}
          loading={list.isFetching}
          emptyText={u('empty')}
          paging={{ page, pageSize: ADMIN_PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'username', title: t('administration.users.columns.username'), render: (r) => r.username },
            {
              key: 'displayName',
              title: t('administration.users.columns.displayName'),
              render: (r) => r.displayName,
            },
            {
              key: 'role',
              title: t('administration.users.columns.role'),
              render: (r) => t(`roles.${r.role}`),
            },
            {
              key: 'unit',
              title: t('administration.users.columns.unit'),
              render: (r) => r.unitName ?? t('common.none'),
            },
            {
              key: 'email',
              title: t('administration.users.columns.email'),
              render: (r) => r.email ?? t('common.none'),
            },
            {
              key: 'status',
              title: t('administration.users.columns.status'),
              render: (r) => <StatusTags active={r.active} mustChangePassword={r.mustChangePassword} />,
            },
          ]}
          actions={{
            title: t('administration.users.columns.actions'),
            render: (r) => (
              <UserActions
                user={r}
                isSelf={r.id === me?.id}
                onEdit={() => setDialog({ kind: 'edit', user: r })}
                onReset={() => void resetPassword(r)}
                onSetActive={(active) => void setActive(r, active)}
              />
            ),
          }}
        />
      )}
      <Modal
        open={dialog !== null}
        title={title}
        footer={null}
        destroyOnHidden
        width={640}
        onCancel={() => setDialog(null)}
        maskClosable={dialog?.kind !== 'password'}
      >
        {dialog?.kind === 'password' ? (
          <OneTimePasswords rows={dialog.rows} onDone={() => setDialog(null)} />
        ) : dialog ? (
          <UserForm
            user={dialog.kind === 'edit' ? dialog.user : undefined}
            onCreated={({ user, initialPassword }) => {
              notice.success(u('created', user.displayName));
              showPassword(user, initialPassword);
            }}
            onSaved={(saved) => {
              notice.success(u('saved', saved.displayName));
              setDialog(null);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
