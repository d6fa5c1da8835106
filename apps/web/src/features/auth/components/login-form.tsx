import { type Role, ZLoginRequest } from '@sp/domain';
import { Button } from 'antd';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextField } from '../../../components/form/text-fields';
import { useZodForm } from '../../../components/form/use-zod-form';
import { isApiError } from '../../../lib/api-error';
import { useLogin } from '../api/login';

const FIELDS = ['username', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess: (role: Role) => void }) {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const form = useZodForm({ schema: ZLoginRequest, initialValues: { username: '', password: '' } });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate();
    if (!body) return;
    try {
      const { user } = await loginMutation.mutateAsync(body);
      onSuccess(user.role);
    } catch (error) {
      if (!isApiError(error)) throw error;
      form.showServerError(error, []);
    }
  };

  const general =
    loginMutation.error && isApiError(loginMutation.error) && loginMutation.error.status === 401
      ? t('auth.failed')
      : form.generalError;
  const label = (name: (typeof FIELDS)[number]) => t(`auth.${name}`);
  const items = FIELDS.filter((f) => form.errors[f]).map((f) => ({
    fieldId: `login-${f}`,
    label: label(f),
    message: form.errors[f] ?? '',
  }));

  return (
    <form className="sp-login-form" noValidate onSubmit={submit} aria-labelledby="login-title">
      <h1 id="login-title" className="sp-login-form__title">
        {t('auth.title')}
      </h1>
      <ErrorSummary items={items} general={general} summaryRef={form.summaryRef} />
      <TextField
        id="login-username"
        label={label('username')}
        required
        autoComplete="username"
        size="large"
        value={String(form.values.username ?? '')}
        error={form.errors.username}
        onChange={(v) => form.setValue('username', v)}
      />
      <TextField
        id="login-password"
        label={label('password')}
        type="password"
        required
        autoComplete="current-password"
        size="large"
        value={String(form.values.password ?? '')}
        error={form.errors.password}
        onChange={(v) => form.setValue('password', v)}
      />
      <Button type="primary" htmlType="submit" size="large" block loading={loginMutation.isPending}>
        {t('auth.submit')}
      </Button>
    </form>
  );
}
