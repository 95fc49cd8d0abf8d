import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // What V8 compiles is up to its heuristics, which differ between Node versions and machines:
    // those checks run with the bench (`npm run test:jit`, vitest.jit.config.ts), not here.
    exclude: [...configDefaults.exclude, 'test/jit/**'],
    // Slack tests start real HTTP servers; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests that load temp folders would each leave a parsed-report cache behind; the cache's own
    // tests pass an explicit cacheDir.
    env: { REPORT_CACHE_DIR: 'off' },
  },
});
