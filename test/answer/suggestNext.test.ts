import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { bundledLibrary, EVIDENCE_FIXTURES } from '../support/reportsFolders.js';

let library: Library;
beforeAll(async () => {
  library = await bundledLibrary();
});

const why = (question: string): string[] => answerQuestion(library, question).suggestions?.why ?? [];

describe('what an answer with no claims suggests', () => {
  it('names a perspective filter no perspective meets, and puts the perspectives where the words match first', () => {
    const answer = answerQuestion(library, 'perspective:zzz cost');
    expect(answer.suggestions?.why).toEqual(['No perspective has the word `zzz`; see the perspectives below.']);
    expect(answer.suggestions?.words).toEqual([]);
    expect(answer.suggestions?.perspectives.slice(0, 2)).toEqual(['Household Economics Perspective', 'Cost and Economics Perspective']);
    expect(answer.suggestions?.perspectives.slice(0, 6)).toContain('Cost and Access Perspective');
    expect(answer.suggestions?.perspectives).toHaveLength(library.perspectives.length);
  });

  it('names a perspective filter no claim matching the words passes', () => {
    expect(why('perspective:safety heat pumps')).toEqual(['No claim under a perspective with the word `safety` matches “heat pumps”.']);
    expect(why('perspective:bias heat pumps')).toEqual(['No claim under the perspective “Bias Analysis Perspective” matches “heat pumps”.']);
  });

  it('searches the words as the answer does, with the names the reports define ("Wegovy" for semaglutide)', () => {
    // "wegovy" is in the GLP-1 report's summary only: its claims say semaglutide.
    expect(why('perspective:bias wegovy')).toEqual(['No claim under the perspective “Bias Analysis Perspective” matches “wegovy”.']);
    const answer = answerQuestion(library, 'perspective:bias wegovy');
    expect(answer.suggestions?.reports[0]?.id).toBe('glp1-weight-loss-drugs');
    expect(answer.suggestions?.perspectives.slice(0, 4)).not.toContain('Bias Analysis Perspective');
  });

  it('names a strength filter no claim matching the words passes', async () => {
    const evidence = Library.from(await loadReports(EVIDENCE_FIXTURES));
    const answer = answerQuestion(evidence, 'strength:multi-source hearsay quay');
    expect(answer.items).toEqual([]);
    expect(answer.suggestions?.why).toEqual(['No claim with two sources or more matches “hearsay quay”.']);
    expect(answerQuestion(evidence, 'strength:quoted hearsay quay').suggestions?.why).toEqual(['No claim with a verbatim quote matches “hearsay quay”.']);
  });

  it('names a date filter no report meets, with the newest date there is', () => {
    expect(why('since:2027-01-01 heat')).toEqual(['No report was researched on or after 2027-01-01; the newest is from 2026-03-03.']);
    expect(why('since:2026-03-01 heat pumps')).toEqual(['No report researched on or after 2026-03-01 has a claim matching “heat pumps”.']);
  });

  it('names a report filter, and the report is listed after those where the words match', () => {
    const answer = answerQuestion(library, 'report:synthetic heat pumps');
    expect(answer.suggestions?.why).toEqual(['No claim of `report:synthetic-data-llm-training` matches “heat pumps”; the reports where it does are listed first.']);
    expect(answer.suggestions?.reports[0]?.id).toBe('heat-pumps-cold-climates');
  });

  it('names filters that exclude each other with no words at all', () => {
    const answer = answerQuestion(library, 'perspective:safety report:heat');
    expect(answer.suggestions?.why).toEqual(['`report:heat-pumps-cold-climates` has no claim under a perspective with the word `safety`; its perspectives are listed first.']);
    expect(answer.suggestions?.perspectives.slice(0, 4).sort()).toEqual([...new Set(library.report('heat-pumps-cold-climates')?.claims.map((c) => c.perspective))].sort());
    expect(why('since:2026-03-01 report:heat')).toEqual(['`report:heat-pumps-cold-climates` was researched on 2026-01-22, before 2026-03-01.']);
  });

  it('names a phrase no claim holds as written', () => {
    expect(why('"model collapse" heat')).toEqual(['No claim contains the phrase “model collapse” as written; try its words without quotes.']);
  });

  it('says when each filter keeps claims but not together', () => {
    expect(why('perspective:bias since:2026-02-01 data')).toEqual(['Each filter alone keeps some claims matching “data”, but no claim passes them all; drop one.']);
  });

  it('quotes the words as typed when a word typed with two letters swapped was searched as the word meant', () => {
    const answer = answerQuestion(library, 'perspective:safety heat pmups');
    expect(answer.query.text).toBe('heat pumps');
    expect(answer.suggestions?.why).toEqual(['No claim under a perspective with the word `safety` matches “heat pmups”.']);
    // "change", a word the claims have, is no typo of the grid claims' "charge": none of them matches.
    expect(why('strength:multi-source perspective:grid any chnage in bike lane injuries')).toEqual([
      'No claim under a perspective with the word `grid` matches “any chnage in bike lane injuries”.',
    ]);
  });

  it('explains nothing, and suggests words not typed, when the words themselves match nothing', () => {
    const answer = answerQuestion(library, 'mikroplastiks perspective:health');
    expect(answer.suggestions?.why).toEqual([]);
    // The key's shortest form as the reports write it (suggestedWords.ts writtenRather), not its stem "microplast".
    expect(answer.suggestions?.words).toContain('microplastic');
    expect(answer.suggestions?.words).not.toContain('mikroplastiks');
  });
});
