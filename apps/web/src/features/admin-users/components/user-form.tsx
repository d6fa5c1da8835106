import {
  isUnitRole,
  ROLES,
  type Role,
  type TAdminUser,
  type TCreatedUser,
  type TCreateUserRequest,
  type TUpdateUserRequest,
  ZCreateUserRequest,
  ZUpdateUserRequest,
} from '@sp/domain';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextField } from '../../../components/form/text-fields';
import { type FormValues, useZodForm } from '../../../components/form/use-zod-form';
import { formFields, submitWith } from '../../admin-common/form-copy';
import { useUnits } from '../../units/api/get-units';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';

const FIELDS = ['username', 'displayName', 'role', 'unitId', 'email'];

type Props = {
  /** Edit this user; without it, create one. */
  user?: TAdminUser;
  onCreated: (created: TCreatedUser) => void;
  onSaved: (saved: TAdminUser) => void;
};

/** Only a unit role has a unit (the domain's rule); the unit picker appears with one. */
function toInput(v: FormValues) {
  const role = v.role as Role | '';
  const unitId = role && isUnitRole(role) ? v.unitId || null : null;
  return {
    username: v.username,
    displayName: v.displayName,
    role: role || undefined,
    unitId,
    email: v.email,
  };
}

export function UserForm({ user, onCreated, onSaved }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const units = useUnits({ activeOnly: true });
  const form = useZodForm({
    schema: user ? ZUpdateUserRequest : ZCreateUserRequest,
    initialValues: {
      username: user?.username ?? '',
      displayName: user?.displayName ?? '',
      role: user?.role ?? '',
      unitId: user?.unitId ?? '',
      email: user?.email ?? '',
    },
    toInput: (v) => {
      const { username, ...rest } = toInput(v);
      return user ? rest : { username, ...rest };
    },
  });
  const { field, summary, text } = formFields(
    form,
    t,
    user ? 'user-edit' : 'user-new',
    'administration.users',
  );
  const role = text('role') as Role | '';
  // The user's own unit stays choosable while editing, even if it has since been deactivated.
  const unitChoices = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  if (user?.unitId && user.unitName && !unitChoices.some((c) => c.value === user.unitId))
    unitChoices.push({ value: user.unitId, label: user.unitName });

  const submit = submitWith<TCreateUserRequest | TUpdateUserRequest>(form, FIELDS, async (body) => {
    if (user) onSaved(await update.mutateAsync({ id: user.id, ...body }));
    else onCreated(await create.mutateAsync(body as TCreateUserRequest));
  });

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={user ? t('administration.users.edit') : t('administration.users.create')}
    >
      <ErrorSummary items={summary(FIELDS)} general={form.generalError} summaryRef={form.summaryRef} />
      {user ? (
        <p className="sp-muted">
          {t('administration.users.username.label')}：<strong>{user.username}</strong>
        </p>
      ) : (
        <TextField
          {...field('username', true)}
          value={text('username')}
          maxLength={50}
          autoComplete="off"
          onChange={(v) => form.setValue('username', v)}
        />
      )}
      <TextField
        {...field('displayName', true)}
        value={text('displayName')}
        maxLength={100}
        onChange={(v) => form.setValue('displayName', v)}
      />
      <SelectField
        {...field('role', true)}
        value={role}
        placeholder={t('common.choose')}
        choices={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        onChange={(v) => form.setValue('role', v)}
      />
      {role && isUnitRole(role) ? (
        <SelectField
          {...field('unitId', true)}
          value={text('unitId')}
          placeholder={t('common.choose')}
          choices={unitChoices}
          onChange={(v) => form.setValue('unitId', v)}
        />
      ) : null}
      <TextField
        {...field('email', false)}
        value={text('email')}
        type="email"
        inputMode="email"
        autoComplete="off"
        maxLength={254}
        onChange={(v) => form.setValue('email', v)}
      />
      <div className="sp-form-actions">
        <Button
          type="primary"
          htmlType="submit"
          loading={create.isPending || update.isPending}
          data-testid="user-save"
        >
          {user ? t('administration.actions.save') : t('administration.actions.create')}
        </Button>
      </div>
    </form>
  );
}
