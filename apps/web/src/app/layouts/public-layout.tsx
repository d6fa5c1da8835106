import { Outlet } from 'react-router';
import { PublicShell } from './public-shell';

export default function PublicLayout() {
  return (
    <PublicShell>
      <Outlet />
    </PublicShell>
  );
}
