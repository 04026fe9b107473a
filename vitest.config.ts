import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/shared-inputs.setup.ts', 'test/temp-folder.setup.ts'],
    // A safety net for the large corpus files, not a performance assertion: speed is measured by `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
