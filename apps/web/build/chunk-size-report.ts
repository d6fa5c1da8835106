import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Prints the gzip size of every chunk after `vite build`, and the total a route loads first
// (the entry chunk, the route's lazy chunk and everything they import statically). A route
// over its budget fails the build.

export type RouteBudget = { name: string; modules: string[]; maxGzipKb: number };

type BundleFile = {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  source?: string | Uint8Array;
  imports?: string[];
  isEntry?: boolean;
  facadeModuleId?: string | null;
  viteMetadata?: { importedCss?: Set<string> };
  modules?: Record<string, { renderedLength: number }>;
};

/** With SP_CHUNK_MODULES=1, lists the biggest modules of each chunk (to see what to split). */
function printModules(bundle: Record<string, BundleFile>) {
  for (const file of Object.values(bundle)) {
    if (file.type !== 'chunk' || !file.modules) continue;
    const mods = Object.entries(file.modules)
      .sort((a, b) => b[1].renderedLength - a[1].renderedLength)
      .slice(0, 15)
      .map(
        ([id, m]) =>
          `      ${(m.renderedLength / 1024).toFixed(1).padStart(7)} KB  ${id.replace(/.*node_modules[\\/]/, '')}`,
      );
    console.log(`  ${file.fileName}\n${mods.join('\n')}`);
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;

function gzipBytes(file: BundleFile): number {
  const content = file.type === 'chunk' ? (file.code ?? '') : (file.source ?? '');
  return gzipSync(content).length;
}

/** The file names a browser must fetch before the chunks in `start` can run. */
function closure(bundle: Record<string, BundleFile>, start: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const file = bundle[name];
    if (!file) return;
    seen.add(name);
    for (const css of file.viteMetadata?.importedCss ?? []) seen.add(css);
    for (const dep of file.imports ?? []) visit(dep);
  };
  for (const name of start) visit(name);
  return seen;
}

export function chunkSizeReport(budgets: RouteBudget[] = []): Plugin {
  return {
    name: 'sp-chunk-size-report',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, output) {
      const bundle = output as unknown as Record<string, BundleFile>;
      const sizes = new Map<string, number>();
      for (const file of Object.values(bundle)) {
        if (/\.(js|css)$/.test(file.fileName)) sizes.set(file.fileName, gzipBytes(file));
      }
      const rows = [...sizes.entries()].sort((a, b) => b[1] - a[1]);
      const lines = rows.map(([name, size]) => `  ${kb(size)}  ${name}`);
      const total = rows.reduce((sum, [, size]) => sum + size, 0);
      console.log(`\nChunk sizes (gzip):\n${lines.join('\n')}\n  ${kb(total)}  (all chunks)\n`);

      if (process.env.SP_CHUNK_MODULES === '1') printModules(bundle);
      const entries = Object.values(bundle).filter((f) => f.type === 'chunk' && f.isEntry);
      const failures: string[] = [];
      for (const budget of budgets) {
        const routeChunks = Object.values(bundle).filter(
          (f) => f.type === 'chunk' && budget.modules.some((m) => f.facadeModuleId?.endsWith(m)),
        );
        const files = closure(
          bundle,
          [...entries, ...routeChunks].map((f) => f.fileName),
        );
        const sum = [...files].reduce((acc, name) => acc + (sizes.get(name) ?? 0), 0);
        const ok = sum <= budget.maxGzipKb * 1024;
        console.log(
          `Route "${budget.name}" first load: ${kb(sum).trim()} gzip in ${files.size} files ` +
            `(budget ${budget.maxGzipKb} KB) ${ok ? 'OK' : 'OVER BUDGET'}`,
        );
        if (process.env.SP_CHUNK_MODULES === '1') {
          for (const name of files) console.log(`    ${kb(sizes.get(name) ?? 0)}  ${name}`);
        }
        if (!ok) failures.push(budget.name);
      }
      if (failures.length > 0) this.error(`Route bundle over budget: ${failures.join(', ')}`);
    },
  };
}
