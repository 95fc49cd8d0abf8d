import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { reportText } from '../support/reportText.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';

/** A report of many claims, each naming otters and what `doing` says they do (a number apiece). */
const otters = (doing: string): string =>
  reportText(
    'Otter behaviour',
    Array.from({ length: 150 }, (_, i) => `Otters in colony ${i + 1} ${doing}.`),
  );
const RIVER = 'slide down muddy banks in winter';
const SEA = 'crack shellfish open with rocks on their bellies';

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
