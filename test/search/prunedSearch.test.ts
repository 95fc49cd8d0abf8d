import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { MAX_CANDIDATES, PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';

// A library large enough to prune: every claim speaks of studies, evidence and costs (common
// words); each of 60 topics has its own rare words, and a few claims name a rare device.
const TOPICS = Array.from({ length: 60 }, (_, i) => `topic${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}word`);
const CLAIMS_PER_REPORT = 10;
const REPORTS = Math.ceil((PRUNING_MIN_DOCUMENTS * 1.2) / CLAIMS_PER_REPORT);

function report(n: number): Report {
  const id = `report-${n}`;
  const topic = TOPICS[n % TOPICS.length] as string;
  const claims: Claim[] = Array.from({ length: CLAIMS_PER_REPORT }, (_, i) => ({
    id: `${id}#${i + 1}`,
    reportId: id,
    text:
      i === 0 && n % 40 === 0
        ? `A heliostat array lowers ${topic} costs, studies show.`
        : `Studies of ${topic} find evidence that costs ${i % 2 ? 'rise' : 'fall'} over ${i + 2} years${i % 5 === 4 ? ', notably' : ''}.`,
    perspective: i % 2 ? 'Cost perspective' : 'Evidence perspective',
    evidence: [{ source: `Survey ${n}-${i}`, quote: `Evidence from ${i + 3} studies on ${topic} and costs.` }],
    line: i + 1,
  }));
  return { id, file: `${id}.md`, topic: `What does ${topic} cost?`, date: '2026-01-01', summary: '', angles: [], claims, focusAreas: [], conclusions: '', references: [] };
}

let index: ClaimIndex;
beforeAll(() => {
  index = new ClaimIndex();
  for (let n = 0; n < REPORTS; n++) index.addReport(report(n));
});

describe('pruned search in a large library', () => {
  it('gives each claim it returns the score MiniSearch gives it when scoring everything', () => {
    for (const question of ['heliostat costs evidence', 'what do studies say about the costs of topicbaword?', 'topiccawor studies']) {
      // By the words alone: search then lifts the first claims by their reports' agreement,
      // which differs where pruning leaves out claims of common words only.
      const exhaustive = new Map(index.matches(question, undefined, { exhaustive: true }).map((r) => [r.id, r.score]));
      const pruned = index.matches(question, undefined, {});
      expect(pruned.length).toBeGreaterThan(0);
      for (const result of pruned) expect(result.score).toBeCloseTo(exhaustive.get(result.id) ?? Number.NaN, 9);
    }
  });

  it('ranks the claims with the telling word as scoring everything does, without the claims that only share common words', () => {
    const question = 'heliostat costs evidence studies';
    const pruned = index.search(question);
    const exhaustive = index.search(question, undefined, { exhaustive: true });
    const withHeliostat = exhaustive.filter((r) => r.id.endsWith('#1') && Number(r.id.split('-')[1]?.split('#')[0]) % 40 === 0);
    expect(pruned.map((r) => r.id)).toEqual(withHeliostat.map((r) => r.id));
    expect(exhaustive.length).toBeGreaterThan(pruned.length * 10);
  });

  it('gives the best of the exhaustive result for a question of telling words only, or of words that match nothing', () => {
    for (const question of ['heliostat array', 'zzqx wwvy']) {
      const exhaustive = index.search(question, undefined, { exhaustive: true }).slice(0, MAX_CANDIDATES);
      const results = index.search(question);
      expect(results.map((r) => r.id)).toEqual(exhaustive.map((r) => r.id));
      results.forEach((result, i) => expect(result.score).toBeCloseTo(exhaustive[i]?.score ?? Number.NaN, 9));
    }
  });

  it('fills the candidates from the next rarest word when few claims have the telling ones', () => {
    // "heliostat" is in 6 claims; "notably", in a fifth of them, then selects too, as scoring everything would rank them.
    const pruned = index.search('heliostat notably');
    const exhaustive = index.search('heliostat notably', undefined, { exhaustive: true });
    expect(pruned.length).toBe(MAX_CANDIDATES);
    pruned.slice(0, 20).forEach((result, i) => expect(result.score).toBeCloseTo(exhaustive[i]?.score ?? Number.NaN, 9));
  });

  it('gives the first results, as they would be without a limit, when asked for fewer', () => {
    for (const question of ['heliostat costs evidence', 'heliostat studies notably']) {
      const all = index.search(question);
      expect(index.search(question, undefined, { limit: 3 })).toEqual(all.slice(0, 3));
    }
    const notReport0 = (id: string): boolean => !id.startsWith('report-0#');
    expect(index.search('heliostat costs evidence', notReport0, { limit: 4 })).toEqual(index.search('heliostat costs evidence', notReport0).slice(0, 4));
  });

  it('searches by each option it is given (search hands them all on to the search it runs)', () => {
    const question = 'heliostat costs evidence studies';
    expect(index.search(question)).toHaveLength(REPORTS / 40);
    expect(index.search(question, undefined, { maxCandidates: 2 })).toHaveLength(2);
    expect(index.search(question, undefined, { exhaustive: true })).toHaveLength(REPORTS * CLAIMS_PER_REPORT);
    expect(index.search(question, undefined, { within: ['report-7#1', 'report-7#2'] }).map((r) => r.id).sort()).toEqual(['report-7#1', 'report-7#2']);
  });

  it('still finds the telling word through a typo', () => {
    const ids = index.search('heliostta costs').map((r) => r.id);
    expect(ids[0]).toMatch(/#1$/);
    expect(ids.length).toBe(REPORTS / 40);
  });

  it('applies the question filter before keeping the best candidates', () => {
    // "heliostat" is the telling word, in claim #1 of every 40th report (0, 40, ..., 200), all
    // scoring the same by it; the other words are in every claim. Kept to the best 2 candidates,
    // those must be 2 that pass the filter (reports 160 and 200): the best 2 of all 6 filtered
    // afterwards (reports 0 and 40, the first of the tie) would leave none, and then every claim
    // the filter allows, report 201's too, would be scored.
    const question = 'heliostat costs evidence studies';
    const allowed = (id: string): boolean => ['report-160#', 'report-200#', 'report-201#'].some((prefix) => id.startsWith(prefix));
    const results = index.matches(question, allowed, { maxCandidates: 2 });
    expect(results.map((r) => r.id).sort()).toEqual(['report-160#1', 'report-200#1']);
    const exhaustive = new Map(index.matches(question, allowed, { exhaustive: true }).map((r) => [r.id, r.score]));
    for (const result of results) expect(result.score).toBeCloseTo(exhaustive.get(result.id) ?? Number.NaN, 9);
  });

  it('scores a question of only common words by its rarest word, or everything when even that is everywhere', () => {
    // "notably" is in a fifth of the claims; the other words in nearly all.
    const byRarest = index.search('studies costs notably');
    expect(byRarest.length).toBeGreaterThan(0);
    expect(byRarest.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    const exhaustive = index.search('studies costs notably', undefined, { exhaustive: true });
    byRarest.slice(0, 5).forEach((result, i) => expect(result.score).toBeCloseTo(exhaustive[i]?.score ?? Number.NaN, 9));
    const everywhere = index.search('studies costs rise');
    expect(everywhere).toEqual(index.search('studies costs rise', undefined, { exhaustive: true }));
  });
});

describe('ties at the candidates\' cut', () => {
  it('are settled by the claims (shorter first, then by id), not by the order claims were indexed or reached', () => {
    // "heliostat" is in 6 claims, so "notably" (in a fifth of them, as rare as many claims) selects
    // too: more than MAX_CANDIDATES claims score alike by it, and which of them are kept and
    // completed by "rise" (the common word) must not follow the short ids.
    const reversed = new ClaimIndex();
    for (let n = REPORTS - 1; n >= 0; n--) reversed.addReport(report(n));
    for (const question of ['heliostat notably', 'heliostat notably rise']) {
      const found = index.search(question);
      expect(found.length).toBe(MAX_CANDIDATES);
      expect(reversed.search(question)).toEqual(found);
    }
  });
});

describe('which words of a question select the claims scored', () => {
  // "resign" is in a few claims, but one edit from "design", which is in a third of them;
  // "budget" is in a twelfth (common too, yet rarer than "resign" with its typo neighbours).
  function designReport(n: number): Report {
    const id = `design-${n}`;
    const claims: Claim[] = Array.from({ length: CLAIMS_PER_REPORT }, (_, i) => ({
      id: `${id}#${i + 1}`,
      reportId: id,
      text:
        i === 0 && n % 50 === 0
          ? 'Staff who can work from home resign less often.'
          : i % 3 === 0
            ? 'Teams report design work.'
            : `Teams report planning work${(n * CLAIMS_PER_REPORT + i) % 12 === 1 ? ' within budget' : ''}.`,
      perspective: 'Evidence perspective',
      evidence: [],
      line: i + 1,
    }));
    return { id, file: `${id}.md`, topic: 'Teams at work', date: '2026-01-01', summary: '', angles: [], claims, focusAreas: [], conclusions: '', references: [] };
  }

  it('a rare word selects even when a typo away from a common one, and ranks as scoring everything does', () => {
    const designIndex = new ClaimIndex();
    for (let n = 0; n < REPORTS; n++) designIndex.addReport(designReport(n));
    const resigning = Array.from({ length: Math.ceil(REPORTS / 50) }, (_, k) => `design-${k * 50}#1`);
    const pruned = designIndex.search('resign budget').map((r) => r.id);
    const exhaustive = designIndex.search('resign budget', undefined, { exhaustive: true }).map((r) => r.id);
    expect(exhaustive.slice(0, resigning.length).sort()).toEqual([...resigning].sort());
    expect(pruned.slice(0, resigning.length)).toEqual(exhaustive.slice(0, resigning.length));
  });
});

describe('questions scoped by their filters in a large library', () => {
  const exhaustiveScores = (question: string, filter: (id: string) => boolean): Map<string, number> =>
    new Map(index.search(question, filter, { exhaustive: true }).map((r) => [r.id, r.score]));

  it('scores only the claims of a named report, as scoring everything and filtering would', () => {
    const within = report(7).claims.map((c) => c.id);
    const inReport = (id: string): boolean => within.includes(id);
    const scoped = index.search('studies costs notably', inReport, { within });
    const expected = exhaustiveScores('studies costs notably', inReport);
    expect(scoped.map((r) => r.id).sort()).toEqual([...expected.keys()].sort());
    for (const result of scoped) expect(result.score).toBeCloseTo(expected.get(result.id) ?? Number.NaN, 9);
    expect(index.all(undefined, within)).toEqual(within);
    expect(index.all((id) => id.endsWith('#1'), within)).toEqual([`report-7#1`]);
  });

  it('scores only claims that can hold the phrases, as scoring everything and filtering would', () => {
    // The filter is the authority on phrases (answerQuestion checks the text); here: claim #1.
    const holdsPhrase = (id: string): boolean => id.endsWith('#1') && Number(id.split('-')[1]?.split('#')[0]) % 40 === 0;
    const byPhrase = index.search('heliostat array costs', holdsPhrase, { phrases: ['heliostat array'] });
    const expected = exhaustiveScores('heliostat array costs', holdsPhrase);
    expect(byPhrase.map((r) => r.id).sort()).toEqual([...expected.keys()].sort());
    for (const result of byPhrase) expect(result.score).toBeCloseTo(expected.get(result.id) ?? Number.NaN, 9);
    expect(index.search('costs', () => true, { phrases: ['no such words anywhere'] })).toEqual([]);
  });

  it('suggests words from the vocabulary near a misspelt one, as the reports write them', () => {
    expect(index.suggest('heliostta')).toContain('heliostat');
  });
});

describe('small libraries and the engine', () => {
  it('scores every question exhaustively below the pruning size', () => {
    const small = new ClaimIndex();
    for (let n = 0; n < 20; n++) small.addReport(report(n));
    for (const question of ['heliostat costs evidence', 'studies costs rise', 'topicbaword']) {
      expect(small.search(question)).toEqual(small.search(question, undefined, { exhaustive: true }));
    }
  });

  it('runs on the compact engine with the MiniSearch installed', () => {
    expect(index.engine).toEqual({ mode: 'compact' });
  });
});
