// Words WordNet relates to a question's word, each with how much it should count in a search
// against the word itself: synonyms of its most common senses, its derivationally related forms
// ("efficient" -> "efficiency"), what a verb causes and its derived forms, as derived forms
// ("kill" > die, death), and narrower terms (hyponyms: "vehicle" -> "car"). Broader terms
// (hypernyms) are left out: measured elsewhere, they made answers worse ("car" -> "vehicle"
// matches every claim about transport). So are an adjective's "similar" clusters ("skilled" ->
// "hot", "good", "mean"): dropping them lifted the tuning set and held-out set 2 (eval/README.md).

import { normalizeTerm, termSourceKey } from '../normalizeTerm.js';
import { irregularForms } from '../irregularForms.js';
import { shareOfUses, UNSEEN_COUNT } from './shareOfUses.js';
import { formsStemmedApart } from './stemmedApart.js';
import { senseKey, type IndexEntry, type PartOfSpeech, type Pointer, type Synset, type WordNet } from './wordNet.js';

export interface RelatedWord {
  /** One word, lowercase but for a name the index keeps only in capitals ("US", "IT", "WHO": normalizeTerm.ts). */
  word: string;
  weight: number;
  /** Its index key (normalizeTerm's; null for a stop word): from the relation table when it has one, stemming nothing. */
  term: string | null;
}

/**
 * How much each relation counts (the question's own word counts 1), times the share of the
 * word's uses its sense has in WordNet's tagged corpus; see eval/README.md.
 */
export const RELATION_WEIGHTS = { synonym: 0.5, derived: 0.3, hyponym: 0.1 };
/**
 * How much a noun's own verb counts: the verb its senses derive from in most of its uses says
 * what the noun names ("death" -> die and "died", "discovery" -> discover), as a synonym of its
 * main sense does; as one sense's derived form (0.1) "Hindenburg death toll" never met "35 died"
 * (eval/README.md, forty-fifth session, rank47).
 */
export const OWN_VERB_WEIGHT = 0.5;
/** The least share of a noun's uses whose senses derive its own verb: most of them. */
const OWN_VERB_SHARE = 0.5;
/**
 * Lexicographer files (lexnames(5WN)) of nouns naming what happens, whose verb says the same: act,
 * event, phenomenon, process, state. Not a person's or a thing's noun: a printer is no printing.
 */
const HAPPENINGS: ReadonlySet<number> = new Set([4, 11, 19, 22, 26]);
/** Senses of a word used, most frequent first: rarer senses are rarely what a question means. */
export const MAX_SENSES = 3;
/** Narrower synsets taken per sense: a general word has hundreds ("work" has 40). */
const MAX_HYPONYMS = 12;

/** `only`: the word's senses of that part of speech alone, when the question says which it is. */
export function relatedWords(wordnet: WordNet, word: string, only?: PartOfSpeech): RelatedWord[] {
  const weights = new Map<string, number>();
  // Index keys the relation table gave with its words.
  const terms = new Map<string, string | null>();
  const add = (candidate: string, weight: number): void => {
    // Phrases ("heat_pump") are not one index term; searching their words apart is too loose.
    if (candidate.includes('_') || candidate === word) return;
    if ((weights.get(candidate) ?? 0) < weight) weights.set(candidate, weight);
  };
  // Each derived form of the word's noun senses, with the share of its uses those senses have.
  const derivedShare = new Map<string, number>();
  for (const { entry, sense, share } of commonSenses(wordnet, word, only)) {
    // A relation counts as much as the sense is likely what the question means ("put" as
    // "place" in most uses, as "frame in words" in a few).
    const likely = share;
    const ofSense = new Set<string>();
    const weigh = (related: string, relation: Relation): void => {
      add(related, KIND_WEIGHTS[relation] * likely);
      if (relation === HAPPENING_DERIVED && !ofSense.has(related)) {
        ofSense.add(related);
        derivedShare.set(related, (derivedShare.get(related) ?? 0) + likely);
      }
    };
    const fromTable = wordnet.relatedFromTable(entry, sense, (related, relation, term) => {
      terms.set(related, term);
      weigh(related, relation);
    });
    if (!fromTable) readRelated(wordnet, entry, sense, weigh);
  }
  // A noun's own verb (OWN_VERB_WEIGHT), before its forms below are added ("died").
  for (const [related, derived] of derivedShare) {
    if (derived >= OWN_VERB_SHARE && wordnet.lookup(related).some((entry) => entry.pos === 'verb' && entry.lemma === related)) add(related, OWN_VERB_WEIGHT);
  }
  // The stemmer leaves irregular forms apart ("children" is no "child"): a related word is
  // searched in them too ("kid" finds a claim about children).
  for (const [related, weight] of [...weights]) for (const form of irregularForms(related)) add(form, weight);
  // Nor some regular ones ("die" is keyed die, "died" di: stemmedApart.ts): a related verb is
  // searched in them too ("pass away" reaches die, and a claim's "died").
  for (const [related, weight] of [...weights]) for (const form of formsStemmedApart(wordnet, related, 'verb')) add(form, weight);
  // By push from a literal (not a spread and .map): with related words or none, one kind of
  // array to V8, so the code compiled for the callers' loops over it lasts.
  const found: RelatedWord[] = [];
  for (const [related, weight] of weights) {
    const known = terms.get(related);
    const term = known === undefined ? relatedTerm(related) : known;
    found.push({ word: related, weight, term });
    // Not the parts of the word itself hyphenated ("on-line" for "online": "line" is no online),
    // nor those after a prefix (PREFIXES).
    if (related.includes('-') && term !== normalizeTerm(word) && !PREFIXES.has(related.slice(0, related.indexOf('-')).toLowerCase())) {
      for (const part of related.split('-')) {
        if (part.length >= MIN_PART_LENGTH && part !== word) found.push({ word: part, weight: weight * HYPHEN_PART_WEIGHT, term: normalizeTerm(part) });
      }
    }
  }
  return found;
}

/**
 * A related word's index key. The index splits text at hyphens, so a word WordNet writes with
 * one ("co-worker", "on-line", "fire-eater") was never a key: a large library's search looked it
 * up and found nothing, a small one's split it again into parts weighed 0 that still counted as
 * words of the question. It is searched closed up, as text also writes it ("coworker"), and each
 * part of 3 letters or more at HYPHEN_PART_WEIGHT of it, for the same question word
 * (relatedWords), unless closed up it is the question's word or it opens with a prefix (PREFIXES).
 */
export function relatedTerm(word: string): string | null {
  return normalizeTerm(word.includes('-') ? word.replaceAll('-', '') : word);
}

/** A hyphenated related word's part ("worker" of "co-worker"): the word, but not its parts side by side, as a split compound's (expandQuestion.ts). */
export const HYPHEN_PART_WEIGHT = 0.5;
/** Shorter parts ("co", "e", "in") say nothing alone. */
const MIN_PART_LENGTH = 3;
/**
 * Prefixes after which a hyphenated word's parts are not searched: one that negates the rest
 * ("non-poisonous" for "nontoxic", "non-profit-making" and "not-for-profit" for "nonprofit" are
 * no "poisonous" nor "profit") or binds it ("self-employed", "post-war", "multi-ethnic"), alone saying as little as
 * "co" does.
 */
const PREFIXES: ReadonlySet<string> = new Set(['non', 'not', 'anti', 'un', 'dis', 'counter', 'pre', 'sub', 'semi', 'self', 'post', 'mid', 'multi']);

/** Each relation's weight by its number (Relation). */
const KIND_WEIGHTS = [RELATION_WEIGHTS.synonym, RELATION_WEIGHTS.derived, RELATION_WEIGHTS.hyponym, RELATION_WEIGHTS.derived] as const;

/**
 * The words one sense of an entry relates, in the order relatedWords weighs them, each with its
 * relation: its synset's words, then per pointer in file order the derivationally related form
 * of the entry's own word (HAPPENING_DERIVED for a noun sense naming what happens), the first word of a synset the verb causes and that word's derived
 * forms that mostly mean it (causedDerivedForms), and the words of its first MAX_HYPONYMS
 * narrower synsets. Read from the files; WordNet.eachRelated reads the same from a relation
 * table when it has one (relationTable.ts), which is built by this function.
 */
export function readRelated(wordnet: WordNet, entry: IndexEntry, sense: number, add: (word: string, relation: Relation) => void): void {
  const synset = wordnet.synset(entry.pos, entry.senses[sense] as number);
  if (!synset) return;
  for (const synonym of synset.words) add(synonym, SYNONYM);
  // Index lemmas are in lower case; a synset keeps a name's capitals ("US": wordNet.ts).
  const own = synset.words.findIndex((word) => word.toLowerCase() === entry.lemma) + 1;
  let hyponyms = 0;
  for (const pointer of synset.pointers) {
    if (pointer.symbol === '+' && pointer.source === own) {
      const related = pointedWord(wordnet, pointer);
      if (related) add(related, synset.pos === 'noun' && HAPPENINGS.has(synset.lexFile) ? HAPPENING_DERIVED : DERIVED);
    } else if (pointer.symbol === '>') {
      // What the verb causes ("kill" > die): the caused synset's first word and its derived forms
      // (death); its other words are looser ("go", "pass").
      const caused = wordnet.synset(pointer.pos, pointer.offset);
      const head = caused?.words[0];
      if (caused === null || head === undefined) continue;
      add(head, DERIVED);
      for (const related of causedDerivedForms(wordnet, caused)) add(related, DERIVED);
    } else if ((pointer.symbol === '~' || pointer.symbol === '~i') && hyponyms < MAX_HYPONYMS) {
      hyponyms++;
      for (const narrower of wordsOf(wordnet.synset(pointer.pos, pointer.offset))) add(narrower, HYPONYM);
    }
  }
}

/**
 * The derived forms of a caused synset's first word that mean, in most of their uses, the sense
 * the pointer leads to ("die" + death): "lower" causes descend, whose "descendant" and "descent"
 * are mostly a person and an ancestry, and were searched for "lower" as much as "lowering" was.
 */
function causedDerivedForms(wordnet: WordNet, caused: Synset): string[] {
  const pointed = new Map<string, Set<string>>();
  for (const derived of caused.pointers) {
    if (derived.symbol !== '+' || derived.source !== 1) continue;
    const related = pointedWord(wordnet, derived);
    if (related === undefined) continue;
    const senses = pointed.get(related) ?? new Set<string>();
    senses.add(senseKey(derived.pos, derived.offset));
    pointed.set(related, senses);
  }
  const kept: string[] = [];
  for (const [related, senses] of pointed) {
    // Every part of speech together, the word's own entries alone (not those of a base form its lookup reaches).
    const entries = wordnet.lookup(related).filter((entry) => entry.lemma === related.toLowerCase());
    if (shareOfUses(wordnet, entries, (entry, offset) => senses.has(senseKey(entry.pos, offset))) >= CAUSED_DERIVED_SHARE) kept.push(related);
  }
  return kept;
}

/** The least share of its uses a caused verb's derived form has in the sense pointed at: most of them. */
const CAUSED_DERIVED_SHARE = 0.5;

/**
 * How a word is related to a sense: one of its synonyms, its derived form, a narrower term, or the
 * derived form of a noun sense naming what happens (HAPPENINGS: a derived form, read for a noun's
 * own verb too). Two bits in a relation table.
 */
export type Relation = 0 | 1 | 2 | 3;
export const SYNONYM = 0;
export const DERIVED = 1;
export const HYPONYM = 2;
export const HAPPENING_DERIVED = 3;

interface Sense {
  entry: IndexEntry;
  /** Its place among the entry's senses. */
  sense: number;
  /** Its share of the word's uses in WordNet's tagged corpus, all parts of speech together. */
  share: number;
}

/** The word's most frequent senses, across its parts of speech, most frequent first. */
function commonSenses(wordnet: WordNet, word: string, only?: PartOfSpeech): Sense[] {
  const senses: (Sense & { count: number })[] = [];
  for (const entry of wordnet.lookup(word)) {
    if (only !== undefined && entry.pos !== only) continue;
    const counts = wordnet.tagCountsOf(entry);
    counts.forEach((count, i) => senses.push({ entry, sense: i, share: 0, count: senseCount(count, i) }));
  }
  const total = senses.reduce((sum, sense) => sum + sense.count, 0);
  // By push from a literal (not `.map`): with senses or none, one kind of array to V8, so the
  // code compiled for relatedWords' loop over it lasts.
  const common: Sense[] = [];
  for (const { count, ...sense } of senses.sort((a, b) => b.count - a.count).slice(0, MAX_SENSES)) common.push({ ...sense, share: count / total });
  return common;
}

/**
 * The senses of one entry relatedWords can use, by their place among its senses: a word's most
 * common senses across its entries are each among the most common of its own entry, so a
 * relation table keeps the relations of these alone.
 */
export function commonSensesOfEntry(counts: readonly number[]): number[] {
  return counts
    .map((count, i) => ({ i, count: senseCount(count, i) }))
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_SENSES)
    .map(({ i }) => i);
}

/**
 * How often the entry's `i`-th sense counts as seen, to rank senses by: ties keep WordNet's own
 * order (its senses are listed most frequent first). One rule for a word's senses and for an
 * entry's, so that the table's entries hold every sense a word may rank among its first.
 */
function senseCount(count: number, i: number): number {
  return count + UNSEEN_COUNT - i * 1e-6;
}

/** What a relation table replays of this file: a table built by other code or settings is not used. */
export function relationSourceKey(): string {
  return [readRelated, pointedWord, causedDerivedForms, shareOfUses, CAUSED_DERIVED_SHARE, [...HAPPENINGS].join(), commonSensesOfEntry, senseCount, relatedTerm, MAX_HYPONYMS, MAX_SENSES, UNSEEN_COUNT, termSourceKey()].map(String).join('\n');
}

/** The word a word-to-word pointer leads to (a derived form: "kill" + killing), if its synset reads. */
function pointedWord(wordnet: WordNet, pointer: Pointer): string | undefined {
  return wordnet.synset(pointer.pos, pointer.offset)?.words[pointer.target - 1];
}

function wordsOf(synset: Synset | null): string[] {
  return synset ? synset.words : [];
}
