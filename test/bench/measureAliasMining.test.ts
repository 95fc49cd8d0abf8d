// bench/measureAliasMining.ts times the aliases' mining in a child process of its own (the bench's
// own process, after its back-to-back rounds, made the figure its heap's: bench/README.md,
// fifty-sixth session).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureAliasMining } from '../../bench/measureAliasMining.js';
import { ROOT } from '../support/productionBuild.js';

describe('measureAliasMining', () => {
  it('mines every report in a child process, the same pairs each round, and gives its CPU time', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'alias-mining-'));
    try {
      const figures = await measureAliasMining(join(ROOT, 'test/fixtures/aliases'), { REPORT_CACHE_DIR: cacheDir });
      expect(figures.rounds).toBe(3);
      // grid-stability.md spells out its acronyms ("battery energy storage systems (BESS)", …).
      expect(figures.pairs).toBeGreaterThan(0);
      // The main thread's time is the scheduler's, counted at its ticks: a report's mining may fall between two.
      expect(figures.mainCpuMs).toBeGreaterThanOrEqual(0);
      expect(figures.firstMainCpuMs).toBeGreaterThanOrEqual(0);
      expect(figures.processCpuMs).toBeGreaterThan(0);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 120_000);
});
