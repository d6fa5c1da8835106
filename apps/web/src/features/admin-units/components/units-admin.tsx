import { PlusOutlined } from '@ant-design/icons';
import type { TAdminUnit } from '@sp/domain';
import { Button, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../components/filter-bar';
import { ResponsiveList } from '../../../components/responsive-list';
import { ErrorState } from '../../../components/status-views';
import { errorMessage } from '../../../lib/error-message';
import { ADMIN_PAGE_SIZE, activeFilter, activeParam, useListParams } from '../../admin-common/list-params';
import { NoticeBanner, useNotice } from '../../admin-common/notice';
import '../../admin-common/admin.css';
import { StatusTags } from '../../admin-common/status-tag';
import { useAdminUnits } from '../api/get-admin-units';
import { useUpdateUnit } from '../api/update-unit';
import { UnitForm } from './unit-form';

type Editing = { mode: 'create' } | { mode: 'edit'; unit: TAdminUnit } | null;

/** 执法单位: search, page, create, edit, deactivate and reactivate. */
export function UnitsAdmin() {
  const { t } = useTranslation();
  const notice = useNotice();
  const { filters, page, setFilters, setPage } = useListParams(['q', 'active']);
  const list = useAdminUnits({
    ...filters,
    active: activeParam(filters.active),
    page,
    pageSize: ADMIN_PAGE_SIZE,
  });
  const update = useUpdateUnit();
  const [editing, setEditing] = useState<Editing>(null);
  const u = (key: string, name?: string) =>
    t(`administration.units.${key}` as 'administration.units.saved', { name });

  const setActive = async (unit: TAdminUnit, active: boolean) => {
    try {
      await update.mutateAsync({ id: unit.id, active });
      notice.success(u(active ? 'activated' : 'deactivated', unit.name));
    } catch (error) {
      notice.failure(errorMessage(error));
    }
  };

  return (
    <>
      <div className="sp-admin-toolbar">
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'create' })}
          data-testid="unit-create"
        >
          {u('create')}
        </Button>
      </div>
      <NoticeBanner notice={notice.notice} onClose={notice.clear} />
      <FilterBar
        id="units-filter"
        label={t('administration.filters.label')}
        keyword={{ label: t('administration.filters.keyword'), hint: u('keywordHint') }}
        selects={[activeFilter(t)]}
        value={filters}
        onChange={setFilters}
      />
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ResponsiveList<TAdminUnit>
          label={u('list')}
          testId="units-list"
          rows={list.data?.items ?? []}
          rowKey={(r) => r.id}
          loading={list.isFetching}
          emptyText={u('empty')}
          paging={{ page, pageSize: ADMIN_PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'name', title: t('administration.units.columns.name'), render: (r) => r.name },
            {
              key: 'creditCode',
              title: t('administration.units.columns.creditCode'),
              render: (r) => r.creditCode ?? t('common.none'),
            },
            {
              key: 'status',
              title: t('administration.units.columns.status'),
              render: (r) => <StatusTags active={r.active} />,
            },
          ]}
          actions={{
            title: t('administration.units.columns.actions'),
            render: (r) => (
              <span className="sp-row-actions">
                <Button
                  size="small"
                  onClick={() => setEditing({ mode: 'edit', unit: r })}
                  aria-label={`${t('administration.actions.edit')} ${r.name}`}
                >
                  {t('administration.actions.edit')}
                </Button>
                {r.active ? (
                  <Popconfirm
                    title={u('deactivateConfirm', r.name)}
                    onConfirm={() => setActive(r, false)}
                    okText={t('administration.actions.deactivate')}
                    cancelText={t('common.cancel')}
                  >
                    <Button
                      size="small"
                      danger
                      aria-label={`${t('administration.actions.deactivate')} ${r.name}`}
                    >
                      {t('administration.actions.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    size="small"
                    onClick={() => setActive(r, true)}
                    aria-label={`${t('administration.actions.activate')} ${r.name}`}
                  >
                    {t('administration.actions.activate')}
                  </Button>
                )}
              </span>
            ),
          }}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing?.mode === 'edit' ? u('edit') : u('create')}
        footer={null}
        destroyOnHidden
        onCancel={() => setEditing(null)}
      >
        {editing ? (
          <UnitForm
            unit={editing.mode === 'edit' ? editing.unit : undefined}
            onSaved={(saved) => {
              notice.success(u(editing.mode === 'edit' ? 'saved' : 'created', saved.name));
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
