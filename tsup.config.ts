import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS with declarations for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    // The CLI: ESM only; its shebang comes from src/cli/bin.ts.
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
  },
]);
