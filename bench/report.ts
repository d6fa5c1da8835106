import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Figures } from './http.ts';

// The table per backend, printed and written into docs/performance.md between markers (one
// section per backend and size, so a smoke run never overwrites the full run's figures).

export type Row = { label: string; api: Figures; floor: Figures | null; rssMb: number };
export type Report = {
  backend: 'postgres' | 'pglite';
  cases: number;
  connections: number;
  seconds: number;
  rows: Row[];
  notes: string[];
  dbVersion: string;
  when: Date;
  sweep: { seconds: number; overdue: number; exactlyOnce: boolean } | null;
  rssHwmMb: number;
};

const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The targets, checked against this run (they are set for PostgreSQL at 1M cases). */
export function targets(r: Report): string {
  const reads = r.rows.filter((row) => !row.label.startsWith('lifecycle'));
  // A scenario with no answer at all within its run counts as infinitely slow.
  const p95 = (f: { p95: number } | null) => (f && Number.isFinite(f.p95) ? f.p95 : Number.POSITIVE_INFINITY);
  const worst = Math.max(...reads.map((row) => p95(row.api)));
  const floorWorst = Math.max(...reads.map((row) => p95(row.floor)));
  const life = r.rows.find((row) => row.label.startsWith('lifecycle'));
  const ratio = life?.floor ? life.api.rps / life.floor.rps : 0;
  const rss = Math.max(r.rssHwmMb, ...r.rows.map((row) => row.rssMb));
  const parts = [
    `list and get p95 ≤ 10 ms at ${r.connections} connections: ${mark(worst <= 10)} (worst ${worst.toFixed(1)} ms; the floor's worst ${floorWorst.toFixed(1)} ms)`,
    `transitions ≥ 60 % of the floor's throughput: ${mark(ratio >= 0.6)} (${(ratio * 100).toFixed(0)} %)`,
    r.sweep
      ? `sweep of ${r.sweep.overdue.toLocaleString('en-US')} overdue cases ≤ 10 s, exactly once: ${mark(r.sweep.seconds <= 10 && r.sweep.exactlyOnce)} (${r.sweep.seconds.toFixed(1)} s${r.sweep.exactlyOnce ? ', verified once each' : ', NOT exactly once'})`
      : 'sweep: not run (no overdue cases left: reload without --reuse)',
    `API RSS ≤ 200 MB: ${mark(rss <= 200)} (peak ${rss.toFixed(0)} MB)`,
  ];
  return `Targets (set for PostgreSQL at 1,000,000 cases): ${parts.join('; ')}.`;
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '–');
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2) : '–');

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const mem = (os.totalmem() / 2 ** 30).toFixed(0);
  return `${os.cpus().length} × ${cpu}, ${mem} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function renderTable(r: Report): string {
  const head =
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | CPU ms/req | floor req/s | floor p95 ms | floor CPU ms/req | req/s vs floor | API RSS peak MB | other load |';
  const sep = '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const lines = r.rows.map((row) => {
    const { api, floor } = row;
    const ratio = floor ? `${((api.rps / floor.rps) * 100).toFixed(0)} %` : '–';
    const other = Math.max(api.otherLoad, floor?.otherLoad ?? 0);
    return `| ${row.label} | ${f1(api.rps)} | ${ms(api.p50)} | ${ms(api.p95)} | ${ms(api.p99)} | ${api.errors} | ${ms(api.cpuMsPerReq)} | ${floor ? f1(floor.rps) : '–'} | ${floor ? ms(floor.p95) : '–'} | ${floor ? ms(floor.cpuMsPerReq) : '–'} | ${ratio} | ${row.rssMb.toFixed(0)} | ${other.toFixed(0)} % |`;
  });
  return [head, sep, ...lines].join('\n');
}

export function renderSection(r: Report): string {
  const title = `${r.backend === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${r.cases.toLocaleString('en-US')} cases`;
  return [
    `### ${title}`,
    '',
    `Run ${r.when.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}; ${r.dbVersion}. ` +
      `${r.connections} connections, ${r.seconds} s per scenario after a warm-up.`,
    '',
    renderTable(r),
    '',
    targets(r),
    '',
    ...r.notes.map((n) => `- ${n}`),
  ].join('\n');
}

const HEADER = `# Performance

The tables between the \`bench:\` markers are written by \`pnpm bench\`; the text around them is not.

<!-- bench:results -->
`;

/** Replaces (or appends) this backend and size's section of docs/performance.md. */
export function writeDoc(file: string, r: Report): void {
  const key = `${r.backend}-${r.cases}`;
  const start = `<!-- bench:${key}:start -->`;
  const end = `<!-- bench:${key}:end -->`;
  const block = `${start}\n${renderSection(r)}\n${end}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a >= 0 && b > a) doc = doc.slice(0, a) + block + doc.slice(b + end.length);
  else {
    const marker = '<!-- bench:results -->';
    doc = doc.includes(marker)
      ? doc.replace(marker, `${marker}\n\n${block}`)
      : `${doc.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(file, doc);
}
