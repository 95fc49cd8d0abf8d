import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { everyMatchQuery, queryTerms, typoEdits, typoEditsByTerm } from '../../src/search/questionQuery.js';
import { termsOf } from '../../src/search/termsOf.js';
import { shareWordNet, sharedWordNet, sharedWordNetProblem } from '../../src/search/wordnet/sharedWordNet.js';
import { WordNet, wordnetDbDir } from '../../src/search/wordnet/wordNet.js';
import { wordNetWithout } from '../support/brokenWordNet.js';
import { reportText } from '../support/reportText.js';

describe('typoEdits', () => {
  it("forgives typos by the key's length", () => {
    expect(typoEdits('bottl', 'bottled')).toBe(1);
    expect(typoEdits('complant', 'complants')).toBe(2);
    expect(typoEdits('risk', 'risk')).toBe(false);
  });

  it('forgives one in a word typed with 5+ letters that stems shorter, when WordNet lacks it', () => {
    expect(typoEdits('botl', 'botled')).toBe(1);
    expect(typoEdits('ofic', 'oficers')).toBe(1);
    // A dictionary word is what was meant ("meals" is no typo of "meat"), a short word has none.
    expect(typoEdits('meal', 'meals')).toBe(false);
    expect(typoEdits('tax', 'taxes')).toBe(false);
    expect(typoEdits('botl', 'botl')).toBe(false);
    expect(typoEdits('botl', undefined)).toBe(false);
  });

  it('asks WordNet of a word as typed once, however often its searches ask (WordNet.knows)', () => {
    // Every search of every answer asks it of each short-stemmed word typed long ("rates", "costs").
    const lookup = vi.spyOn(WordNet.prototype, 'lookup');
    try {
      expect(typoEdits('blor', 'blors')).toBe(1);
      const asked = lookup.mock.calls.length;
      expect(typoEdits('blor', 'blors')).toBe(1);
      expect(typoEditsByTerm('the blors')('blor')).toBe(1);
      expect(lookup.mock.calls.length).toBe(asked);
    } finally {
      lookup.mockRestore();
    }
  });

  it('gives the pruned and the exhaustive search the same edits', () => {
    const text = 'does botled water sell';
    const pruned = queryTerms(termsOf(text), [], text).map((term) => [term.source, term.fuzzy]);
    const exhaustive = everyMatchQuery(text, []).groups[0]?.map((spec) => [spec.term, spec.fuzzy]);
    expect(pruned).toEqual(exhaustive);
    expect(pruned).toContainEqual(['botl', 1]);
  });

  it('finds the claim a misspelt short-stemmed word means before one without it', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-typed-typo-'));
    try {
      await writeFile(join(scratch, 'water.md'), reportText('Water', ['Bottled water sells well in cities across the region.', 'Water sells well.']));
      const library = Library.from(await loadReports(scratch, { workers: 0 }));
      const [first] = library.index.search('does botled water sell', undefined, { aliases: library.aliases });
      expect(library.claim(first?.id ?? '')?.text).toMatch(/Bottled/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('forgives no typo in a word the claims have: it is taken as typed', () => {
    const indexed = (term: string): boolean => term === 'product';
    expect(typoEditsByTerm('which products', indexed)('product')).toBe(false);
    expect(typoEditsByTerm('which products')('product')).toBe(2);
    expect(typoEditsByTerm('which prodcts', indexed)('prodct')).toBe(1);
    const text = 'which products';
    expect(queryTerms(termsOf(text), [], text, indexed).map((term) => term.fuzzy)).toEqual([false]);
    expect(queryTerms(termsOf(text), [], undefined, indexed).map((term) => term.fuzzy)).toEqual([false]);
    expect(everyMatchQuery(text, [], indexed).groups[0]?.map((spec) => spec.fuzzy)).toEqual([false]);
  });

  it('asks whether the claims have a key only of a word with a typo to forgive', () => {
    const asked: string[] = [];
    const indexed = (term: string): boolean => {
      asked.push(term);
      return true;
    };
    const edits = typoEditsByTerm('the risk of products', indexed);
    expect([edits('risk'), edits('product')]).toEqual([false, false]);
    expect(queryTerms(['risk'], [], undefined, indexed).map((term) => term.fuzzy)).toEqual([false]);
    expect(asked).toEqual(['product']);
  });

  it("finds no claim by a near neighbour of a word the claims have as typed, but by a misspelt word's", async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-indexed-word-'));
    try {
      await writeFile(join(scratch, 'fares.md'), reportText('Fares', ['Tickets got cheaper in 2020.', 'Workers joined the picket outside.']));
      const library = Library.from(await loadReports(scratch, { workers: 0 }));
      const found = (text: string): string[] => library.index.search(text, undefined, { aliases: library.aliases }).map((hit) => library.claim(hit.id)?.text ?? '');
      // "picket" is one edit from "ticket", a key of the claims: the question meant tickets.
      expect(found('were tickets refunded')).toEqual(['Tickets got cheaper in 2020.']);
      expect(found('were tickats refunded')).toContain('Tickets got cheaper in 2020.');
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

// A typo is forgiven in a word as typed only when WordNet lacks it: when WordNet's files fail, the
// rule of sharedWordNet.ts (isReadError) holds here too.
describe('typoEdits through a WordNet whose files fail', () => {
  afterEach(() => {
    shareWordNet(new WordNet(wordnetDbDir()));
  });

  it('lets the shared reader go on a read error, says why, and forgives no typo beyond the key\'s, as without WordNet', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-typo-wordnet-'));
    try {
      // "botled" is no word of any part of speech: its lookup reaches index.adv, which is missing.
      shareWordNet(await wordNetWithout(scratch, 'index.adv'));
      expect(typoEdits('botl', 'botled')).toBe(false);
      expect(sharedWordNet()).toBeNull();
      expect(sharedWordNetProblem()).toMatch(/^WordNet's files could not be read \(ENOENT.*index\.adv/);
      expect(typoEdits('botl', 'botled')).toBe(false);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  // A slip of ours, and Node's own argument check, which has a code but no errno: no read error.
  for (const bug of [new TypeError("Cannot read properties of undefined (reading 'senses')"), Object.assign(new RangeError('The value of "length" is out of range.'), { code: 'ERR_OUT_OF_RANGE' })]) {
    it(`throws any other error (${bug.name}), keeping the reader`, () => {
      class WordNetWithABug extends WordNet {
        override knows(): boolean {
          throw bug;
        }
      }
      const reader = new WordNetWithABug(wordnetDbDir());
      shareWordNet(reader);
      expect(() => typoEdits('botl', 'botled')).toThrow(bug);
      expect(sharedWordNet()).toBe(reader);
      expect(sharedWordNetProblem()).toBeNull();
    });
  }
});
