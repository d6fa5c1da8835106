import type { Messages } from '../types';

// 账号：修改自己的密码，以及首次登录时必须修改初始密码（issue 8）。
// biome-ignore format: a dense table keeps each language in one short file, side by side
export const accountZhCN = {
  menu: '账号', changePassword: '修改密码', title: '修改密码',
  intro: '新密码至少 10 个字符，不能与用户名或当前密码相同。修改后，您在其他电脑或手机上的登录将退出。',
  requiredTitle: '请先修改初始密码',
  requiredIntro: '您正在使用管理员设置的一次性初始密码。请设置只有您自己知道的新密码，然后才能开始工作。',
  currentPassword: { label: '当前密码', hint: '', requiredLabel: '初始密码' },
  newPassword: { label: '新密码', hint: '至少 10 个字符，不能与用户名或当前密码相同。建议用一句好记的话。' },
  confirmPassword: { label: '再次输入新密码', hint: '' },
  mismatch: '两次输入的新密码不一致', submit: '修改密码', success: '密码已修改。其他设备上的登录已退出。',
};

export const accountEn: Messages<typeof accountZhCN> = {
  menu: 'Account',
  changePassword: 'Change password',
  title: 'Change password',
  intro:
    'At least 10 characters, not your username and not your current password. Your other sessions (other computers, phones) are signed out.',
  requiredTitle: 'Choose your own password first',
  requiredIntro:
    'You signed in with a one-time password set by the administrator. Choose a password only you know before you start.',
  currentPassword: { label: 'Current password', hint: '', requiredLabel: 'One-time password' },
  newPassword: {
    label: 'New password',
    hint: 'At least 10 characters, not your username and not the current password. A memorable sentence works well.',
  },
  confirmPassword: { label: 'New password again', hint: '' },
  mismatch: 'The two new passwords differ',
  submit: 'Change password',
  success: 'Password changed. Your other sessions were signed out.',
};
