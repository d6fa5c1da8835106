export * from './audience.ts';
export * from './digest.ts';
