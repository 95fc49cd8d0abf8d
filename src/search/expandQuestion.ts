// Other words to search a question by, each counting less than the question's own: what WordNet
// relates to each word (wordnet/relatedWords.ts), the hand-made chat synonyms for words WordNet
// lacks (synonyms.ts), the aliases the reports define themselves (aliases.ts), compounds
// written the other way (compoundWords.ts), a noun's irregular other number ("children",
// irregularForms.ts), a word's regular forms the stemmer keys apart ("die" -> died,
// wordnet/stemmedApart.ts), a named place's adjective and an adjective's place ("Estonia" -> Estonian,
// wordnet/placeWords.ts), an adjective's comparative and superlative ("poor" -> poorer, poorest), and
// what WordNet relates to a phrase of the question's words ("ocean floor" -> seabed) or to two
// written with a hyphen, as the one word WordNet writes them as ("grown-ups" -> adult; a letter
// and a word too, "U-boats" -> submarine). Every
// expansion names the question word it stands for, so a claim that says the same thing in other
// words counts as matching that word once, however many of its synonyms it uses.
// A phrase WordNet has as a verb (a verb and its particle: "split up" -> divorce, "let off" ->
// exempt, "goes up" as go up -> rise) stands for its verb, at a word's weight. "Take" in a question
// asking how long is searched as took and taken too (partOfSpeech.ts tookTerms). How a word is read
// by its part of speech (a noun after "a", a verb after "they", an adjective's degrees) is
// partOfSpeech.ts's. A verb phrase WordNet lacks is searched one way, by the words reports write for
// it (synonyms.ts ONE_WAY: "came up with" -> devised, invented).

import { joinedWords, splitWord, type CompoundTerm } from './compoundWords.js';
import { decadeYears } from './decadeYears.js';
import { acronymSingular, foldTerm, normalizeTerm } from './normalizeTerm.js';
import { phraseSynonymsFor, synonymsFor } from './synonyms.js';
import { tokenize } from './tokenize.js';
import { relatedWords } from './wordnet/relatedWords.js';
import { RememberedPerReader } from './wordnet/rememberedPerReader.js';
import { loadRelationTable } from './wordnet/relationTableFile.js';
import { otherNumber } from './irregularForms.js';
import { comparedTerms, inDegreeTerms, mayEndVerbPhrase, nounNext, nounOrVerbOnly, nounTerms, pastFormTerms, tookTerms, verbNext, verbTerms } from './partOfSpeech.js';
import { placeWords, type Typed } from './wordnet/placeWords.js';
import { fromWordNet, rememberedRelated, type RelatedTerm } from './wordnet/rememberedRelated.js';
import { sharedWordNet } from './wordnet/sharedWordNet.js';
import { hyphenatedPairs, hyphenatedSpellings } from './wordnet/hyphenatedWords.js';
import { formsStemmedApart } from './wordnet/stemmedApart.js';
import { baseForms, type WordNet } from './wordnet/wordNet.js';

export interface Expansion {
  /** An index key (normalized word), never one of the question's own. */
  term: string;
  /** Multiplies its score; the question's own words count 1. */
  weight: number;
  /** The question's index key it stands for. */
  source: string;
  /**
   * Searched only when no claim has the question word itself (a part of a split compound:
   * "heatwaves" is searched as heat and wave only in a library that never writes "heatwaves").
   */
  unlessSourceIndexed?: true;
}

/** Names the reports give one thing (aliases.ts). */
export interface AliasLookup {
  othersOf(terms: readonly string[]): { term: string; source: string; of: number; gloss?: true; compound?: true }[];
  /** Changes whenever the names do: a question's expansions are remembered until then. */
  readonly version?: number;
}

/** How much the hand-made chat synonyms count. */
export const SYNONYM_WEIGHT = 0.3;
/**
 * How much a report's specific term counts for an everyday word of its WordNet definition or one
 * of its broader terms ("seaweed" -> kelp, "creatures" -> tardigrades: glossedTerms.ts): the word
 * may mean the term, or any other thing of its kind. Chosen among 0.1, 0.2, 0.3 and 0.5
 * (eval/README.md, twenty-sixth session, rank28).
 */
export const GLOSS_WEIGHT = 0.2;
/**
 * How much a claim's compound counts for a question word that is one of its parts ("born" ->
 * newborn, "ground" -> underground: claimCompounds.ts): the word inside another thing's name,
 * less than a split compound's part. Chosen between 0.3 and 0.5 (eval/README.md, forty-sixth
 * session, rank48).
 */
export const COMPOUND_PART_WEIGHT = 0.3;
/** How much a report's own alias counts: the report says it is the same thing. */
export const ALIAS_WEIGHT = 0.8;
/**
 * Expansions kept per question, the heaviest first: each is looked up in the index, and a
 * question of ten words can have hundreds (most of them narrow terms at 0.1).
 */
export const MAX_EXPANSIONS = 48;
/** Lighter expansions are dropped: a rare sense's narrow term only adds unrelated matches. */
export const MIN_WEIGHT = 0.05;
/**
 * A noun in its irregular other number ("child" as "children"): the same word, which the stemmer
 * leaves apart, so it is searched as the word itself. The answer models still count a claim that
 * has only the other number as having the word in other words (questionCoverage's typed share is
 * the words as typed). A few of the nouns are verbs too ("man the desk", "foot the bill"), and are
 * then searched as men and feet all the same: rarely asked so.
 */
export const OTHER_NUMBER_WEIGHT = 1;
/**
 * How much a WordNet phrase of two or three question words passes on of its related words ("ocean
 * floor" -> seabed, "tower blocks" -> high-rise), against a word's own: the words may not be meant
 * as the phrase ("free lunch" is also an idiom). Each counts for the phrase's last word.
 */
export const PHRASE_WEIGHT = 0.5;
/**
 * How much a phrase WordNet has as a verb passes on ("split up" -> divorce, "let off" -> exempt,
 * "went down" as go down): a verb with its particle is one verb, as much as the verb alone is a
 * word, so its related words count for the verb (the phrase's first word) as the verb's own do.
 * Read for the particle, a claim saying "divorce" would match the question's "up" and leave its
 * "split" unmatched; at a noun phrase's weight, or not looked up, fewer development sets rose
 * (eval/README.md, twenty-fourth session, rank26).
 */
export const VERB_PHRASE_WEIGHT = 1;
/** The longest phrase looked up, in words. */
const MAX_PHRASE_WORDS = 3;
/**
 * A named place for its adjective and the adjective for the place ("Estonia" as Estonian,
 * "Bangladeshi" as Bangladesh: wordnet/placeWords.ts): nearly the same word, but "American" is as
 * often the United States, "Indian" the Native Americans. Chosen leaving each set out among 0.3,
 * 0.5, 0.8 and 1 (0.5 in every fold; eval/README.md, twenty-second session).
 */
export const PLACE_WEIGHT = 0.5;
/**
 * A word's regular form the stemmer keys apart from it ("died" di, "die" die; "gases" gase, "gas"
 * ga: wordnet/stemmedApart.ts): the same word, searched as the word itself.
 */
export const STEMMED_APART_WEIGHT = 1;
/**
 * A year of a decade the question names ("the 1990s" as 1994: decadeYears.ts): what the decade
 * holds, one year of ten, so searched at half a word's weight; the least weight at which an
 * expansion counts as the word itself in a claim's coverage (questionCoverage.ts), as a claim
 * dating the thing asked in the decade answers it.
 */
export const DECADE_YEAR_WEIGHT = 0.5;
/** Two question words as one word ("heat waves" as "heatwaves"): the same thing, written apart. */
export const JOINED_WEIGHT = 0.8;
/** Each part of a split compound ("heatwaves" as heat and wave): the two words, but not side by side. */
export const SPLIT_WEIGHT = 0.5;

export interface ExpandOptions {
  /** WordNet's related words (false: none). The hand lists stay: synonyms, irregular plurals, aliases, compounds. */
  wordnet?: boolean;
  aliases?: AliasLookup;
}

/**
 * The expansions of a question's text (as typed), heaviest first. An answer asks twice (to
 * search, then to judge whether the claims found answer): the last question's are remembered.
 * The result is shared: do not change it.
 */
export function expandQuestion(text: string, { wordnet = true, aliases }: ExpandOptions = {}): Expansion[] {
  const reader = wordnet ? sharedWordNet() : null;
  const last = lastExpanded;
  if (last && last.text === text && last.reader === reader && last.aliases === aliases && aliases?.version !== undefined && last.aliasVersion === aliases.version) {
    return last.expansions;
  }
  const expansions = expandNow(text, reader, aliases);
  // Remembered only when the aliases say when they change (a version), or there are none.
  lastExpanded = aliases === undefined || aliases.version !== undefined ? { text, reader, aliases, aliasVersion: aliases?.version, expansions } : null;
  return expansions;
}

let lastExpanded: { text: string; reader: WordNet | null; aliases: AliasLookup | undefined; aliasVersion: number | undefined; expansions: Expansion[] } | null = null;

function expandNow(text: string, reader: WordNet | null, aliases: AliasLookup | undefined): Expansion[] {
  const words = tokenize(text);
  const terms = words.flatMap((word) => normalizeTerm(word) ?? []);
  const own = new Set(terms);
  const best = new Map<string, Expansion>();

  words.forEach((word, i) => {
    const source = normalizeTerm(word);
    const folded = foldTerm(word);
    if (source === null || folded === null) return;
    for (const other of otherNumber(folded)) addExpansion(best, own, normalizeTerm(other), OTHER_NUMBER_WEIGHT, source);
    const singular = acronymSingular(word);
    if (singular !== null) addExpansion(best, own, singular, OTHER_NUMBER_WEIGHT, source);
    if (reader && EXPANDABLE.test(folded)) {
      for (const form of rememberedRelated(stemmedApartOf, reader, folded, readStemmedApart)) addExpansion(best, own, form.term, STEMMED_APART_WEIGHT, source);
      const places = PLACES[CAPITALISED.test(word) ? 'capitalised' : 'lowercase'];
      for (const place of rememberedRelated(places.remembered, reader, folded, places.read)) addExpansion(best, own, place.term, place.weight, source);
      const noun = nounNext(words, i) && nounOrVerbOnly(reader, folded);
      const verb = !noun && verbNext(words, i) && nounOrVerbOnly(reader, folded);
      for (const related of noun ? nounTerms(reader, folded) : verb ? verbTerms(reader, folded) : relatedTerms(reader, folded)) addExpansion(best, own, related.term, related.weight, source);
    }
  });
  if (reader) {
    // By push from a literal (not `.map`): V8's optimized `.map` makes another kind of array
    // than the unoptimized one, and the code compiled for the phrases' slices of it was thrown away.
    const folded: (string | null)[] = [];
    for (const word of words) folded.push(foldTerm(word));
    const hyphenated = hyphenatedPairs(text, words);
    for (let end = 1; end < words.length; end++) {
      const source = normalizeTerm(words[end] as string);
      // A verb's last word may be a stop word ("get rid of" -> remove, eliminate; "made it" as
      // make it -> survive; "goes on" as go on -> continue): such a phrase is read only as a
      // verb, standing for its verb (the index has no "of" for it to stand for).
      const particle = source === null ? (words[end] as string).toLowerCase() : null;
      if (source === null && (particle === null || !PHRASE_PART.test(particle))) continue;
      // The next word read only where there is one: a read past the array's end, met first in a
      // person's question ending with a stop word ("what is it made of?"), threw away the code V8
      // had compiled for expandNow (bench/README.md, fifty-fifth session).
      const next = end + 1 < words.length ? (words[end + 1] as string) : '';
      if (particle !== null && !mayEndVerbPhrase(particle, next.toLowerCase())) continue;
      for (let start = Math.max(0, end - MAX_PHRASE_WORDS + 1); start < end; start++) {
        const parts = folded.slice(start, end + 1);
        if (particle !== null) parts[parts.length - 1] = particle;
        // A letter before a hyphen is no word to the index, but part of the one WordNet may have
        // ("U-boats" as U-boat, a submarine; "X-ray"): looked up as such a word alone.
        const letter = end === start + 1 && hyphenated.has(start) && ONE_LETTER.test(words[start] as string);
        if (letter) parts[0] = (words[start] as string).toLowerCase();
        // A stop word inside ends the phrase: "out of business" is not looked up (the index has no "of").
        if (!parts.every((part, i) => part !== null && (PHRASE_PART.test(part) || (letter && i === 0)))) continue;
        const phrase = phraseTerms(reader, parts.join('_'));
        // Two words written with a hyphen that WordNet has as no phrase: the one word it writes them as.
        const asWord = end === start + 1 && hyphenated.has(start) && phrase.terms.length === 0 ? hyphenatedWordTerms(reader, parts as string[]) : null;
        const { verb, terms } = asWord ?? phrase;
        // That word closed up is searched as the joined compound already, at JOINED_WEIGHT.
        const solid = asWord === null ? null : normalizeTerm(parts.join(''));
        const verbSource = verb ? normalizeTerm(words[start] as string) : null;
        const stands = verbSource ?? source;
        if (stands === null) continue;
        for (const related of terms) {
          if (related.term !== solid) addExpansion(best, own, related.term, related.weight * (verb ? VERB_PHRASE_WEIGHT : PHRASE_WEIGHT), stands);
        }
      }
    }
  }
  // A long name's words share its weight: "BESS" is as much "battery energy storage systems" as
  // each of those words alone is not.
  const glossed: { term: string; source: string; weight: number }[] = [];
  for (const alias of aliases?.othersOf(terms) ?? []) {
    if (alias.gloss || alias.compound) glossed.push({ term: alias.term, source: alias.source, weight: alias.compound ? COMPOUND_PART_WEIGHT : GLOSS_WEIGHT });
    else addExpansion(best, own, alias.term, ALIAS_WEIGHT / Math.sqrt(alias.of), alias.source);
  }
  for (const { term, source } of synonymsFor(terms)) addExpansion(best, own, term, SYNONYM_WEIGHT, source);
  for (const { term, source, weight } of phraseSynonymsFor(text)) addExpansion(best, own, term, weight ?? SYNONYM_WEIGHT, source);
  const kept = [...best.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_EXPANSIONS);
  // Compounds are a word or two per question word, so they take no place of the related words.
  const compounds = new Map<string, Expansion>();
  const keptTerms = new Set(kept.map((expansion) => expansion.term));
  const addCompound = (term: string, weight: number, source: string, unlessSourceIndexed: boolean): void => {
    if (own.has(term) || keptTerms.has(term) || compounds.has(term)) return;
    compounds.set(term, { term, weight, source, unlessSourceIndexed: unlessSourceIndexed ? true : undefined });
  };
  for (const { term, source } of joinedWords(words)) addCompound(term, JOINED_WEIGHT, source, false);
  // A decade's years, ten at most: outside MAX_EXPANSIONS too, each a year a claim may date by.
  for (const { term, source } of decadeYears(words)) addCompound(term, DECADE_YEAR_WEIGHT, source, false);
  // Outside MAX_EXPANSIONS as compounds are: a few a question, each a term the library has.
  for (const { term, source, weight } of glossed.sort((a, b) => b.weight - a.weight)) addCompound(term, weight, source, false);
  if (reader) {
    words.forEach((word, i) => {
      const folded = foldTerm(word);
      const source = normalizeTerm(word);
      if (folded === null || source === null || !EXPANDABLE.test(folded)) return;
      for (const form of comparedTerms(reader, folded)) {
        if (form.term !== null) addCompound(form.term, form.weight, source, false);
      }
      for (const form of pastFormTerms(reader, words, i, folded)) {
        if (form.term !== null) addCompound(form.term, form.weight, source, false);
      }
      for (const form of tookTerms(words, i, folded)) {
        if (form.term !== null) addCompound(form.term, form.weight, source, false);
      }
      for (const form of inDegreeTerms(reader, folded)) {
        if (form.term !== null && form.weight >= MIN_WEIGHT) addCompound(form.term, form.weight, source, false);
      }
    });
    for (const word of words) {
      for (const { term, source } of splitTerms(reader, word)) addCompound(term, SPLIT_WEIGHT, source, true);
    }
  }
  return compounds.size === 0 ? kept : [...kept, ...compounds.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * Keeps `term` at `weight` for `source` among the expansions found (`best`), unless it is one of
 * the question's own terms, too light, or kept heavier already. A function of the module, not a
 * closure per question: the phrases' call of it runs in few questions, and V8 compiled that call
 * for one question's closure and threw the code away at the next's.
 */
function addExpansion(best: Map<string, Expansion>, own: ReadonlySet<string>, term: string | null, weight: number, source: string): void {
  if (term === null || own.has(term) || weight < MIN_WEIGHT) return;
  const known = best.get(term);
  // Every expansion one shape (unlessSourceIndexed given, undefined but for compounds' parts).
  if (!known || known.weight < weight) best.set(term, { term, weight, source, unlessSourceIndexed: undefined });
}

/**
 * What WordNet relates to a folded word, as index keys (null where a related word is a stop
 * word), in relatedWords' order. Remembered per word: a word read from WordNet costs dozens of
 * file reads and each related word a stemming, and chat questions keep using the same words.
 */
function relatedTerms(reader: WordNet, folded: string): readonly RelatedTerm[] {
  return rememberedRelated(relatedOf, reader, folded, readRelated);
}

function readRelated(reader: WordNet, folded: string): readonly RelatedTerm[] {
  return fromWordNet(reader, () => relatedWords(reader, folded));
}

/**
 * What WordNet relates to two words written with a hyphen, read as the one word WordNet writes
 * them as, with the hyphen or solid ("full-grown"; "grown-ups" as grownup -> adult), as
 * phraseTerms reads a phrase; null when it has neither.
 */
function hyphenatedWordTerms(reader: WordNet, parts: readonly string[]): PhraseReading | null {
  for (const spelling of hyphenatedSpellings(parts)) {
    const word = phraseTerms(reader, spelling);
    if (word.terms.length > 0) return word;
  }
  return null;
}

/** What WordNet relates to a phrase, and whether WordNet has it as a verb (a verb and its particle). */
interface PhraseReading {
  verb: boolean;
  terms: readonly RelatedTerm[];
}

/**
 * What WordNet relates to a phrase ("ocean_floor"), as relatedTerms does for a word; none when
 * WordNet lacks it. A verb with an inflection is read by its verb's base forms, as WordNet's
 * morphy reads a collocation ("goes_up" as go_up, "went_down" as go_down: the lookup detaches
 * endings from a phrase's last word alone). Remembered per phrase: most pairs of question words
 * are no phrase, and are asked again.
 */
function phraseTerms(reader: WordNet, phrase: string): PhraseReading {
  return phraseOf.remembered(reader, phrase, readPhrase);
}

function readPhrase(reader: WordNet, phrase: string): PhraseReading {
  const related = (key: string): readonly RelatedTerm[] => copiedRelatedTerms(fromWordNet(reader, () => relatedWords(reader, key)));
  const entries = fromWordNet(reader, () => reader.lookup(phrase));
  if (entries.length > 0) return { verb: entries.some((entry) => entry.pos === 'verb'), terms: related(phrase) };
  const [verb, ...rest] = phrase.split('_');
  for (const base of baseForms(verb as string, 'verb')) {
    const key = [base, ...rest].join('_');
    if (fromWordNet(reader, () => reader.lookup(key)).some((entry) => entry.pos === 'verb')) return { verb: true, terms: related(key) };
  }
  return NO_PHRASE;
}

/**
 * Related words as terms, by push from a literal (as rememberedRelated copies them; not `.map`):
 * one kind of array to V8 for every phrase with terms, so the code compiled for expandNow's loop
 * over them lasts.
 */
function copiedRelatedTerms(words: readonly RelatedTerm[]): readonly RelatedTerm[] {
  if (words.length === 0) return NO_TERMS;
  const terms: RelatedTerm[] = [];
  for (const { term, weight } of words) terms.push({ term, weight });
  return terms;
}

/**
 * No terms, as an array of the kind a filled one is (an empty literal is another to V8, and
 * phrases read early are remembered with theirs): sliced from one that held a term.
 */
const NO_TERMS: readonly RelatedTerm[] = [{ term: null, weight: 0 }].slice(1);

const NO_PHRASE: PhraseReading = { verb: false, terms: NO_TERMS };

/**
 * The parts a question word splits into (compoundWords.ts's splitWord), remembered per word as
 * typed: splitting a word WordNet lacks looks up each way of cutting it, and every question
 * asked it of every word.
 */
function splitTerms(reader: WordNet, word: string): readonly CompoundTerm[] {
  return splitOf.remembered(reader, word, readSplit);
}

function readSplit(reader: WordNet, word: string): readonly CompoundTerm[] {
  return fromWordNet(reader, () => splitWord(reader, word));
}

const splitOf = new RememberedPerReader<readonly CompoundTerm[]>();

function readStemmedApart(reader: WordNet, folded: string): readonly RelatedTerm[] {
  const terms: RelatedTerm[] = [];
  for (const form of fromWordNet(reader, () => formsStemmedApart(reader, folded))) terms.push({ term: normalizeTerm(form), weight: STEMMED_APART_WEIGHT });
  return terms;
}

const stemmedApartOf = new RememberedPerReader<readonly RelatedTerm[]>();

/**
 * A named place's adjective or an adjective's place ("Estonia" -> estonian), as index keys at
 * PLACE_WEIGHT, read and remembered apart by how the word was typed: "Polish" and "polish" are
 * not read alike (placeWords).
 */
function placesTyped(typed: Typed): { remembered: RememberedPerReader<readonly RelatedTerm[]>; read: (reader: WordNet, folded: string) => readonly RelatedTerm[] } {
  return {
    remembered: new RememberedPerReader<readonly RelatedTerm[]>(),
    read: (reader, folded) => fromWordNet(reader, () => placeWords(reader, folded, typed)).map((word) => ({ term: normalizeTerm(word), weight: PLACE_WEIGHT })),
  };
}
const PLACES = { capitalised: placesTyped('capitalised'), lowercase: placesTyped('lowercase') } as const;

/** A word typed with a capital: a name ("Polish", "China"), or the question's first word. */
const CAPITALISED = /^\p{Lu}/u;
const phraseOf = new RememberedPerReader<PhraseReading>();
const relatedOf = new RememberedPerReader<readonly RelatedTerm[]>();

/**
 * Words WordNet relates meanings to: letters only, 3 or more. A number or a code ("1" in
 * "GLP-1", "2030") names itself; WordNet reads "1" as "one", "ace", "unity".
 */
const EXPANDABLE = /^\p{L}{3,}$/u;
/** A word of a phrase WordNet may have: letters only ("carbon 14" is no phrase looked up). */
const PHRASE_PART = /^\p{L}{2,}$/u;
/** One letter, as before a hyphen in "U-boat", "X-ray", "e-scooter". */
const ONE_LETTER = /^\p{L}$/u;

/**
 * Readies the shared WordNet in the background (at start, while reports load), so a bot's first
 * question does not pay for it: its relation table when `cacheDir` holds one (then its index
 * files are never read), else its index files; a failure is left to the first lookup to meet.
 */
export async function preloadWordNet(cacheDir: string | null = null): Promise<void> {
  if (cacheDir !== null && (await useRelationTable({ cacheDir, build: false }))) return;
  await sharedWordNet()
    ?.preload()
    .catch(() => undefined);
}

/**
 * Gives the shared WordNet its relation table (relationTableFile.ts): read from `cacheDir`, or
 * with `build` built in a child process (and saved there). Answers are the same with it, only a
 * word never met before costs less. True once it has one; false without WordNet, without a table
 * to read when `build` is false, or when building failed (the files are read as before).
 */
export async function useRelationTable({ cacheDir, build }: { cacheDir: string | null; build: boolean }): Promise<boolean> {
  const reader = sharedWordNet();
  if (reader === null) return false;
  if (reader.hasTable) return true;
  try {
    const table = await loadRelationTable(reader.dir, cacheDir, build);
    if (table === null || sharedWordNet() !== reader) return false;
    if (!reader.hasTable) reader.useTable(table);
    return true;
  } catch {
    return false;
  }
}
