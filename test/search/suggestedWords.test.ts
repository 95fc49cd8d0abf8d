import { describe, expect, it } from 'vitest';
import type { Claim, Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';

// A cold start indexes reports as its parse workers finish them, so the words suggested for a
// question that matches nothing ("did you mean…") must not follow the order they were indexed in:
// neither which of a key's forms is shown ("heliostats", "Heliostat"…) nor the order of words
// suggested alike.

const FORMS = ['Heliostats', 'heliostats', 'heliostat', 'Heliostat'];
// Topics one letter apart: a typo of one is as near every other, and each is written as often.
const TOPICS = ['solarbay', 'solarday', 'solarway', 'solarray'];
const CLAIMS_PER_REPORT = 10;

function report(n: number): Report {
  const id = `report-${n}`;
  const form = FORMS[n % FORMS.length] as string;
  const topic = TOPICS[n % TOPICS.length] as string;
  const claims: Claim[] = Array.from({ length: CLAIMS_PER_REPORT }, (_, i) => ({
    id: `${id}#${i + 1}`,
    reportId: id,
    text: `${form} in ${topic} cut costs by ${i + 2} percent, studies show.`,
    perspective: 'Cost perspective',
    evidence: [],
    line: i + 1,
  }));
  return { id, file: `${id}.md`, topic: `What do ${topic} mirrors cost?`, date: '2026-01-01', summary: '', angles: [], claims, focusAreas: [], conclusions: '', references: [] };
}

function indexOf(reports: Report[]): ClaimIndex {
  const index = new ClaimIndex();
  for (const each of reports) index.addReport(each);
  return index;
}

const TYPOS = ['heliostta', 'heliostas', 'solarqay', 'solarxay heliosat'];

describe.each([
  ['a small library (MiniSearch autoSuggest)', 8],
  ['a large one (the vocabulary)', Math.ceil((PRUNING_MIN_DOCUMENTS * 1.2) / CLAIMS_PER_REPORT)],
])('words suggested in %s', (_, count) => {
  const reports = Array.from({ length: count }, (_, n) => report(n));
  const orders = [reports, [...reports].reverse(), [...reports.slice(3), ...reports.slice(0, 3)]];

  it('are the same whatever order the reports were indexed in', () => {
    const [first, ...others] = orders.map((order) => TYPOS.map((typo) => indexOf(order).suggest(typo)));
    expect(first?.flat().length).toBeGreaterThan(TYPOS.length);
    for (const suggested of others) expect(suggested).toEqual(first);
  });

  it("show a key's shortest form, the first by code units among forms as short", () => {
    for (const order of orders) expect(indexOf(order).suggest('heliostta')).toEqual(['heliostat']);
  });

  it('list words suggested alike in the order of their keys', () => {
    expect(indexOf(orders[1] ?? []).suggest('solarqay')).toEqual(['solarbay', 'solarday', 'solarray', 'solarway']);
  });
});
