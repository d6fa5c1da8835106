import type { TAdminUser } from '@sp/domain';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  user: TAdminUser;
  /** The administrator's own row: no 停用 (the API refuses locking oneself out anyway). */
  isSelf?: boolean;
  onEdit: () => void;
  onReset: () => void;
  onSetActive: (active: boolean) => void;
};

/** 编辑 · 重置密码 · 停用/启用 for one user; the destructive ones ask first. */
export function UserActions({ user, isSelf = false, onEdit, onReset, onSetActive }: Props) {
  const { t } = useTranslation();
  const a = (key: 'edit' | 'resetPassword' | 'deactivate' | 'activate') => t(`administration.actions.${key}`);
  const name = user.displayName;
  return (
    <span className="sp-row-actions">
      <Button size="small" onClick={onEdit} aria-label={`${a('edit')} ${name}`}>
        {a('edit')}
      </Button>
      <Popconfirm
        title={t('administration.users.resetConfirm', { name })}
        okText={a('resetPassword')}
        cancelText={t('common.cancel')}
        onConfirm={onReset}
      >
        <Button
          size="small"
          aria-label={`${a('resetPassword')} ${name}`}
          data-testid={`reset-${user.username}`}
        >
          {a('resetPassword')}
        </Button>
      </Popconfirm>
      {isSelf ? null : user.active ? (
        <Popconfirm
          title={t('administration.users.deactivateConfirm', { name })}
          okText={a('deactivate')}
          cancelText={t('common.cancel')}
          onConfirm={() => onSetActive(false)}
        >
          <Button size="small" danger aria-label={`${a('deactivate')} ${name}`}>
            {a('deactivate')}
          </Button>
        </Popconfirm>
      ) : (
        <Button size="small" onClick={() => onSetActive(true)} aria-label={`${a('activate')} ${name}`}>
          {a('activate')}
        </Button>
      )}
    </span>
  );
}
