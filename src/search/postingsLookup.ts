// Reads a CompactMiniSearch's postings directly: which indexed terms a query term matches (with
// MiniSearch's fuzzy and prefix weights), and how MiniSearch scores a term in a claim, with the
// settings the index was given (CompactMiniSearch.scoring). Pruned search (prunedSearch.ts) uses
// it to score common terms on a few candidate claims instead of walking every claim they occur in.
// test/search/prunedSearch.test.ts pins the scores to MiniSearch's own, so an upgrade that changes
// them fails there first (and compactEngineCheck.ts at start).

import { BoundedMap } from './boundedMap.js';
import type { CompactMiniSearch, Scoring } from './compactMiniSearch.js';
import { DeletionIndex } from './deletionIndex.js';
import { FuzzyTrie } from './fuzzyTrie.js';
import { byCodeUnits } from '../runtime/byCodeUnits.js';

const MAX_REMEMBERED_EXPANSIONS = 20_000;
/** Terms whose postings (per field, with their idf) are kept ready: the vocabulary of 2,000 reports is about 9,000 terms. */
const MAX_REMEMBERED_POSTINGS = 50_000;

/** A term's postings in one field, with what scoring them needs. */
export interface FieldPostings {
  fieldId: number;
  boost: number;
  /** Claim (short id) -> how often the term occurs in this field. */
  frequencies: Map<number, number>;
  idf: number;
  avgLength: number;
}

/** An indexed term a query term matches, with the weight MiniSearch gives that match. */
export interface DerivedTerm {
  term: string;
  weight: number;
}

/** A query term's indexed terms with their postings: what search scores (expandedTerms.ts). */
export interface TermMatches {
  /** Each indexed term it matches, in expand's order: its weight, postings, and how many there are. */
  matches: readonly { weight: number; postings: FieldPostings[]; count: number }[];
  /** The postings of the term itself, as typed (not its completions or typo neighbours). */
  exactCount: number;
  /** The postings of every match together (the sum of their counts, in their order). */
  postingCount: number;
}

/** An expansion as remembered: the derived terms, and their postings once search has read them. */
interface Remembered {
  fuzzy: number | false;
  prefix: boolean;
  derived: DerivedTerm[];
  matched?: TermMatches;
}

export class PostingsLookup {
  /**
   * Expansions already worked out. Walking the vocabulary for fuzzy neighbours of a 7+ letter
   * word at distance 2 costs a good part of an answer (bench/README.md), and questions in a chat
   * keep using the words of the library's topics. A lookup lives until the index changes (ClaimIndex drops it then).
   */
  private readonly expansions = new BoundedMap<string, Remembered[]>(MAX_REMEMBERED_EXPANSIONS);
  /**
   * Each term's postings per field, as `postings` gives them. Finding a term in MiniSearch's radix
   * tree (a Map per node, string keys) and building its field list cost a good part of a pruned
   * search the first time a question is seen (bench/README.md, fifth session).
   */
  private readonly postingsByTerm = new BoundedMap<string, FieldPostings[]>(MAX_REMEMBERED_POSTINGS);
  /** Each term's postings in all its fields together (`occurrences`), as remembered as its postings. */
  private readonly occurrencesByTerm = new BoundedMap<string, number>(MAX_REMEMBERED_POSTINGS);
  /** Each field's length (unique words) per short id, read once: scoring reads it per posting. */
  private lengths: Uint32Array[] | undefined;
  /** relativeLength's, by short id, worked out once (the lookup lives until the index changes). */
  private relativeLengths: Float64Array | undefined;
  /** Claim ids by short id (undefined: discarded), read once: search checks hundreds per question, a Map lookup each. */
  private ids: (string | undefined)[] | undefined;

  private readonly scoring: Scoring;
  private trie: FuzzyTrie | undefined;
  /** The terms' deletion index (null: too large to build, the trie is walked). */
  private deletions: DeletionIndex | null | undefined;

  constructor(private readonly index: CompactMiniSearch<never>) {
    this.scoring = index.scoring;
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  /** Every short id is below this. */
  get shortIdBound(): number {
    return this.index.shortIdBound;
  }

  /** MiniSearch's own number for a document id, which postings are keyed by. */
  shortIdOf(id: string): number | undefined {
    return this.index.shortIdOf(id);
  }

  /** The document id of a short id, or undefined for a claim that was discarded. */
  idOf(shortId: number): string | undefined {
    this.ids ??= this.index.idsByShortId();
    return this.ids[shortId];
  }

  /**
   * The indexed terms `term` matches, as MiniSearch's search expands it: itself (weight 1), prefix
   * completions, and fuzzy neighbours not already completions, in the terms' order. `fuzzy`: a
   * ratio of the term's length, or an edit distance (1 or more), as in SearchOptions.
   */
  expand(term: string, fuzzy: number | false, prefix: boolean): DerivedTerm[] {
    return this.remembered(term, fuzzy, prefix).derived;
  }

  /** What `expand` gives, each derived term with its postings (remembered with the expansion). */
  matches(term: string, fuzzy: number | false, prefix: boolean): TermMatches {
    const remembered = this.remembered(term, fuzzy, prefix);
    if (remembered.matched) return remembered.matched;
    let exactCount = 0;
    // Filled by push from a literal (not .map): an expansion of no terms and a filled one are then
    // one kind of array to V8, which threw away code compiled on one on meeting the other
    // (bench/README.md, thirty-fourth session).
    const matches: { weight: number; postings: FieldPostings[]; count: number }[] = [];
    for (const { term: derived, weight } of remembered.derived) {
      const postings = this.postings(derived);
      const count = postings.reduce((n, p) => n + p.frequencies.size, 0);
      if (derived === term) exactCount = count;
      matches.push({ weight, postings, count });
    }
    const matched = { matches, exactCount, postingCount: matches.reduce((sum, m) => sum + m.count, 0) };
    // MiniSearch's own search drops discarded claims' postings as it meets them (until a sweep),
    // changing counts and idf: nothing read from postings is remembered meanwhile.
    if (this.index.dirtCount === 0) remembered.matched = matched;
    return matched;
  }

  /**
   * By the term alone, then its fuzzy and prefix settings (a word has one or two): a key made of
   * all three was a new string per query term, hashed each time (the term's own hash is kept).
   */
  private remembered(term: string, fuzzy: number | false, prefix: boolean): Remembered {
    let forms = this.expansions.get(term);
    if (!forms) {
      forms = [];
      this.expansions.set(term, forms);
    }
    for (const form of forms) if (form.fuzzy === fuzzy && form.prefix === prefix) return form;
    const expansion: Remembered = { fuzzy, prefix, derived: this.expandNow(term, fuzzy, prefix) };
    forms.push(expansion);
    return expansion;
  }

  private expandNow(term: string, fuzzy: number | false, prefix: boolean): DerivedTerm[] {
    const { prefixWeight, fuzzyWeight, maxFuzzy } = this.scoring;
    const derived = new Map<string, number>();
    if (this.index.termData(term)) derived.set(term, 1);
    // The weights as MiniSearch's search gives them (executeQuerySpec in its MiniSearch.ts).
    if (prefix) {
      for (const [completion] of this.index.completions(term)) {
        const distance = completion.length - term.length;
        if (distance > 0) derived.set(completion, (prefixWeight * completion.length) / (completion.length + 0.3 * distance));
      }
    }
    if (fuzzy !== false) {
      const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance > 0) {
        for (const [neighbour, distance] of this.typoNeighbours(term, maxDistance)) {
          if (distance > 0 && !derived.has(neighbour)) derived.set(neighbour, (fuzzyWeight * neighbour.length) / (neighbour.length + distance));
        }
      }
    }
    // In the terms' order, not the term tree's: a claim's score sums its derived terms' scores in
    // this order, and the tree's order follows the order terms were indexed (a build, a snapshot
    // loaded), so its last bits, and near-tied orders, would too.
    // By push from a literal, as matches' (above).
    const terms: DerivedTerm[] = [];
    for (const [derivedTerm, weight] of [...derived].sort(byTerm)) terms.push({ term: derivedTerm, weight });
    return terms;
  }

  /**
   * Builds now what the first search would: each field's lengths by short id (and relative to
   * their averages, which pruned search settles its ties by) and the terms'
   * deletion index with their fuzzy trie (after a live reload, so the next question does not pay for them).
   */
  prepare(): void {
    this.fieldLengths(0);
    this.relativeLength(0);
    this.deletionIndex();
  }

  /**
   * The indexed terms within `maxDistance` edits of `term`, in fuzzyGet's order: from the deletion
   * index (a walk of the trie, after idle time, reads far more memory), or the trie above its distance.
   */
  private typoNeighbours(term: string, maxDistance: number): [string, number][] {
    return this.deletionIndex()?.near(term, maxDistance) ?? this.fuzzyTrie().near(term, maxDistance);
  }

  /**
   * The index's terms' deletion index, built on the first fuzzy lookup (a lookup lives until the
   * index changes), with the trie: an off-topic question's suggested words are looked up at 3 or
   * more edits, and the first such question should not wait for the trie's copy.
   */
  private deletionIndex(): DeletionIndex | undefined {
    if (this.deletions === undefined) {
      this.deletions = DeletionIndex.of(this.index.termTree()) ?? null;
      this.fuzzyTrie();
    }
    return this.deletions ?? undefined;
  }

  /** The index's terms as a FuzzyTrie, for lookups the deletion index does not answer (farther than two edits, or too many terms). */
  private fuzzyTrie(): FuzzyTrie {
    this.trie ??= new FuzzyTrie(this.index.termTree());
    return this.trie;
  }

  /** An indexed term's postings in each field it occurs in, with the field's boost (the same array each time: do not change it). */
  postings(term: string): FieldPostings[] {
    if (this.index.dirtCount > 0) return this.postingsNow(term); // as in matches
    let postings = this.postingsByTerm.get(term);
    if (!postings) {
      postings = this.postingsNow(term);
      this.postingsByTerm.set(term, postings);
    }
    return postings;
  }

  private postingsNow(term: string): FieldPostings[] {
    const data = this.index.termData(term);
    if (!data) return [];
    const postings: FieldPostings[] = [];
    for (const [field, boost] of Object.entries(this.scoring.fieldBoosts)) {
      const fieldId = this.index.fieldIdOf(field);
      const frequencies = fieldId === undefined ? undefined : data.get(fieldId);
      if (fieldId === undefined || !frequencies || frequencies.size === 0) continue;
      const matching = frequencies.size;
      const idf = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
      postings.push({ fieldId, boost, frequencies, idf, avgLength: this.index.averageFieldLength(fieldId) ?? 1 });
    }
    return postings;
  }

  /** How many postings (claim and field pairs) an indexed term has: how common it is. */
  occurrences(term: string): number {
    // Asked of every question word by the no-answer decision (ClaimIndex.claimsWith): each a walk of
    // MiniSearch's radix tree, a Map per node. Remembered as postings are (not while unswept).
    const remembered = this.index.dirtCount === 0 ? this.occurrencesByTerm.get(term) : undefined;
    if (remembered !== undefined) return remembered;
    let count = 0;
    for (const frequencies of this.index.termData(term)?.values() ?? []) count += frequencies.size;
    if (this.index.dirtCount === 0) this.occurrencesByTerm.set(term, count);
    return count;
  }

  /** MiniSearch's BM25+ parameters, as the index was given them. */
  get bm25(): Scoring['bm25'] {
    return this.scoring.bm25;
  }

  /** Each claim's length (unique words) in a field, by short id. */
  fieldLengthsOf(fieldId: number): Uint32Array {
    return this.fieldLengths(fieldId);
  }

  /**
   * A claim's length over its fields, each field's as a share of its average (the sum of 1s for a
   * claim of average lengths): the longer, the less any word found in it scores (BM25).
   */
  relativeLength(shortId: number): number {
    if (!this.relativeLengths) {
      const relative = new Float64Array(this.shortIdBound);
      const fields = this.index.fieldCount;
      for (let fieldId = 0; fieldId < fields; fieldId++) {
        const average = this.index.averageFieldLength(fieldId) ?? 0;
        if (!(average > 0)) continue;
        const lengths = this.fieldLengths(fieldId);
        for (let id = 0; id < relative.length; id++) relative[id] = (relative[id] as number) + (lengths[id] ?? 0) / average;
      }
      this.relativeLengths = relative;
    }
    return this.relativeLengths[shortId] ?? 0;
  }

  /** MiniSearch's BM25+ score of a term occurring `tf` times in the field of a claim, times the field boost. */
  score(postings: FieldPostings, shortId: number, tf: number): number {
    return this.scorer(postings)(shortId, tf);
  }

  /** `score` for one term's postings in one field, with what it reads per field read once (search scores thousands of postings). */
  scorer(postings: FieldPostings): (shortId: number, tf: number) => number {
    const lengths = this.fieldLengths(postings.fieldId);
    const { k, b, d } = this.scoring.bm25;
    const { boost, idf, avgLength } = postings;
    return (shortId, tf) => {
      const length = lengths[shortId] ?? 0;
      return boost * idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avgLength)));
    };
  }

  private fieldLengths(fieldId: number): Uint32Array {
    if (!this.lengths) {
      const lengths = Array.from({ length: this.index.fieldCount }, () => new Uint32Array(this.shortIdBound));
      for (const [shortId, perField] of this.index.fieldLengths()) {
        perField.forEach((length, field) => {
          const array = lengths[field];
          if (array && shortId < array.length) array[shortId] = length ?? 0;
        });
      }
      this.lengths = lengths;
    }
    return this.lengths[fieldId] ?? new Uint32Array(0);
  }
}

function byTerm(a: [string, number], b: [string, number]): number {
  return byCodeUnits(a[0], b[0]);
}
