import { passwordPolicyProblems, type TChangePasswordRequest, ZChangePasswordRequest } from '@sp/domain';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/form/error-summary';
import { TextField } from '../../../components/form/text-fields';
import { type FormValues, useZodForm } from '../../../components/form/use-zod-form';
import { localizeBilingual } from '../../../i18n';
import { formFields, submitWith } from '../../admin-common/form-copy';
import { useChangePassword } from '../api/change-password';
import './password-form.css';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];

type Props = {
  username: string;
  /** The forced change after a one-time password: the current one is called 初始密码. */
  firstTime?: boolean;
  onChanged: () => void;
};

/** POST /api/auth/password, with the domain's policy checked as the user types it. */
export function PasswordForm({ username, firstTime = false, onChanged }: Props) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useZodForm({
    schema: ZChangePasswordRequest,
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    toInput: (v: FormValues) => ({
      currentPassword: v.currentPassword || '',
      newPassword: v.newPassword || '',
    }),
    check: (v) => {
      const errors: Record<string, string> = {};
      const password = String(v.newPassword ?? '');
      const [problem] = password
        ? passwordPolicyProblems({ password, username, previous: String(v.currentPassword ?? '') })
        : [];
      if (problem) errors.newPassword = localizeBilingual(problem);
      if (password && v.confirmPassword !== password) errors.confirmPassword = t('account.mismatch');
      return errors;
    },
  });
  const { field, summary, text } = formFields(form, t, 'password', 'account');
  const current = field('currentPassword', true);
  if (firstTime) current.label = t('account.currentPassword.requiredLabel');

  const submit = submitWith<TChangePasswordRequest>(form, FIELDS, async (body) => {
    await change.mutateAsync(body);
    form.reset();
    onChanged();
  });

  return (
    <form noValidate onSubmit={submit} className="sp-password-form" aria-label={t('account.title')}>
      <ErrorSummary items={summary(FIELDS)} general={form.generalError} summaryRef={form.summaryRef} />
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      {(['currentPassword', 'newPassword', 'confirmPassword'] as const).map((name) => (
        <TextField
          key={name}
          {...(name === 'currentPassword' ? current : field(name, true))}
          type="password"
          autoComplete={name === 'currentPassword' ? 'current-password' : 'new-password'}
          value={text(name)}
          onChange={(v) => form.setValue(name, v)}
        />
      ))}
      <div className="sp-form-actions">
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          loading={change.isPending}
          data-testid="password-submit"
        >
          {t('account.submit')}
        </Button>
      </div>
    </form>
  );
}
