import type { Role } from './vocabulary.ts';

export type UserActor = { kind: 'user'; id: string; role: Role; unitId: string | null };
export type SystemActor = { kind: 'system' };
export type Actor = UserActor | SystemActor;

export const SYSTEM_ACTOR: SystemActor = { kind: 'system' };
