import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { AliasTable, aliasesOf, definitionOf, definitionPairs, namePairs } from '../../src/search/aliases.js';
import { termsOf } from '../../src/search/termsOf.js';

const ALIAS_REPORTS = fileURLToPath(new URL('../fixtures/aliases/', import.meta.url));

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

  it('ignores parentheses that define nothing', () => {
    for (const text of ['Directive (EU)', 'patients (HR 9.09)', 'the perspective (angle)', 'in 2019 (NYC)', 'risk (see Table 2)', 'a (b']) {
      expect(namePairs(text)).toEqual([]);
    }
  });
});

describe('aliases of the served reports', () => {
  it('are mined from every part of a report, as index keys', async () => {
    const { reports } = await loadReports(ALIAS_REPORTS, { cacheDir: null });
    const pairs = aliasesOf(reports[0]!);
    expect(pairs).toContainEqual({ a: ['batteri', 'energi', 'storag', 'system'], b: ['bess'] });
    expect(pairs).toContainEqual({ a: ['semaglutid'], b: ['ozemp'] });
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

// Issue 9 item 3: words the reports define themselves ("Permafrost, ground that stays frozen…"),
// so a question saying the definition in everyday words ("frozen ground") finds the term.
describe('definitionPairs', () => {
  it('reads a term a sentence defines: an apposition, "describes", "is a … that", a lower-case gloss', () => {
    expect(definitionPairs('Permafrost, ground that stays frozen for at least two consecutive years, stores a vast pool of carbon.')).toEqual([
      ['Permafrost', 'ground that stays frozen for at least two consecutive years'],
    ]);
    expect(definitionPairs('"Shrinkflation" describes products that shrink in size or quantity while their shelf price stays the same.')).toEqual([
      ['Shrinkflation', 'products that shrink in size or quantity while their shelf price stays the same'],
    ]);
    expect(definitionPairs('Thermokarst is a type of terrain that forms when ice-rich ground thaws.')).toEqual([['Thermokarst', 'a type of terrain that forms when ice-rich ground thaws']]);
    expect(definitionPairs('Rewetted bogs can support paludiculture (farming on wet peat) at scale.')).toEqual([['paludiculture', 'farming on wet peat']]);
    expect(definitionPairs('Peatlands are wetlands whose waterlogged soils hold plant matter.')).toEqual([['Peatlands', 'wetlands whose waterlogged soils hold plant matter']]);
    expect(definitionPairs('Varespladib, an oral drug that blocks a venom enzyme, missed its endpoint.')).toEqual([['Varespladib', 'an oral drug that blocks a venom enzyme']]);
    expect(definitionPairs('Showups, in which police present a single suspect to the witness, are suggestive.')).toEqual([
      ['Showups', 'in which police present a single suspect to the witness'],
    ]);
  });

  it('reads no definition in a predicate, after an opening adverb, or in a list of kinds', () => {
    for (const text of [
      'Crippling skeletal fluorosis is concentrated in regions where groundwater naturally exceeds 4 mg/L.',
      'Long-term loans are offered as a compromise that keeps legal title with the museum.',
      'Heat pumps are often cheaper where electricity is cheap.',
      'We are delighted to announce that the prize has been awarded.',
      'Historically, countries that taxed sugar, such as Mexico, saw sales fall.',
      'Today, firms that adopt the tools, on average, grow faster.',
      'Is mass timber (cross-laminated timber and glulam) a safe alternative?',
    ]) {
      expect(definitionPairs(text), text).toEqual([]);
    }
  });

  it('reads no definition in ordinary sentences', () => {
    for (const text of [
      'If adherence is defined as greater than 4 h of nightly use, most patients adhere.',
      'This means fewer breaks and sick days for staff.',
      'The city, which has two million people, cut fares in 2023.',
      'Prices, which rose 5 % in 2023, fell back the next year.',
      'The four-day week shift (fewer breaks and sick days) paid for itself.',
      'Output rose by a fifth per minute (attributed to a quieter working environment).',
      'Most users still sign in with passwords, and few use passkeys.',
    ]) {
      expect(definitionPairs(text)).toEqual([]);
    }
  });
});

describe('terms the reports define, found by their definitions', () => {
  const permafrost = definitionOf('Permafrost', 'ground that stays frozen for at least two consecutive years');
  const asked = (question: string): string[] => {
    const table = new AliasTable();
    table.add('arctic', [permafrost!]);
    return table.definedBy(termsOf(question)).map((found) => found.term);
  };

  it('keep the words of a definition that say what the thing is, not how much or how long', () => {
    expect(permafrost).toEqual({ a: ['permafrost'], b: ['ground', 'frozen'], defines: true });
    expect(definitionOf('Elimination', 'a threshold of 4 per 100 000 women-years')).toEqual({ a: ['elimin'], b: ['threshold', 'women'], defines: true });
    // Numbers and quantities alone define nothing.
    expect(definitionOf('Elimination', 'at least 4 per 100 000 a year')).toBeNull();
  });

  it('give the term when the question has two or more of its definition\'s words, and not otherwise', () => {
    const table = new AliasTable();
    table.add('arctic', [permafrost!]);
    expect(table.definedBy(['soggi', 'frozen', 'ground', 'melt'])).toEqual([{ term: 'permafrost', source: 'ground' }]);
    // One word of the definition is ordinary chat: "frozen pizza", "the frozen north".
    expect(table.definedBy(['frozen', 'north'])).toEqual([]);
    expect(table.definedBy(['frozen', 'pizza', 'last'])).toEqual([]);
    // A question naming the term already has it.
    expect(table.definedBy(['permafrost', 'frozen', 'ground'])).toEqual([]);
    // Definitions are not names: the term's name alone gives nothing back.
    expect(table.othersOf(['permafrost'])).toEqual([]);
    table.remove('arctic');
    expect(table.definedBy(['frozen', 'ground'])).toEqual([]);
  });

  it('give no term for the numbers, quantities and common verbs of its definition', () => {
    expect(asked('what gets colder in winter, frozen ground or air?')).toEqual(['permafrost']);
    for (const question of [
      'does the discount last at least two years?',
      'is the warranty two years?',
      'what stays frozen for two consecutive years?',
      'has it been at least two consecutive years since the last audit?',
      'do prices stay frozen for at least two years?',
    ])
      expect(asked(question), question).toEqual([]);
  });

  it('bring into the first 3 the permafrost claim a question in everyday words asks about', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout21/reports/', import.meta.url)), { cacheDir: null }));
    const methane = /^Most carbon from thawing permafrost is released as carbon dioxide, but waterlogged sites produce methane/;
    const question = 'When soggy frozen ground melts, what kind of gas comes out of it?';
    expect(library.aliases.pairsOf('permafrost-thaw-carbon')).toContainEqual(permafrost);
    expect(answerQuestion(library, question).items.slice(0, 3).some((item) => methane.test(item.claim.text))).toBe(true);
    // Without the definition (the report's pairs given again less it), the claim is not in the first 3.
    library.aliases.add('permafrost-thaw-carbon', library.aliases.pairsOf('permafrost-thaw-carbon').filter((pair) => !pair.defines));
    expect(answerQuestion(library, question).items.slice(0, 3).some((item) => methane.test(item.claim.text))).toBe(false);
  });
});
