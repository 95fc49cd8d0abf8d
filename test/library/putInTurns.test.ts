import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { reportText } from '../support/reportText.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';

/** A report of many claims, each naming otters and what `doing` says they do (a number apiece). */
const otters = (doing: string, count = 150): string =>
  reportText(
    'Otter behaviour',
    Array.from({ length: count }, (_, i) => `Otters in colony ${i + 1} ${doing}.`),
  );
const RIVER = 'slide down muddy banks in winter';
const SEA = 'crack shellfish open with rocks on their bellies';
const LAKE = 'build dens under willow roots';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const QUESTIONS = ['do otters use rocks?', 'otters sliding in winter', 'heat pumps in the cold', 'risks of synthetic data', 'otter colony 17'];

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-turns-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The report a file holding `text` is read as, by the loader the bot uses. */
async function readReport(name: string, text: string): Promise<Report> {
  await writeFile(join(dir, name), text);
  const { reports } = await loadReports(dir);
  const report = reports.find((r) => r.file === name);
  if (!report) throw new Error(`${name} was not read as a report`);
  return report;
}

/** Each question's answer: its claims, with their scores to the last bit, and the related ones. */
function answers(library: Library): [string, number][][] {
  return QUESTIONS.map((question) => {
    const answer = answerQuestion(library, question);
    return [...answer.items, ...answer.related].map((item): [string, number] => [item.claim.id, item.score]);
  });
}

const texts = (library: Library, question: string): string[] => answerQuestion(library, question).items.map((item) => item.claim.text);

describe('a report put in turns', () => {
  it('answers from the version served, scores unchanged, while the new one is indexed, and from the new one once it is served', async () => {
    const library = Library.from(await loadReports(BUNDLED_REPORTS));
    const river = await readReport('otters.md', otters(RIVER));
    library.put(river);
    const sea = await readReport('otters.md', otters(SEA));
    const before = { answer: texts(library, 'what do otters in colony 17 do?'), answers: answers(library), size: library.index.size, version: library.version };
    expect(before.answer.length).toBeGreaterThan(0);
    expect(before.answer.every((text) => text.includes('muddy banks'))).toBe(true);

    let served = false;
    const putting = library.putInTurns(sea).then(() => (served = true));
    // Asked in every turn of the event loop until the new version is served: the old one answers.
    let askedDuring = 0;
    while (!served) {
      expect(library.report('otters')).toBe(river);
      expect(library.index.size).toBe(before.size);
      expect(library.version).toBe(before.version);
      expect(texts(library, 'what do otters in colony 17 do?')).toEqual(before.answer);
      expect(answers(library)).toEqual(before.answers);
      askedDuring++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await putting;
    // The build took turns (150 claims, indexed a slice per turn), and questions were answered in them.
    expect(askedDuring).toBeGreaterThan(3);
    expect(library.report('otters')).toBe(sea);
    const after = texts(library, 'what do otters in colony 17 do?');
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((text) => text.includes('rocks on their bellies'))).toBe(true);
  });

  it('answers as a library built afresh with the new version, to the last bit of every score', async () => {
    const bundled = await loadReports(BUNDLED_REPORTS);
    const reloaded = Library.from(bundled);
    reloaded.put(await readReport('otters.md', otters(RIVER)));
    const sea = await readReport('otters.md', otters(SEA));
    await reloaded.putInTurns(sea);
    const fresh = Library.from({ ...bundled, reports: [sea, ...bundled.reports] });
    const expected = answers(fresh);
    expect(expected.flat().length).toBeGreaterThan(QUESTIONS.length);
    expect(answers(reloaded)).toEqual(expected);
    expect(reloaded.index.size).toBe(fresh.index.size);
  });
});

describe('a report put in turns while its file is written otherwise', () => {
  /** A library serving the river version, and the sea and lake versions read (not served). */
  async function versions(seaClaims = 150, lakeClaims = 150): Promise<{ library: Library; river: Report; sea: Report; lake: Report }> {
    const library = new Library();
    const river = await readReport('otters.md', otters(RIVER));
    library.put(river);
    return { library, river, sea: await readReport('otters.md', otters(SEA, seaClaims)), lake: await readReport('otters.md', otters(LAKE, lakeClaims)) };
  }
  const colony17 = (library: Library): string[] => texts(library, 'what do otters in colony 17 do?');

  it('is dropped for a version put meanwhile: the later write stands', async () => {
    const { library, sea, lake } = await versions();
    const putting = library.putInTurns(sea);
    await nextTurn();
    library.put(lake);
    expect(await putting).toBe('superseded');
    expect(library.report('otters')).toBe(lake);
    expect(library.index.size).toBe(lake.claims.length);
    expect(colony17(library).length).toBeGreaterThan(0);
    expect(colony17(library).every((text) => text.includes('willow roots'))).toBe(true);
  });

  it('is dropped when its file is forgotten meanwhile: the report does not come back', async () => {
    const { library, sea } = await versions();
    const putting = library.putInTurns(sea);
    await nextTurn();
    library.forget('otters.md');
    expect(await putting).toBe('superseded');
    expect(library.report('otters')).toBeUndefined();
    expect(library.index.size).toBe(0);
    expect(colony17(library)).toEqual([]);
  });

  it('is dropped for one put in turns after it: the one asked last is served, whichever is indexed first', async () => {
    const { library, sea, lake } = await versions(200, 10);
    const finished: string[] = [];
    const slow = library.putInTurns(sea).then((put) => (finished.push('sea'), put));
    const fast = library.putInTurns(lake).then((put) => (finished.push('lake'), put));
    expect(await Promise.all([slow, fast])).toEqual(['superseded', 'served']);
    // The lake version, asked last, was indexed first: the sea version's swap came after it.
    expect(finished).toEqual(['lake', 'sea']);
    expect(library.report('otters')).toBe(lake);
    expect(library.index.size).toBe(lake.claims.length);
  });

  it('is not served once stopped (a shutdown): the old version stays', async () => {
    const { library, river, sea } = await versions();
    const version = library.version;
    const stop = new AbortController();
    const putting = library.putInTurns(sea, stop.signal);
    await nextTurn();
    stop.abort();
    expect(await putting).toBe('stopped');
    expect(library.report('otters')).toBe(river);
    expect(library.version).toBe(version);
    expect(colony17(library).every((text) => text.includes('muddy banks'))).toBe(true);
  });
});

describe('a report put in turns on MiniSearch\'s public API (no staging index there)', () => {
  it('is served as put serves it, and answers', async () => {
    const onPublicApi = (): Library => new Library(new ClaimIndex({ publicApiOnly: true }));
    const [inTurns, byPut] = [onPublicApi(), onPublicApi()];
    const river = await readReport('otters.md', otters(RIVER));
    const sea = await readReport('otters.md', otters(SEA));
    for (const library of [inTurns, byPut]) library.put(river);
    expect(await inTurns.putInTurns(sea)).toBe('served');
    byPut.put(sea);
    expect(inTurns.report('otters')).toBe(sea);
    const after = texts(inTurns, 'what do otters in colony 17 do?');
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((text) => text.includes('rocks on their bellies'))).toBe(true);
    expect(answers(inTurns)).toEqual(answers(byPut));
  });

  it("mines the report's names in turns too (100 claims a turn), the same names put mines", async () => {
    const sea = await readReport('otters.md', otters(SEA, 450));
    const byPut = new Library(new ClaimIndex({ publicApiOnly: true }));
    byPut.put(sea);
    // No staging here: every turn but the two around the mining is the mining's.
    const inTurns = new Library(new ClaimIndex({ publicApiOnly: true }));
    let turns = 0;
    let served = false;
    const putting = inTurns.putInTurns(sea).then(() => (served = true));
    while (!served) {
      await nextTurn();
      turns++;
    }
    await putting;
    expect(turns).toBeGreaterThanOrEqual(2 + 4);
    expect(inTurns.aliases.pairsOf('otters').some((pair) => pair.gloss)).toBe(true);
    expect(inTurns.aliases.pairsOf('otters')).toEqual(byPut.aliases.pairsOf('otters'));
  });
});
