export * from './office-profile.ts';
export * from './profile-update.ts';
