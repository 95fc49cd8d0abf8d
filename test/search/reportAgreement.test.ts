// Claims of the report holding most of a question's best matches rank higher: on reports written
// to disk and loaded through the real loader and index, and on scores alone.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { AGREEMENT_WEIGHT, byReportAgreement } from '../../src/search/reportAgreement.js';
import { reportText } from '../support/reportText.js';

let scratch: string;
let library: Library;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-agreement-'));
  // The same claim in two reports; only one of them is about heat pumps. Loaded in name order,
  // so the report about bike lanes comes first and wins a tie.
  await writeFile(join(scratch, 'a-city-streets.md'), reportText('City streets', ['Heat pumps cut heating bills.', 'Protected bike lanes reduce injuries.']));
  await writeFile(join(scratch, 'b-heat-pumps.md'), reportText('Homes in winter', ['Heat pumps cut heating bills.', 'Heat pumps keep working in cold climates.', 'Heat pumps need good insulation to pay off.']));
  library = Library.from(await loadReports(scratch, { workers: 0 }));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('report agreement', () => {
  it('ranks first, of two claims matching the question alike, the one whose report has more of the best matches', () => {
    const [first, second] = library.index.search('do heat pumps cut bills?', undefined, { aliases: library.aliases });
    expect(first?.id).toBe('b-heat-pumps#1');
    expect(second?.id).toBe('a-city-streets#1');
  });

  it('lifts each claim by its report share of the first 10 matches, keeping the order within a report', () => {
    const lifted = byReportAgreement([
      { id: 'a#1', score: 10 },
      { id: 'b#1', score: 9.5 },
      { id: 'b#2', score: 9 },
      { id: 'b#3', score: 5 },
    ]);
    // a: 10 x (1 + w x 1); each of b: its score x (1 + w x (0.95 + 0.9 + 0.5)).
    expect(lifted.map((r) => r.id)).toEqual(['b#1', 'b#2', 'a#1', 'b#3']);
    expect(lifted[2]?.score).toBeCloseTo(10 * (1 + AGREEMENT_WEIGHT));
    expect(lifted[0]?.score).toBeCloseTo(9.5 * (1 + AGREEMENT_WEIGHT * 2.35));
    expect(byReportAgreement([])).toEqual([]);
  });
});
