import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library for Node (index) and for browsers (browser: no Node imports): ESM and CJS with declarations.
    entry: { index: 'src/index.ts', browser: 'src/browser.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // import.meta.url, used to find the shipped stylesheets, also in the CommonJS build.
    shims: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    // The CLI (its shebang comes from src/cli/bin.ts) and the batch worker that runBatch starts in threads: ESM only.
    entry: { 'cli/bin': 'src/cli/bin.ts', 'batch/worker': 'src/batch/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
  },
]);
