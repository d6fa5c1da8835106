import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ACTION_NAMES,
  type ActionName,
  type CaseState,
  en,
  INITIAL_STATE,
  OUTCOMES,
  STATES,
  TERMINAL_STATE,
  TRANSITIONS,
  zhCN,
} from '../packages/domain/src/index.ts';

// Writes docs/workflow.md from the domain's transition table, so the diagram cannot drift from
// the code. `--check` only compares and exits 1 when the file is stale (CI, pre-commit).

export const WORKFLOW_DOC_PATH = fileURLToPath(new URL('../docs/workflow.md', import.meta.url));

/**
 * The little of zod 4's schema objects this script reads (its public introspection getters and
 * `_zod.def`), typed here so the script needs no direct dependency on zod.
 */
type Schema = {
  _zod: {
    def: {
      type: string;
      innerType?: Schema;
      element?: Schema;
      checks?: { _zod: { def: { check: string; maximum?: number } } }[];
    };
  };
  safeParse(value: unknown): { success: boolean };
  shape?: Record<string, Schema>;
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  options?: readonly string[];
  format?: string | null;
};

type Row = {
  from: readonly CaseState[];
  to: CaseState | null;
  outcome?: string;
  roles: readonly string[];
  payload: Schema;
};
const rowOf = (action: ActionName) => TRANSITIONS[action] as unknown as Row;

const code = (s: string) => `\`${s}\``;
/** 10000 → '10,000' (no locale data involved, so the output is the same on every machine). */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A zod field as a short human description: `text ≤ 10000`, `integer 1–60`, `NO_REPLY | NOT_IMPLEMENTED`. */
function describeType(f: Schema): string {
  const def = f._zod.def;
  if ((def.type === 'optional' || def.type === 'default') && def.innerType)
    return describeType(def.innerType);
  switch (def.type) {
    case 'string':
      if (f.format) return f.format;
      return f.maxLength ? `text ≤ ${count(f.maxLength)} chars` : 'text';
    case 'number':
      return `${f.isInt ? 'integer' : 'number'} ${f.minValue ?? ''}–${f.maxValue ?? ''}`;
    case 'enum':
      return (f.options ?? []).map(code).join(' \\| ');
    case 'array': {
      const max = def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
      const of = def.element ? ` of ${describeType(def.element)}` : '';
      return `list${of}${max === undefined ? '' : `, ≤ ${count(max)}`}`;
    }
    default:
      return def.type;
  }
}

function describePayload(payload: Schema): string {
  const fields = Object.entries(payload.shape ?? {}).map(([name, field]) => {
    const optional = field.safeParse(undefined).success ? ', optional' : '';
    return `${code(name)} (${describeType(field)}${optional})`;
  });
  return fields.length > 0 ? fields.join('<br>') : '—';
}

const stateLabel = (s: CaseState) => `${s} ${zhCN.states[s]}`;
const actionLabel = (a: ActionName) => `${a} ${zhCN.actions[a]}`;
const roleLabel = (r: string) =>
  r === 'SYSTEM' ? `${code('SYSTEM')} 系统` : `${code(r)} ${zhCN.roles[r as keyof typeof zhCN.roles]}`;

const SELF_LOOPS = ACTION_NAMES.filter((a) => rowOf(a).to === null);

function selfLoopsIn(state: CaseState): ActionName[] {
  return SELF_LOOPS.filter((a) => rowOf(a).from.includes(state));
}

function renderDiagram(): string[] {
  const lines = ['```mermaid', 'stateDiagram-v2'];
  for (const s of STATES) lines.push(`  ${s}: ${stateLabel(s)}`);
  lines.push(`  [*] --> ${INITIAL_STATE}`);
  for (const action of ACTION_NAMES) {
    const row = rowOf(action);
    if (row.to === null) continue;
    for (const from of row.from) lines.push(`  ${from} --> ${row.to}: ${actionLabel(action)}`);
  }
  for (const outcome of OUTCOMES)
    lines.push(`  ${TERMINAL_STATE} --> [*]: ${outcome} ${zhCN.outcomes[outcome]}`);
  for (const s of STATES) {
    const loops = selfLoopsIn(s);
    if (loops.length === 0) continue;
    lines.push(`  note right of ${s}`, '    不改变状态 / stays:');
    for (const a of loops) lines.push(`    ${actionLabel(a)}`);
    lines.push('  end note');
  }
  lines.push('```');
  return lines;
}

function renderSelfLoopList(): string[] {
  return SELF_LOOPS.map((a) => {
    const states = rowOf(a).from.map(code).join(', ');
    return `- ${code(a)} ${zhCN.actions[a]} — in ${states}`;
  });
}

function renderStates(): string[] {
  return [
    '| state | 中文 | English |',
    '|---|---|---|',
    ...STATES.map((s) => `| ${code(s)} | ${zhCN.states[s]} | ${en.states[s]} |`),
    '',
    `A closed case carries one outcome / 办结时记录办结结果:`,
    '',
    '| outcome | 中文 | English | set by |',
    '|---|---|---|---|',
    ...OUTCOMES.map((o) => {
      const by = ACTION_NAMES.filter((a) => rowOf(a).outcome === o)
        .map(code)
        .join(', ');
      return `| ${code(o)} | ${zhCN.outcomes[o]} | ${en.outcomes[o]} | ${by} |`;
    }),
  ];
}

function renderActionTable(): string[] {
  const header = ['| action | 中文 | from | to | outcome | who | payload |', '|---|---|---|---|---|---|---|'];
  const rows = ACTION_NAMES.map((a) => {
    const row = rowOf(a);
    const to = row.to === null ? '(stays / 不变)' : code(row.to);
    const outcome = row.outcome ? code(row.outcome) : '';
    const cells = [
      code(a),
      zhCN.actions[a],
      row.from.map(code).join(', '),
      to,
      outcome,
      row.roles.map(roleLabel).join('<br>'),
      describePayload(row.payload),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [...header, ...rows];
}

/** docs/workflow.md, derived entirely from the domain package. */
export function renderWorkflowDoc(): string {
  const lines = [
    '<!-- Generated by scripts/generate-workflow-doc.ts from packages/domain. Do not edit: run `pnpm docs:workflow`. -->',
    '',
    '# 案件办理流程 · Case workflow',
    '',
    '投诉举报线索从登记到办结的闭环：研判、调查核实、签发《行政执法监督通知书》、执法单位整改回复或提出异议、',
    '审核与复核，逾期不回复或不整改的移送纪检监察。下图和下表由领域包的状态转移表自动生成，与代码始终一致。',
    '',
    'The closed loop a report goes through, from registration to closure: assessment, investigation, the',
    'supervision notice, the unit’s rectification reply or objection, review and re-check, and referral to',
    'discipline inspection when a unit does not reply or does not rectify in time. The diagram and the',
    'table below are generated from the transition table in `packages/domain`',
    '(`src/workflow/transition-table.ts`), so they always match the code.',
    '',
    '## State diagram / 状态图',
    '',
    ...renderDiagram(),
    '',
    'Actions that record an event without moving the case (`to: null` in the table) are listed in the notes',
    'beside their states / 以下操作只记录事件，不改变案件状态:',
    '',
    ...renderSelfLoopList(),
    '',
    '## States and outcomes / 状态与办结结果',
    '',
    ...renderStates(),
    '',
    '## Actions / 操作',
    '',
    'Who may take each action in which state, and what it must carry. Guards beyond role and state (for',
    'example: acknowledge once, one extension request per deadline, automatic referral only after the due',
    'date) are in `transition-table.ts`; a unit user acts only on its own unit’s cases.',
    '',
    ...renderActionTable(),
    '',
  ];
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const expected = renderWorkflowDoc();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(WORKFLOW_DOC_PATH, 'utf8');
    } catch {
      // A missing file is stale too.
    }
    if (current === expected) return 0;
    process.stderr.write(
      'docs/workflow.md is out of date with the domain table: run `pnpm docs:workflow`.\n',
    );
    return 1;
  }
  writeFileSync(WORKFLOW_DOC_PATH, expected);
  process.stdout.write(`wrote ${WORKFLOW_DOC_PATH}\n`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  process.exitCode = main(process.argv.slice(2));
}
