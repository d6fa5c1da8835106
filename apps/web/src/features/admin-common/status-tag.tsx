import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { active: boolean; mustChangePassword?: boolean };

/** 在用 / 已停用 (and 待改初始密码 for a user who has not yet chosen a password). */
export function StatusTags({ active, mustChangePassword }: Props) {
  const { t } = useTranslation();
  return (
    <span className="sp-status-tags">
      <Tag className={active ? 'sp-tag--active' : 'sp-tag--inactive'}>
        {active ? t('administration.status.active') : t('administration.status.inactive')}
      </Tag>
      {active && mustChangePassword ? (
        <Tag className="sp-tag--pending">{t('administration.status.mustChange')}</Tag>
      ) : null}
    </span>
  );
}
