import { defineConfig } from 'vitest/config';

// What V8 optimizes and throws away on the answer path, read from its traces (`npm run test:jit`).
// Speed checks written against Node 20's V8, run beside the bench rather than in `npm test`.
export default defineConfig({
  test: {
    include: ['test/jit/**/*.test.ts'],
    testTimeout: 60_000,
    // One child at a time: a loaded machine is not what the traces were read on.
    fileParallelism: false,
    env: { REPORT_CACHE_DIR: 'off' },
  },
});
