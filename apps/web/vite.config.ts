import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { chunkSizeReport } from './build/chunk-size-report.ts';

// The web app: served by the API in production (same origin, everything under /api), by Vite
// in development with /api proxied to the API on port 3000.
const API_TARGET = process.env.SP_API_URL ?? 'http://127.0.0.1:3000';

// Packages that are pure but do not say so in their package.json ("sideEffects": false), so a
// page pays only for the modules it uses: antd's rc-component/@ant-design helpers, and the
// domain package (its schema modules run zod at import time, which looks like a side effect).
const PURE_MODULES = /node_modules[\\/](@rc-component|@ant-design)[\\/]|packages[\\/]domain[\\/]src[\\/]/;

function moduleSideEffects(id: string): boolean | undefined {
  if (id.endsWith('.css')) return true;
  return PURE_MODULES.test(id) ? false : undefined;
}

export default defineConfig({
  plugins: [
    react(),
    chunkSizeReport([{ name: 'login', modules: ['src/app/routes/login-route.tsx'], maxGzipKb: 250 }]),
    // .br and .gz beside every text file, served as they are by the API (@fastify/static
    // preCompressed): no compression work per request, and the best ratio once at build time.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
  ],
  resolve: {
    // Bundle the domain from its TypeScript source (as dev and tests do), not from a dist
    // folder that may be stale.
    alias: { '@sp/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
  },
  server: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The report above prints every chunk; Vite's own warning adds nothing.
    chunkSizeWarningLimit: 2048,
    reportCompressedSize: false,
    rolldownOptions: {
      treeshake: { moduleSideEffects },
      output: {
        codeSplitting: {
          // A few stable vendor groups that every area shares. antd is deliberately NOT one
          // group: each route pulls only the components it renders.
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            {
              name: 'router',
              test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
              priority: 25,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
              priority: 25,
            },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 25 },
          ],
        },
      },
    },
  },
});
