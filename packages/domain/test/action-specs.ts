import { readdirSync } from 'node:fs';
import { ACTION_NAMES, type ActionName, type ActorKind, type CaseState } from '../src/index.ts';
import type { ActionSpec } from './action-spec.ts';

// Every spec under ./actions/, found by listing the folder (no index to keep up to date), in
// the table's order. A test checks that the specs and the table name the same actions.

const dir = new URL('./actions/', import.meta.url);

export const SPEC_FILES: { file: string; spec: ActionSpec }[] = await Promise.all(
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map(async (file) => ({ file, spec: (await import(new URL(file, dir).href)).default as ActionSpec })),
);

const order = (a: string) => {
  const i = (ACTION_NAMES as readonly string[]).indexOf(a);
  return i < 0 ? ACTION_NAMES.length : i;
};

export const ACTION_SPECS: readonly ActionSpec[] = SPEC_FILES.map((f) => f.spec).sort(
  (a, b) => order(a.action) - order(b.action),
);

export function specOf(action: ActionName): ActionSpec {
  const spec = ACTION_SPECS.find((s) => s.action === action);
  if (!spec) throw new Error(`no spec for ${action}: add packages/domain/test/actions/<action>.ts`);
  return spec;
}

export const sampleOf = (action: ActionName) => specOf(action).sample as Record<string, unknown>;

/** Who takes the action in derived flows: the first of its spec's roles. */
export const takerOf = (action: ActionName): ActorKind => specOf(action).who[0]!;

const byUser = (s: ActionSpec) => !s.who.includes('SYSTEM');

/**
 * The shortest way from RECEIVED to each state, taking only state-changing actions that a user
 * may take (breadth first, in table order), from the specs alone.
 */
export function pathsToStates(): Partial<Record<CaseState, ActionName[]>> {
  const paths: Partial<Record<CaseState, ActionName[]>> = { RECEIVED: [] };
  const queue: CaseState[] = ['RECEIVED'];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const spec of ACTION_SPECS.filter(byUser)) {
      if (spec.to === 'same' || spec.offPath || !spec.from.includes(state) || paths[spec.to]) continue;
      paths[spec.to] = [...paths[state]!, spec.action];
      queue.push(spec.to);
    }
  }
  return paths;
}
