import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handleRequest, LOAD_WAIT, type RequestContext } from '../../src/answer/handleRequest.js';
import type { Library } from '../../src/library/library.js';
import { RateLimiter } from '../../src/limits/rateLimiter.js';
import { Library as LibraryClass } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { BUNDLED_REPORTS, bundledLibrary } from '../support/reportsFolders.js';

let library: Library;
beforeAll(async () => {
  library = await bundledLibrary();
});

describe('handleRequest', () => {
  it('routes help, list, status and show to what the library holds', async () => {
    const context: RequestContext = { library, now: () => 0 };
    expect((await handleRequest(context, 'U1', '')).kind).toBe('help');
    const list = await handleRequest(context, 'U1', 'list');
    expect(list.kind === 'list' && list.reports.map((r) => r.id)).toEqual(library.reports.map((r) => r.id));
    const status = await handleRequest(context, 'U1', 'status');
    expect(status.kind === 'status' && status.status.claims).toBe(library.claimCount);
    const show = await handleRequest(context, 'U1', 'show heat-pumps');
    expect(show.kind === 'show' && show.report.id).toBe('heat-pumps-cold-climates');
    expect(await handleRequest(context, 'U1', 'show zzz')).toMatchObject({ kind: 'no-such-report', name: 'zzz', candidates: [] });
    // `show` alone asks which report: every report is named, none is a match.
    expect(await handleRequest(context, 'U1', 'show')).toEqual({ kind: 'no-such-report', name: '', candidates: [], reportIds: library.reports.map((r) => r.id) });
  });

  it('shows a report named in several words, and takes `list all` for the list', async () => {
    const context: RequestContext = { library, now: () => 0 };
    const show = await handleRequest(context, 'U1', 'show heat pumps');
    expect(show.kind === 'show' && show.report.id).toBe('heat-pumps-cold-climates');
    expect((await handleRequest(context, 'U1', 'list all')).kind).toBe('list');
  });

  it('answers `show` and words that name no report as a question', async () => {
    const reply = await handleRequest({ library, now: () => 0 }, 'U1', 'show heat pump running costs');
    expect(reply.kind === 'answer' && reply.answer.question).toBe('show heat pump running costs');
    expect(reply.kind === 'answer' && reply.answer.items[0]?.report.id).toBe('heat-pumps-cold-climates');
    expect(await handleRequest({ library, now: () => 0 }, 'U1', 'show grid')).toMatchObject({ kind: 'show' });
  });

  it('answers a question from the library', async () => {
    const reply = await handleRequest({ library, now: () => 0 }, 'U1', 'heat pumps in the cold');
    expect(reply.kind).toBe('answer');
    expect(reply.kind === 'answer' && reply.answer.items[0]?.report.id).toBe('heat-pumps-cold-climates');
  });

  it('counts only questions against a person’s limit, each person apart', async () => {
    const context: RequestContext = { library, now: () => 1000, rateLimiter: new RateLimiter({ max: 1, windowMs: 60_000 }) };
    expect((await handleRequest(context, 'U1', 'heat pumps')).kind).toBe('answer');
    expect((await handleRequest(context, 'U1', 'list')).kind).toBe('list');
    expect((await handleRequest(context, 'U1', 'help')).kind).toBe('help');
    expect(await handleRequest(context, 'U1', 'microplastics')).toMatchObject({ kind: 'rate-limited', retryAfterMs: 60_000 });
    expect((await handleRequest(context, 'U2', 'microplastics')).kind).toBe('answer');
  });

  describe('a question asked while the reports load', () => {
    /** A library that has read the first of the bundled reports and is still loading the rest. */
    async function partlyLoaded(total: number): Promise<{ partial: Library; addTheRest(): void }> {
      const all = await loadReports(BUNDLED_REPORTS);
      const first = all.reports.filter((r) => r.id !== 'heat-pumps-cold-climates');
      const rest = all.reports.filter((r) => r.id === 'heat-pumps-cold-climates');
      const partial = LibraryClass.from({ ...all, reports: first });
      partial.setLoading({ done: first.length, total });
      return { partial, addTheRest: () => partial.add({ ...all, reports: rest, errors: [] }) };
    }
    const notes = (reply: Awaited<ReturnType<typeof handleRequest>>): string[] => (reply.kind === 'answer' ? reply.answer.problems : []);

    it('waits for a small library to finish loading, then answers from all of it', async () => {
      const { partial, addTheRest } = await partlyLoaded(7);
      const asked = handleRequest({ library: partial, now: () => 0 }, 'U1', 'heat pumps in the cold');
      setTimeout(() => {
        addTheRest();
        partial.setLoading(null);
      }, 100);
      const reply = await asked;
      expect(reply.kind === 'answer' && reply.answer.items[0]?.report.id).toBe('heat-pumps-cold-climates');
      expect(notes(reply).join(' ')).not.toContain('Still loading');
    });

    it('waits only so long: a small library still loading then answers from what it has, and says so', async () => {
      const { partial } = await partlyLoaded(7);
      // The wait's timer on a clock the test moves: not answered a moment before the wait is up, answered when it is.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        let answered = false;
        const asked = handleRequest({ library: partial, now: () => 0, loadWait: { maxFiles: 500, maxMs: 200 } }, 'U1', 'heat pumps in the cold').finally(() => {
          answered = true;
        });
        await vi.advanceTimersByTimeAsync(199);
        expect(answered).toBe(false);
        await vi.advanceTimersByTimeAsync(1);
        expect(answered).toBe(true);
        expect(notes(await asked).join(' ')).toContain('Still loading the reports (6 of 7 files read)');
      } finally {
        vi.useRealTimers();
      }
    });

    it('does not wait for a large library: the answer comes at once from what is loaded, with a note', async () => {
      const { partial } = await partlyLoaded(20_000);
      // No clock read: the load never ends, and a wait for it would outlast the test's timeout.
      const reply = await handleRequest({ library: partial, now: () => 0, loadWait: { maxFiles: LOAD_WAIT.maxFiles, maxMs: 3_600_000 } }, 'U1', 'heat pumps in the cold');
      expect(notes(reply).join(' ')).toContain('Still loading the reports (6 of 20000 files read)');
    });
  });
});
