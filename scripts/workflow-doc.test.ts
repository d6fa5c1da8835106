import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, OUTCOMES, STATES, TRANSITIONS, zhCN } from '../packages/domain/src/index.ts';
import { renderWorkflowDoc, WORKFLOW_DOC_PATH } from './generate-workflow-doc.ts';

describe('docs/workflow.md', () => {
  it('is up to date with the domain table', () => {
    let committed = '';
    try {
      committed = readFileSync(WORKFLOW_DOC_PATH, 'utf8');
    } catch {
      // Missing: reported by the assertion below.
    }
    expect(
      committed,
      'docs/workflow.md is stale or missing: run `pnpm docs:workflow` and commit the result',
    ).toBe(renderWorkflowDoc());
  });
});

describe('renderWorkflowDoc', () => {
  const doc = renderWorkflowDoc();
  const diagram = doc.slice(doc.indexOf('```mermaid'), doc.indexOf('```', doc.indexOf('```mermaid') + 3));

  it('is deterministic', () => {
    expect(renderWorkflowDoc()).toBe(doc);
  });

  it('draws every state with its Chinese name, the start and one edge per (from → to) action', () => {
    expect(diagram).toContain('stateDiagram-v2');
    expect(diagram).toContain('[*] --> RECEIVED');
    for (const s of STATES) expect(diagram).toContain(`${s}: ${s} ${zhCN.states[s]}`);
    const edges = diagram.split('\n').filter((l) => /^ {2}\w+ --> \w+: /.test(l));
    const expectedEdges = ACTION_NAMES.flatMap((a) => {
      const row = TRANSITIONS[a];
      return row.to === null ? [] : row.from.map((f) => `  ${f} --> ${row.to}: ${a} ${zhCN.actions[a]}`);
    });
    expect(edges.sort()).toEqual(expectedEdges.sort());
    for (const o of OUTCOMES) expect(diagram).toContain(`CLOSED --> [*]: ${o} ${zhCN.outcomes[o]}`);
  });

  it('notes every action that stays in its state, and lists every action in the table', () => {
    for (const a of ACTION_NAMES.filter((x) => TRANSITIONS[x].to === null)) {
      expect(diagram).toContain(`    ${a} ${zhCN.actions[a]}`);
    }
    for (const a of ACTION_NAMES)
      expect(doc).toMatch(new RegExp(`^\\| \`${a}\` \\| ${zhCN.actions[a]} \\|`, 'm'));
  });

  it('shows payload fields from the zod schemas', () => {
    expect(doc).toContain('`deadlineWorkingDays` (integer 1–60, optional)');
    expect(doc).toContain('`reason` (`NO_REPLY` \\| `NOT_IMPLEMENTED`)');
    expect(doc).toContain('`attachmentIds` (list of uuid, ≤ 20, optional)');
  });
});
