import { cp, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { ReportsWatcher } from '../../src/reports/watchReports.js';
import { Library } from '../../src/library/library.js';
import { startLiveReload } from '../../src/library/liveReload.js';
import { serveReports } from '../../src/library/serveReports.js';
import { eventually } from '../support/eventually.js';
import { reportText as report } from '../support/reportText.js';
import { FIXTURE_REPORTS } from '../support/reportsFolders.js';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import type { StagedReport } from '../../src/search/stagedReport.js';

const claimTexts = (library: Library, question: string): string[] =>
  answerQuestion(library, question).items.map((i) => i.claim.text);

let dir: string;
let library: Library;
let watcher: ReportsWatcher;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-reload-'));
  await cp(join(FIXTURE_REPORTS, 'valid-minimal.md'), join(dir, 'valid-minimal.md'));
  library = Library.from(await loadReports(dir));
  watcher = startLiveReload(library, dir, { settleMs: 50, maxWaitMs: 300 });
});

afterEach(async () => {
  await watcher.close();
  await rm(dir, { recursive: true, force: true });
});

describe('live reload', () => {
  it('serves an added report, a changed one, and forgets a deleted one', async () => {
    await writeFile(join(dir, 'otters.md'), report('Otters', ['Sea otters use rocks as tools.']));
    await eventually(() => expect(claimTexts(library, 'otters rocks tools')).toContain('Sea otters use rocks as tools.'));

    await writeFile(join(dir, 'otters.md'), report('Otters', ['River otters hold hands while sleeping.']));
    await eventually(() => {
      expect(claimTexts(library, 'otters')).toEqual(['River otters hold hands while sleeping.']);
    });

    await unlink(join(dir, 'otters.md'));
    await eventually(() => expect(library.report('otters')).toBeUndefined());
    expect(claimTexts(library, 'otters')).toEqual([]);
    expect(library.report('valid-minimal')).toBeDefined();
  });

  it('keeps the last good version of a report that breaks, shows why, and clears it once fixed', async () => {
    await writeFile(join(dir, 'otters.md'), report('Otters', ['Sea otters use rocks as tools.']));
    await eventually(() => expect(library.report('otters')).toBeDefined());

    await writeFile(join(dir, 'otters.md'), '---\nTopic: Otters\n---\n# Nothing here yet\n');
    await eventually(() => expect(library.errors.map((e) => e.file)).toContain('otters.md'));
    expect(library.errors[0]?.reason).toMatch(/no claims.*last good version is still served/);
    expect(claimTexts(library, 'otters rocks')).toContain('Sea otters use rocks as tools.');

    await writeFile(join(dir, 'otters.md'), report('Otters', ['Otters are fixed now.']));
    await eventually(() => expect(claimTexts(library, 'otters fixed')).toContain('Otters are fixed now.'));
    expect(library.errors).toEqual([]);
  });

  it('follows an editor that saves by writing a temp file and renaming it', async () => {
    const original = await readFile(join(dir, 'valid-minimal.md'), 'utf8');
    await writeFile(join(dir, '.valid-minimal.md.swp'), report('Renamed', ['Saved by rename, like vim and VS Code do.']));
    await rename(join(dir, '.valid-minimal.md.swp'), join(dir, 'valid-minimal.md'));
    await eventually(() => expect(library.report('valid-minimal')?.claims.map((c) => c.text)).toEqual(['Saved by rename, like vim and VS Code do.']));
    expect(original).not.toContain('Saved by rename');
  });

  it('ends a burst of 100 writes in the state of the last write', async () => {
    for (let i = 0; i < 100; i++) {
      await writeFile(join(dir, `burst-${i % 10}.md`), report(`Burst ${i % 10}`, [`Burst claim number ${i}.`]));
    }
    await eventually(() => {
      for (let f = 0; f < 10; f++) {
        expect(library.report(`burst-${f}`)?.claims.map((c) => c.text)).toEqual([`Burst claim number ${90 + f}.`]);
      }
    });
    expect(library.reports).toHaveLength(11);
  });

  it('ends a file written in several chunks in its final state', async () => {
    const text = report('Chunks', ['First claim written in pieces.', 'Second claim written in pieces.']);
    const third = Math.floor(text.length / 3);
    await writeFile(join(dir, 'chunks.md'), text.slice(0, third));
    await writeFile(join(dir, 'chunks.md'), text.slice(0, 2 * third));
    await writeFile(join(dir, 'chunks.md'), text);
    await eventually(() => expect(library.report('chunks')?.claims).toHaveLength(2));
    expect(library.errors).toEqual([]);
  });

  it('ignores files that are not reports', async () => {
    await writeFile(join(dir, 'notes.txt'), '- **Claim**: not a report');
    await writeFile(join(dir, 'zz.md'), report('Marker', ['Marker claim after the text file.']));
    await eventually(() => expect(library.report('zz')).toBeDefined());
    expect(library.reports.map((r) => r.file)).toEqual(['valid-minimal.md', 'zz.md']);
  });
});

/**
 * The library's index, as it is, that also hands out the next staging it starts (stageReport), as
 * soon as it has indexed its first turn's claims: `nextStaging()` settles before its second turn. A
 * subclass because nothing public shows a staging in progress (it changes nothing served).
 */
class WatchedIndex extends ClaimIndex {
  private waiting: ((started: { staging: Promise<StagedReport | null> }) => void)[] = [];

  // In an object: a promise resolved with a promise would wait for it.
  nextStaging(): Promise<{ staging: Promise<StagedReport | null> }> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  override stageReport(report: Report, signal?: AbortSignal): Promise<StagedReport | null> {
    const staging = super.stageReport(report, signal);
    for (const resolve of this.waiting.splice(0)) resolve({ staging });
    return staging;
  }
}

const otters = (doing: string): string => report('Otters', Array.from({ length: 300 }, (_, i) => `Otters in colony ${i + 1} ${doing}.`));

describe('live reload, closed while a report is indexed in turns', () => {
  it('stops indexing it, serves nothing of it and reports nothing (a shutdown)', async () => {
    const closing = await mkdtemp(join(tmpdir(), 'report-bot-reload-close-'));
    try {
      await writeFile(join(closing, 'otters.md'), otters('slide down muddy banks'));
      const index = new WatchedIndex();
      const served = new Library(index);
      served.add(await loadReports(closing));
      const reloads: unknown[] = [];
      const live = startLiveReload(served, closing, { settleMs: 50, maxWaitMs: 300, workers: 0, onReload: (summary) => reloads.push(summary) });
      await live.ready;
      const started = index.nextStaging();
      await writeFile(join(closing, 'otters.md'), otters('crack shellfish open with rocks'));
      const { staging } = await started;
      const closed = live.close();
      // Staging checks the signal each turn: it ends at its second of 12, with nothing staged.
      expect(await staging).toBeNull();
      // The batch has ended: whatever it would serve or report, it has.
      await closed;
      expect(reloads).toEqual([]);
      expect(claimTexts(served, 'otters colony 17')[0]).toContain('muddy banks');
      expect(served.reports[0]?.claims[0]?.text).toContain('muddy banks');
    } finally {
      await rm(closing, { recursive: true, force: true });
    }
  });

  it('so does a running bot\'s library (serveReports), whose close resolves once that batch has ended', async () => {
    const closing = await mkdtemp(join(tmpdir(), 'report-bot-reload-close-'));
    try {
      await writeFile(join(closing, 'otters.md'), otters('slide down muddy banks'));
      const index = new WatchedIndex();
      const library = new Library(index);
      const served = serveReports(library, { reportsDir: closing, cacheDir: null, workers: 0, live: { settleMs: 50, maxWaitMs: 300 } });
      await served.done;
      const started = index.nextStaging();
      await writeFile(join(closing, 'otters.md'), otters('crack shellfish open with rocks'));
      const { staging } = await started;
      const events: string[] = [];
      const ended = staging.then(() => events.push('batch stopped'));
      // The bot's stop waits for this before it closes the rest (runBot.ts).
      await served.close().then(() => events.push('closed'));
      await ended;
      expect(events).toEqual(['batch stopped', 'closed']);
      expect(library.reports[0]?.claims[0]?.text).toContain('muddy banks');
    } finally {
      await rm(closing, { recursive: true, force: true });
    }
  });
});
