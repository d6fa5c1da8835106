import { Alert } from 'antd';
import type { ReactNode } from 'react';

/** The banner shown after a report or case was registered (intake, supervisor, transfer-in). */
export function RegistrationSuccess({ title, action }: { title: string; action?: ReactNode }) {
  return (
    <Alert
      className="sp-gap"
      type="success"
      showIcon
      role="status"
      data-testid="registration-success"
      title={title}
      action={action}
    />
  );
}
