import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { BUNDLED_REPORTS, bundledLibrary } from '../support/reportsFolders.js';

let library: Library;
beforeAll(async () => {
  library = await bundledLibrary();
});

function claimWith(reportId: string, words: string): string {
  const claim = library.report(reportId)?.claims.find((c) => c.text.toLowerCase().includes(words));
  if (!claim) throw new Error(`no claim in ${reportId} with "${words}"`);
  return claim.id;
}

describe('answerQuestion on the bundled reports', () => {
  it('ranks the claim a plain question is about first', () => {
    const answer = answerQuestion(library, 'does stopping the medication make you regain weight?');
    expect(answer.items[0]?.claim.id).toBe(claimWith('glp1-weight-loss-drugs', 'regaining'));
  });

  it('returns claims exactly as the report writes them, with their evidence and report', () => {
    const [first] = answerQuestion(library, 'inconsistent tokenization vocabulary').items;
    const report = library.report('synthetic-data-llm-training');
    expect(first?.report).toBe(report);
    expect(report?.claims).toContain(first?.claim);
    expect(first?.claim.evidence[0]?.quote).toMatch(/^When large language models are trained/);
  });

  it('forgives typos in longer words', () => {
    const typo = answerQuestion(library, 'tokenizaton vocabulary').items[0]?.claim.id;
    expect(typo).toBe(answerQuestion(library, 'tokenization vocabulary').items[0]?.claim.id);
  });

  it('completes the last word as it is being typed', () => {
    expect(answerQuestion(library, 'inconsistent tokeni').items[0]?.claim.id).toBe(claimWith('synthetic-data-llm-training', 'tokenization'));
  });

  it('understands everyday words for research words', () => {
    const answer = answerQuestion(library, 'do people quit less when they can WFH?');
    const top3 = answer.items.slice(0, 3).map((i) => i.report.id);
    expect(top3).toContain('remote-work-productivity');
  });

  it('finds a claim by the words of its quote', () => {
    const quoteWords = 'accelerate model degradation compromise generalisability across populations';
    expect(answerQuestion(library, quoteWords).items[0]?.claim.id).toBe(claimWith('synthetic-data-llm-training', 'overuse'));
  });

  it('keeps to one report with report:, a unique part of its id is enough', () => {
    const answer = answerQuestion(library, 'report:battery costs');
    expect(answer.items.length).toBeGreaterThan(0);
    expect(new Set(answer.items.map((i) => i.report.id))).toEqual(new Set(['grid-battery-storage']));
  });

  it('lists all claims of a report when the question is only a filter, in report order', () => {
    const answer = answerQuestion(library, 'report:synthetic-data-llm-training');
    expect(answer.items.map((i) => i.claim.id)).toEqual(library.report('synthetic-data-llm-training')?.claims.map((c) => c.id));
  });

  it('finds the report `report:` names by its id in any case, and a report served after a question named it', async () => {
    const loaded = await loadReports(BUNDLED_REPORTS);
    const growing = Library.from({ ...loaded, reports: loaded.reports.filter((report) => report.id !== 'grid-battery-storage') });
    expect(answerQuestion(growing, 'report:Grid-Battery-Storage').problems).toEqual(['No report is called `grid-battery-storage`.']);
    const battery = loaded.reports.find((report) => report.id === 'grid-battery-storage');
    if (!battery) throw new Error('the bundled grid battery report is missing');
    growing.put(battery);
    const answer = answerQuestion(growing, 'report:Grid-Battery-Storage');
    expect(answer.problems).toEqual([]);
    expect(answer.items.map((i) => i.claim.id)).toEqual(battery.claims.map((c) => c.id));
    // Replaced by a report of the same id: the new one is the one found.
    const replaced = { ...battery, claims: battery.claims.slice(0, 1) };
    growing.put(replaced);
    expect(answerQuestion(growing, 'report:grid battery storage').items.map((i) => i.claim)).toEqual(replaced.claims);
    // Its file gone: no report is called that any more.
    const shrinking = Library.from(loaded);
    expect(answerQuestion(shrinking, 'report:grid-battery-storage').items.length).toBe(battery.claims.length);
    shrinking.forget(battery.file);
    expect(answerQuestion(shrinking, 'report:grid-battery-storage').problems).toEqual(['No report is called `grid-battery-storage`.']);
  });

  it('keeps to a perspective with perspective:', () => {
    const answer = answerQuestion(library, 'perspective:bias synthetic data');
    expect(answer.items.length).toBeGreaterThan(0);
    for (const item of answer.items) expect(item.claim.perspective.toLowerCase()).toContain('bias');
  });

  it('keeps to reports researched since a date', () => {
    const answer = answerQuestion(library, 'since:2026-02-01 costs');
    expect(answer.items.length).toBeGreaterThan(0);
    for (const item of answer.items) expect(item.report.date >= '2026-02-01').toBe(true);
  });

  it('keeps to claims with a verbatim quote with strength:quoted, with several sources with strength:multi-source', () => {
    const quoted = answerQuestion(library, 'strength:quoted costs');
    const all = answerQuestion(library, 'costs');
    expect(quoted.items.length).toBeGreaterThan(0);
    expect(quoted.items.length).toBeLessThan(all.items.length);
    for (const item of quoted.items) expect(item.claim.evidence.some((e) => e.quote !== undefined)).toBe(true);

    const multi = answerQuestion(library, 'strength:multi-source');
    expect(multi.items.length).toBeGreaterThan(0);
    for (const item of multi.items) expect(new Set(item.claim.evidence.map((e) => e.reference?.n ?? e.source)).size).toBeGreaterThan(1);
    const both = answerQuestion(library, 'strength:multi-source strength:quoted');
    expect(both.items.length).toBeGreaterThan(0);
    expect(both.items.length).toBeLessThan(multi.items.length);
    for (const item of both.items) expect(multi.items.map((i) => i.claim.id)).toContain(item.claim.id);
  });

  it('requires a quoted phrase to appear', () => {
    const answer = answerQuestion(library, '"model degradation"');
    expect(answer.items.length).toBeGreaterThan(0);
    for (const item of answer.items) {
      const text = [item.claim.text, ...item.claim.evidence.map((e) => e.quote ?? e.finding ?? '')].join(' ').toLowerCase();
      expect(text).toContain('model degradation');
    }
  });

  it('says nothing matched and suggests close words, perspectives and reports', () => {
    const answer = answerQuestion(library, 'xylophone zeppelin');
    expect(answer.items).toEqual([]);
    expect(answer.suggestions?.reports.map((r) => r.id)).toContain('heat-pumps-cold-climates');
    expect(answer.suggestions?.perspectives.length).toBeGreaterThan(0);
  });

  it('suggests words as the reports write them, not stems, when the words match nothing', () => {
    const answer = answerQuestion(library, 'mikroplastiks');
    expect(answer.items).toEqual([]);
    // The key's shortest form as the reports write it (suggestedWords.ts writtenRather), not its stem "microplast".
    expect(answer.suggestions?.words).toContain('microplastic');
  });

  it('names an unknown report and lists the reports, those about the question first', () => {
    const answer = answerQuestion(library, 'report:nosuchreport heat pumps');
    expect(answer.items).toEqual([]);
    expect(answer.problems).toEqual(['No report is called `nosuchreport`.']);
    expect(answer.suggestions?.reports[0]?.id).toBe('heat-pumps-cold-climates');
    expect(answer.suggestions?.reports).toHaveLength(library.reports.length);
  });

  it('asks for topic words when the question has only common words, naming only the words typed', () => {
    const answer = answerQuestion(library, 'what is it?');
    expect(answer.items).toEqual([]);
    expect(answer.problems).toEqual(['Your question has only common words (what, is, it), which say nothing about a topic; add the topic you are asking about.']);
  });

  it('takes `report:` or `perspective:` with no value as a forgotten value, with a hint, not as a word', () => {
    const alone = answerQuestion(library, 'report:');
    expect(alone.answered).toBe(false);
    expect(alone.problems).toEqual(['`report:` needs a value, e.g. `report:heat-pumps`.']);
    const withQuestion = answerQuestion(library, 'perspective: heat pump costs in cold climates');
    expect(withQuestion.problems).toEqual(['`perspective:` needs a value, e.g. `perspective:bias`.']);
    expect(withQuestion.query.text).toBe('heat pump costs in cold climates');
    expect(withQuestion.items.map((item) => item.claim.id)).toEqual(answerQuestion(library, 'heat pump costs in cold climates').items.map((item) => item.claim.id));
  });

  it('says a question without words has none, listing no words', () => {
    const answer = answerQuestion(library, '???');
    expect(answer.problems).toEqual(['Your question has no words to search for; ask about a topic, e.g. "what are the risks of synthetic data?".']);
  });

  it('counts every match in total, beyond the claims kept', () => {
    const answer = answerQuestion(library, 'heat pumps');
    expect(answer.total).toBe(answer.items.length);
    expect(answer.total).toBeGreaterThan(5);
    expect(answerQuestion(library, 'report:heat-pumps').total).toBe(library.report('heat-pumps-cold-climates')?.claims.length);
  });

  it('never throws on strange questions', () => {
    for (const q of ['', '"', 'since:', 'report:"', '*', '?'.repeat(5000), '\u0000', '🙂🙃', 'a'.repeat(20_000), '<!channel> & <@U1>']) {
      expect(() => answerQuestion(library, q)).not.toThrow();
    }
  });
});
