import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { AliasTable, aliasesOf, namePairs, titleNamePairs } from '../../src/search/aliases.js';

const ALIAS_REPORTS = fileURLToPath(new URL('../fixtures/aliases/', import.meta.url));
const ALIAS_TITLE_REPORTS = fileURLToPath(new URL('../fixtures/aliasTitles/', import.meta.url));

describe('namePairs', () => {
  it('pairs an acronym with the words it abbreviates, either way round', () => {
    expect(namePairs('the role of battery energy storage systems (BESS) in')).toEqual([['battery energy storage systems', 'BESS']]);
    expect(namePairs('Cold Climate Air Source Heat Pump (ccASHP)')).toEqual([['Cold Climate Air Source Heat Pump', 'ccASHP']]);
    expect(namePairs('on glucagon-like peptide-1 (GLP-1) agonists')).toEqual([['glucagon-like peptide-1', 'GLP-1']]);
    expect(namePairs('large language models (LLMs) are')).toEqual([['large language models', 'LLMs']]);
    expect(namePairs('the US Department of Energy (DOE) said')).toEqual([['Department of Energy', 'DOE']]);
    expect(namePairs('the WHO (World Health Organization) said')).toEqual([['World Health Organization', 'WHO']]);
  });

  it('pairs a generic name with the brand names beside it', () => {
    expect(namePairs('such as semaglutide (Wegovy, Ozempic) and tirzepatide (Zepbound or Mounjaro)')).toEqual([
      ['semaglutide', 'Wegovy'],
      ['semaglutide', 'Ozempic'],
      ['tirzepatide', 'Zepbound'],
      ['tirzepatide', 'Mounjaro'],
    ]);
  });

  it('pairs "X, known as Y"', () => {
    expect(namePairs('Painted shared-lane markings, known as sharrows, do little')).toEqual([['shared-lane markings', 'sharrows']]);
  });

  it("reads a title's acronyms and \"known as\", not its parentheses' names: there they say where it was published", () => {
    expect(titleNamePairs('Ecological release of feral cats following the decline of Tasmanian devils (Ecology and Evolution)')).toEqual([]);
    expect(namePairs('Ecological release of feral cats following the decline of Tasmanian devils (Ecology and Evolution)')).toEqual([
      ['devils', 'Ecology'],
      ['devils', 'Evolution'],
    ]);
    expect(titleNamePairs('Carbon storage (World Resources Institute (WRI), 2023)')).toEqual([['World Resources Institute', 'WRI']]);
  });

  it('ignores parentheses that define nothing', () => {
    for (const text of ['Directive (EU)', 'patients (HR 9.09)', 'the perspective (angle)', 'in 2019 (NYC)', 'risk (see Table 2)', 'a (b']) {
      expect(namePairs(text)).toEqual([]);
    }
  });
});

describe('aliases of the served reports', () => {
  it('are mined from every part of a report, as index keys', async () => {
    const { reports } = await loadReports(ALIAS_REPORTS, { cacheDir: null });
    const pairs = aliasesOf(reports[0]!, null);
    expect(pairs).toContainEqual({ a: ['batteri', 'energi', 'storag', 'system'], b: ['bess'] });
    expect(pairs).toContainEqual({ a: ['semaglutid'], b: ['ozemp'] });
  });

  it("read no brand names in a source's or a reference's title: its parentheses name where it was published", async () => {
    const { reports } = await loadReports(ALIAS_TITLE_REPORTS, { cacheDir: null, workers: 0 });
    const pairs = aliasesOf(reports[0]!, null);
    expect(pairs).not.toContainEqual({ a: ['devil'], b: ['ecolog'] });
    expect(pairs).not.toContainEqual({ a: ['wolf'], b: ['natur'] });
    // An acronym a title spells out is still the same thing; a claim's brand name still one.
    expect(pairs).toContainEqual({ a: ['world', 'resourc', 'institut'], b: ['wri'] });
    expect(pairs).toContainEqual({ a: ['semaglutid'], b: ['wegovi'] });
  });

  it('reach nothing from a gloss word once it reaches more than MAX_GLOSSED terms, and again once reports that gave them go', () => {
    const table = new AliasTable();
    const gloss = (term: string) => ({ a: ['person'], b: [term], gloss: true as const });
    table.add('surfing', [gloss('surfer')]);
    table.add('boating', [gloss('boater'), { a: ['person'], b: ['pax'] }]);
    // In the reports' order (by id here: no file given), not the order they came in.
    expect(table.othersOf(['person']).map((a) => a.term)).toEqual(['boater', 'pax', 'surfer']);
    table.add('beach', [gloss('sunbath')]);
    // Too general here; the report's own other name still stands.
    expect(table.othersOf(['person']).map((a) => a.term)).toEqual(['pax']);
    table.remove('surfing');
    expect(table.othersOf(['person']).map((a) => a.term)).toEqual(['sunbath', 'boater', 'pax']);
    // One way only: the term does not reach the word.
    expect(table.othersOf(['sunbath'])).toEqual([]);
  });

  it("list a name's other names in the order of the reports that give them (by file), whatever order those were served in", () => {
    const other = (term: string) => ({ a: ['person'], b: [term] });
    const serve = (order: string[]): AliasTable => {
      const table = new AliasTable();
      const given: Record<string, ReturnType<typeof other>[]> = { a: [other('ann')], b: [other('bob')], c: [other('cat'), other('ann')] };
      for (const id of order) table.add(id, given[id] ?? [], `reports/${id}.md`);
      return table;
    };
    const names = (table: AliasTable): string[] => table.othersOf(['person']).map((a) => a.term);
    // A cold start serves reports as its parse workers finish them; a question's expansions of one
    // weight are summed in this order, so a score's last bits followed it.
    for (const order of [['a', 'b', 'c'], ['c', 'a', 'b'], ['b', 'c', 'a']]) expect(names(serve(order))).toEqual(['ann', 'bob', 'cat']);
    // A pair two reports give stands where the first of those still served gives it.
    for (const order of [['a', 'b', 'c'], ['c', 'b', 'a']]) {
      const table = serve(order);
      table.remove('a');
      expect(names(table)).toEqual(['bob', 'cat', 'ann']);
      table.add('a', [other('ann')], 'reports/a.md');
      expect(names(table)).toEqual(['ann', 'bob', 'cat']);
    }
  });

  it('give the other name of a name the question uses whole, and stay while any report defines them', () => {
    const table = new AliasTable();
    const bess = { a: ['batteri', 'energi', 'storag', 'system'], b: ['bess'] };
    table.add('one', [bess]);
    table.add('two', [bess]);
    expect(table.othersOf(['bess', 'fire']).map((a) => a.term)).toEqual(['batteri', 'energi', 'storag', 'system']);
    expect(table.othersOf(['storag', 'system', 'energi', 'batteri'])).toEqual([{ term: 'bess', source: 'batteri', of: 1 }]);
    expect(table.othersOf(['batteri', 'storag'])).toEqual([]);
    table.remove('one');
    expect(table.size).toBe(1);
    table.remove('two');
    expect(table.othersOf(['bess'])).toEqual([]);
  });

  it('let a question using one name find the claim that uses the other, until the report goes', async () => {
    const library = Library.from(await loadReports(ALIAS_REPORTS, { cacheDir: null }));
    const first = (question: string): string | undefined => answerQuestion(library, question).items[0]?.claim.text;
    expect(first('how often do battery energy storage systems catch fire?')).toMatch(/^BESS sites rarely catch fire/);
    expect(library.aliases.size).toBeGreaterThan(0);
    library.forget('grid-stability.md');
    expect(library.aliases.size).toBe(0);
  });
});
