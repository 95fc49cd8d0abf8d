import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReports, type LoadedReports, type LoadProgress } from '../../src/reports/loadReports.js';
import { defaultPoolSize, ParseWorkerPool } from '../../src/reports/parseWorkerPool.js';
import { eventually } from '../support/eventually.js';
import { reportText } from '../support/reportText.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));
const BUNDLED = fileURLToPath(new URL('../../reports/', import.meta.url));

let scratch: string;
let reportsDir: string;
let cacheDir: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-load-'));
  reportsDir = join(scratch, 'reports');
  cacheDir = join(scratch, 'cache');
  await cp(FIXTURES, reportsDir, { recursive: true });
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** What a load serves, without the cache's own bookkeeping. */
function served(loaded: LoadedReports): LoadedReports {
  return { reports: loaded.reports, errors: loaded.errors, warnings: loaded.warnings };
}

async function load(options: Parameters<typeof loadReports>[1] = {}) {
  let last: LoadProgress | undefined;
  const loaded = await loadReports(reportsDir, { cacheDir, workers: 0, onBatch: (_, progress) => (last = progress), ...options });
  return { loaded, progress: last };
}

async function shardFiles(): Promise<string[]> {
  const [folder] = await readdir(cacheDir);
  const names = await readdir(join(cacheDir, folder as string));
  return names.filter((n) => n.startsWith('shard-')).map((n) => join(cacheDir, folder as string, n));
}

describe('the parsed-report cache', () => {
  it('serves the same reports from the cache on the next start, without parsing them', async () => {
    const first = await load();
    const second = await load();
    expect(first.progress?.fromCache).toBe(0);
    expect(second.progress?.fromCache).toBe(second.progress?.total);
    expect(served(second.loaded)).toEqual(served(first.loaded));
    expect(second.loaded.cacheProblems).toEqual([]);
  });

  it('serves cached reports whose evidence shares the References entries of its report, as parsed ones do', async () => {
    const parsed = await load();
    const cached = await load();
    for (const { loaded } of [parsed, cached]) {
      const report = loaded.reports.find((r) => r.id === 'references');
      const cited = report?.claims.flatMap((c) => c.evidence).filter((e) => e.reference) ?? [];
      expect(cited.length).toBeGreaterThan(0);
      for (const evidence of cited) expect(report?.references.some((r) => r === evidence.reference)).toBe(true);
    }
  });

  it('detects a corrupt cache file, reparses what it held and writes it again', async () => {
    const first = await load();
    const [shard] = await shardFiles();
    const text = await readFile(shard as string, 'utf8');
    await writeFile(shard as string, text.slice(0, text.length - 40) + 'garbage'.repeat(5));

    const second = await load();
    expect(second.loaded.cacheProblems.join('\n')).toMatch(/checksum mismatch.*rebuilt/);
    expect(served(second.loaded)).toEqual(served(first.loaded));

    const third = await load();
    expect(third.loaded.cacheProblems).toEqual([]);
    expect(third.progress?.fromCache).toBe(second.progress?.total);
  });

  it('detects a truncated or unreadable cache file', async () => {
    const first = await load();
    const [a, b] = await shardFiles();
    await writeFile(a as string, '');
    await writeFile(b as string, '{"format":1');
    const second = await load();
    expect(second.loaded.cacheProblems).toHaveLength(2);
    expect(served(second.loaded)).toEqual(served(first.loaded));
  });

  it('does not trust results made by another version of the parser', async () => {
    const first = await load();
    for (const shard of await shardFiles()) {
      const text = await readFile(shard, 'utf8');
      await writeFile(shard, text.replace(/"parser":"[0-9a-f]+"/, '"parser":"someone-elses-parser"'));
    }
    const second = await load();
    expect(second.progress?.fromCache).toBe(0);
    // Expected after an upgrade: noted (logged as info), not a problem (a warning).
    expect(second.loaded.cacheProblems).toEqual([]);
    expect(second.loaded.cacheOutdated.join('\n')).toMatch(/another version of the parser/);
    expect(served(second.loaded)).toEqual(served(first.loaded));
  });

  it('reparses a file whose content changed and forgets a file that is gone', async () => {
    await load();
    const file = join(reportsDir, 'valid-minimal.md');
    const text = await readFile(file, 'utf8');
    const claim = /\*\*Claim\*\*: (.*)/.exec(text)?.[1] as string;
    await writeFile(file, text.replace(claim, 'Cats sleep sixteen hours a day.'));
    await rm(join(reportsDir, 'key-finding.md'));

    const { loaded, progress } = await load();
    const report = loaded.reports.find((r) => r.id === 'valid-minimal');
    expect(report?.claims[0]?.text).toBe('Cats sleep sixteen hours a day.');
    expect(loaded.reports.some((r) => r.id === 'key-finding')).toBe(false);
    expect(progress?.fromCache).toBe((progress?.total ?? 0) - 1);
  });

  it('still loads when the cache folder cannot be written', async () => {
    await writeFile(cacheDir, 'a file where the cache folder should be');
    const { loaded } = await load();
    expect(loaded.reports.length).toBeGreaterThan(0);
    expect(loaded.cacheProblems.join('\n')).toMatch(/cannot write the cache/);
  });
});

describe('parsing on worker threads', () => {
  it('gives the same result as parsing in-process, broken files included', async () => {
    const inProcess = await loadReports(FIXTURES, { cacheDir: null, workers: 0 });
    const onWorkers = await loadReports(FIXTURES, { cacheDir: null, workers: 2 });
    expect(served(onWorkers)).toEqual(served(inProcess));
    expect(inProcess.errors.length).toBeGreaterThan(0);
    expect(onWorkers.sources).toEqual({ cache: 0, workers: inProcess.sources.inProcess, inProcess: 0 });
  });

  it('gives the same result on the bundled reports', async () => {
    const inProcess = await loadReports(BUNDLED, { cacheDir: null, workers: 0 });
    const onWorkers = await loadReports(BUNDLED, { cacheDir: null, workers: 2 });
    expect(served(onWorkers)).toEqual(served(inProcess));
    expect(onWorkers.sources.workers).toBe(onWorkers.reports.length);
  });
});

describe('how many parse workers', () => {
  it('leaves one core to the main thread, which indexes what they parse, and starts one at least', () => {
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(8)).toBe(7);
    expect(defaultPoolSize(1)).toBe(1);
    expect(new ParseWorkerPool().size).toBe(defaultPoolSize());
  });
});

describe('a long-lived worker pool', () => {
  it('stops workers left idle, and starts them again for the next parse', async () => {
    const pool = new ParseWorkerPool(1, 50);
    const file = { name: 'otters.md', bytes: Buffer.from(reportText('Otters', ['Sea otters use rocks as tools.'])) };
    try {
      expect((await pool.parse([file]))[0]).toMatchObject({ ok: true });
      expect(pool.threads).toBe(1);
      await eventually(() => expect(pool.threads).toBe(0));
      expect((await pool.parse([file]))[0]).toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
  });
});

describe('loading in batches', () => {
  it('hands over every report in batches as they are ready, ending at the total', async () => {
    const batches: LoadedReports[] = [];
    const progress: LoadProgress[] = [];
    const loaded = await loadReports(reportsDir, {
      cacheDir: null,
      workers: 2,
      onBatch: (batch, p) => {
        batches.push(batch);
        progress.push(p);
      },
    });
    const fromBatches = batches.flatMap((b) => b.reports.map((r) => r.id)).sort();
    expect(fromBatches).toEqual(loaded.reports.map((r) => r.id).sort());
    expect(batches.flatMap((b) => b.errors)).toHaveLength(loaded.errors.length);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)?.total });
  });

  it('keeps the API of a plain load: loadReports(dir) in file order', async () => {
    const loaded = await loadReports(BUNDLED, { cacheDir: null });
    const files = loaded.reports.map((r) => r.file);
    expect(files).toEqual([...files].sort());
    expect(loaded.errors).toEqual([]);
  });
});
