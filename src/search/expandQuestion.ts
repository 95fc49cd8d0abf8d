// Other words to search a question by, each counting less than the question's own: what WordNet
// relates to each word (wordnet/relatedWords.ts), the hand-made chat synonyms for words WordNet
// lacks (synonyms.ts), the aliases the reports define themselves (aliases.ts), compounds
// written the other way (compoundWords.ts), a noun's irregular other number ("children",
// irregularForms.ts), a named place's adjective and an adjective's place ("Estonia" -> Estonian,
// wordnet/placeWords.ts), an adjective's comparative and superlative ("poor" -> poorer, poorest), and
// what WordNet relates to a phrase of the question's words ("ocean floor" -> seabed). Every
// expansion names the question word it stands for, so a claim that says the same thing in other
// words counts as matching that word once, however many of its synonyms it uses.
// A phrase WordNet has as a verb (a verb and its particle: "split up" -> divorce, "let off" ->
// exempt, "goes up" as go up -> rise) stands for its verb, at a word's weight.

import { AUXILIARY_VERBS, HAVE_FORMS } from './auxiliaryVerbs.js';
import { joinedWords, splitWord, type CompoundTerm } from './compoundWords.js';
import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import { synonymsFor } from './synonyms.js';
import { tokenize } from './tokenize.js';
import { relatedWords } from './wordnet/relatedWords.js';
import { RememberedPerReader } from './wordnet/rememberedPerReader.js';
import { loadRelationTable } from './wordnet/relationTableFile.js';
import { irregularBase, irregularForms, otherNumber } from './irregularForms.js';
import { placeWords, type Typed } from './wordnet/placeWords.js';
import { letSharedWordNetGo, sharedWordNet } from './wordnet/sharedWordNet.js';
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
  othersOf(terms: readonly string[]): { term: string; source: string; of: number; gloss?: true }[];
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
  const add = (term: string | null, weight: number, source: string): void => {
    if (term === null || own.has(term) || weight < MIN_WEIGHT) return;
    const known = best.get(term);
    // Every expansion one shape (unlessSourceIndexed given, undefined but for compounds' parts).
    if (!known || known.weight < weight) best.set(term, { term, weight, source, unlessSourceIndexed: undefined });
  };

  words.forEach((word, i) => {
    const source = normalizeTerm(word);
    const folded = foldTerm(word);
    if (source === null || folded === null) return;
    for (const other of otherNumber(folded)) add(normalizeTerm(other), OTHER_NUMBER_WEIGHT, source);
    if (reader && EXPANDABLE.test(folded)) {
      const places = PLACES[CAPITALISED.test(word) ? 'capitalised' : 'lowercase'];
      for (const place of rememberedRelated(places.remembered, reader, folded, places.read)) add(place.term, place.weight, source);
      const noun = i > 0 && NOUN_NEXT.has((words[i - 1] as string).toLowerCase()) && nounOrVerbOnly(reader, folded);
      const verb = !noun && verbNext(words, i) && nounOrVerbOnly(reader, folded);
      for (const related of noun ? nounTerms(reader, folded) : verb ? verbTerms(reader, folded) : relatedTerms(reader, folded)) add(related.term, related.weight, source);
    }
  });
  if (reader) {
    const folded = words.map((word) => foldTerm(word));
    for (let end = 1; end < words.length; end++) {
      const source = normalizeTerm(words[end] as string);
      // A verb's last word may be a stop word ("get rid of" -> remove, eliminate; "made it" as
      // make it -> survive; "goes on" as go on -> continue): such a phrase is read only as a
      // verb, standing for its verb (the index has no "of" for it to stand for).
      const particle = source === null ? (words[end] as string).toLowerCase() : null;
      if (source === null && (particle === null || !PHRASE_PART.test(particle))) continue;
      // An object pronoun ends a verb only before where it goes ("made it through / out / to the
      // final": survive, arrive); alone it is the thing done: "who made it?" asks the maker.
      if (particle !== null && OBJECT_PRONOUNS.has(particle) && !PARTICLES.has((words[end + 1] ?? '').toLowerCase())) continue;
      for (let start = Math.max(0, end - MAX_PHRASE_WORDS + 1); start < end; start++) {
        const parts = folded.slice(start, end + 1);
        if (particle !== null) parts[parts.length - 1] = particle;
        // A stop word inside ends the phrase: "out of business" is not looked up (the index has no "of").
        if (!parts.every((part) => part !== null && PHRASE_PART.test(part))) continue;
        const { verb, terms } = phraseTerms(reader, parts.join('_'));
        const verbSource = verb ? normalizeTerm(words[start] as string) : null;
        const stands = verbSource ?? source;
        if (stands === null) continue;
        for (const related of terms) add(related.term, related.weight * (verb ? VERB_PHRASE_WEIGHT : PHRASE_WEIGHT), stands);
      }
    }
  }
  // A long name's words share its weight: "BESS" is as much "battery energy storage systems" as
  // each of those words alone is not.
  const glossed: { term: string; source: string }[] = [];
  for (const alias of aliases?.othersOf(terms) ?? []) {
    if (alias.gloss) glossed.push(alias);
    else add(alias.term, ALIAS_WEIGHT / Math.sqrt(alias.of), alias.source);
  }
  for (const { term, source } of synonymsFor(terms)) add(term, SYNONYM_WEIGHT, source);
  const kept = [...best.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_EXPANSIONS);
  // Compounds are a word or two per question word, so they take no place of the related words.
  const compounds = new Map<string, Expansion>();
  const keptTerms = new Set(kept.map((expansion) => expansion.term));
  const addCompound = (term: string, weight: number, source: string, unlessSourceIndexed: boolean): void => {
    if (own.has(term) || keptTerms.has(term) || compounds.has(term)) return;
    compounds.set(term, { term, weight, source, unlessSourceIndexed: unlessSourceIndexed ? true : undefined });
  };
  for (const { term, source } of joinedWords(words)) addCompound(term, JOINED_WEIGHT, source, false);
  // Outside MAX_EXPANSIONS as compounds are: a few a question, each a term the library has.
  for (const { term, source } of glossed) addCompound(term, GLOSS_WEIGHT, source, false);
  if (reader) {
    for (const word of words) {
      const folded = foldTerm(word);
      const source = normalizeTerm(word);
      if (folded === null || source === null || !EXPANDABLE.test(folded)) continue;
      for (const form of rememberedRelated(comparedOf, reader, folded, comparedForms)) {
        if (form.term !== null) addCompound(form.term, form.weight, source, false);
      }
      if (COMPARED_ENDING.test(folded)) {
        for (const form of rememberedRelated(inDegreeOf, reader, folded, relatedInDegree)) {
          if (form.term !== null) addCompound(form.term, form.weight, source, false);
        }
      }
    }
    for (const word of words) {
      for (const { term, source } of splitTerms(reader, word)) addCompound(term, SPLIT_WEIGHT, source, true);
    }
  }
  return compounds.size === 0 ? kept : [...kept, ...compounds.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * An adjective's comparative or superlative ("poor" as poorer, poorest): the same word, which the
 * stemmer leaves apart, so it is searched as the word itself, as a noun's irregular other number
 * is. Outside MAX_EXPANSIONS, as compounds are: two forms a word, which take no related word's place.
 */
export const COMPARED_WEIGHT = 1;
/**
 * A form WordNet has as an adjective and as another word too counts half: "later" is also the
 * adverb (afterwards: "…later raised to 22 cents" is not late), "latest" the news, "fitter" the
 * trade.
 */
export const COMPARED_OTHER_WORD_WEIGHT = 0.5;
/** Longer adjectives compare with "more" and "most" ("more expensive"). */
const MAX_COMPARED_LENGTH = 7;

/**
 * The comparative and superlative of a word WordNet has as an adjective, spelled as English does
 * ("safe" -> safer, "easy" -> easier, "big" -> bigger), as index keys; none for another word.
 */
function comparedForms(reader: WordNet, folded: string): readonly RelatedTerm[] {
  // A participle ("running", "advised"), an -ic or -al adjective ("plastic", "legal") compares with
  // "more" and "most"; "good" and "bad" have their own forms (better, worst: irregularForms.ts).
  if (folded.length > MAX_COMPARED_LENGTH || NOT_COMPARED.test(folded) || irregularForms(folded).some((form) => irregularBase(form, 'adj') === folded)) return [];
  // Nor does an irregular verb's form WordNet also has as an adjective ("made", "known", "done"):
  // a participle, as "advised" is.
  if (irregularBase(folded, 'verb') !== undefined) return [];
  const isAdjective = fromWordNet(reader, () => reader.lookup(folded)).some((entry) => entry.pos === 'adj' && entry.lemma === folded);
  if (!isAdjective) return [];
  // One syllable ending in a vowel and a consonant doubles it: "big" -> bigger, "solid" -> solider;
  // a y after a consonant is an i: "easy" -> easier, "grey" -> greyer.
  const doubled = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(folded);
  const stem = doubled ? folded + folded.slice(-1) : folded.endsWith('e') ? folded.slice(0, -1) : /[^aeiou]y$/.test(folded) ? `${folded.slice(0, -1)}i` : folded;
  const forms: RelatedTerm[] = [];
  for (const form of [`${stem}er`, `${stem}est`]) {
    // "offer" is no comparative of "off", nor "number" of "numb": a form WordNet has as another
    // word and not as an adjective is that other word, an adverb too (searched, "slower",
    // "nearest" and the like had more unanswerable questions answered: eval/README.md, sixteenth
    // session).
    const kinds = new Set(fromWordNet(reader, () => reader.lookup(form)).flatMap((entry) => (entry.lemma === form ? [entry.pos] : [])));
    if (kinds.size === 0 || kinds.has('adj')) forms.push({ term: normalizeTerm(form), weight: kinds.size > 1 ? COMPARED_OTHER_WORD_WEIGHT : COMPARED_WEIGHT });
  }
  return forms;
}

const comparedOf = new RememberedPerReader<readonly RelatedTerm[]>();

/**
 * A comparative's or superlative's related adjectives in its degree ("biggest" as largest, "bigger"
 * as larger), each at its related word's weight times its form's (comparedForms): WordNet has no
 * "biggest", and the stemmer keeps "largest" apart from "large", so a question's "biggest" never
 * reached a claim's "largest" (eval/README.md, thirty-first session, rank33). None for a word that
 * is no comparative or superlative comparedForms would spell.
 */
function relatedInDegree(reader: WordNet, folded: string): readonly RelatedTerm[] {
  const superlative = folded.endsWith('est');
  const own = normalizeTerm(folded);
  const base = comparedBase(reader, folded, own);
  if (base === undefined) return [];
  const found: RelatedTerm[] = [];
  for (const related of fromWordNet(reader, () => relatedWords(reader, base, 'adj'))) {
    for (const form of comparedForms(reader, related.word)) {
      const weight = related.weight * form.weight;
      if (form.term !== null && form.term !== own && weight >= MIN_WEIGHT && form.term.endsWith('est') === superlative) found.push({ term: form.term, weight });
    }
  }
  return found;
}

/**
 * The adjective `folded` is the comparative or superlative of, as comparedForms spells them
 * ("biggest" -> big, "safer" -> safe, "easiest" -> easy); undefined for any other word ("number"
 * is no form of "numb": comparedForms gives none).
 */
function comparedBase(reader: WordNet, folded: string, own: string | null): string | undefined {
  const stem = folded.slice(0, folded.endsWith('est') ? -3 : -2);
  const candidates = [stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(.)\1$/, '$1')];
  return candidates.find((candidate) => candidate.length > 1 && comparedForms(reader, candidate).some((form) => form.term === own));
}

const inDegreeOf = new RememberedPerReader<readonly RelatedTerm[]>();
/** How a comparative or a superlative ends. */
const COMPARED_ENDING = /(?:er|est)$/;
/** Adjectives that compare with "more" and "most" by their ending. */
const NOT_COMPARED = /(?:ing|ed|ic|al)$/;

/**
 * Words after which a word is a noun ("a raise", "fewer wrecks", "their cost"): articles,
 * possessives that are nothing else ("her" is an object too: "help her sleep") and "fewer". There
 * a word WordNet has as a noun and a verb is read by its noun senses alone: by the tagged corpus's
 * counts, over both, a mostly-verb word's noun senses barely count ("a raise" never reached the
 * pay rise, "fewer wrecks" the crash; eval/README.md, fourteenth session).
 */
const NOUN_NEXT = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'its', 'our', 'their', 'fewer']);

/** Whether WordNet has the word as a noun and a verb and as nothing else (an adjective may follow "the"). */
function nounOrVerbOnly(reader: WordNet, folded: string): boolean {
  const kinds = new Set(fromWordNet(reader, () => reader.lookup(folded)).map((entry) => entry.pos));
  return kinds.has('noun') && kinds.has('verb') && kinds.size === 2;
}

/** relatedTerms of a word read as a noun: its noun senses alone, their shares among those. */
function nounTerms(reader: WordNet, folded: string): readonly RelatedTerm[] {
  return rememberedRelated(nounOf, reader, folded, (wordnet, key) => fromWordNet(wordnet, () => relatedWords(wordnet, key, 'noun')));
}

const nounOf = new RememberedPerReader<readonly RelatedTerm[]>();

/**
 * Words after which a word is a verb, as NOUN_NEXT's are before a noun: a pronoun that is only a
 * subject ("do they switch", "can we drop"), "you" where it is the subject (after an auxiliary of
 * the one list, auxiliaryVerbs.ts, a question word or a conjunction: "do you need", "if you
 * switch", "how far you travel"; "charge you fees", "pay you interest" have it as an object),
 * and "to" after a word that takes a verb there ("need to fix", "how to stop", "used to pay";
 * "switch to", "exposure to lead", "going to court" take a noun). There a word WordNet has as a
 * noun and a verb and as nothing else is read by its verb senses alone: a mostly-noun word's verb
 * senses barely count over both ("switch" is a device before it is to shift). "It" is left out:
 * an object as often ("made it work"), and measured it lost a question (eval/README.md,
 * thirty-third session).
 */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'he', 'she']);
const BEFORE_SUBJECT_YOU: ReadonlySet<string> = new Set([
  ...AUXILIARY_VERBS,
  'if', 'when', 'once', 'unless', 'until', 'before', 'after', 'because', 'what', 'where', 'how', 'why', 'which', 'whether', 'that', 'far', 'much', 'many', 'long', 'often', 'more', 'less',
]);
const TO_VERB_AFTER: ReadonlySet<string> = new Set([
  ...HAVE_FORMS,
  'want', 'wants', 'wanted', 'need', 'needs', 'needed', 'able', 'try', 'tries', 'tried', 'trying', 'how', 'used', 'plan',
  'plans', 'planned', 'planning', 'decide', 'decides', 'decided', 'allowed', 'likely', 'meant', 'supposed', 'expected',
]);

/** Whether the i-th word follows a word after which it is a verb (SUBJECT_PRONOUNS, "you" as a subject, TO_VERB_AFTER). */
function verbNext(words: readonly string[], i: number): boolean {
  const previous = i > 0 ? (words[i - 1] as string).toLowerCase() : '';
  const before = i > 1 ? (words[i - 2] as string).toLowerCase() : '';
  if (SUBJECT_PRONOUNS.has(previous)) return true;
  if (previous === 'you') return BEFORE_SUBJECT_YOU.has(before);
  return previous === 'to' && TO_VERB_AFTER.has(before);
}

/** relatedTerms of a word read as a verb: its verb senses alone, their shares among those. */
function verbTerms(reader: WordNet, folded: string): readonly RelatedTerm[] {
  return rememberedRelated(verbOf, reader, folded, (wordnet, key) => fromWordNet(wordnet, () => relatedWords(wordnet, key, 'verb')));
}

const verbOf = new RememberedPerReader<readonly RelatedTerm[]>();

/** A word WordNet relates to a question's word or phrase, as an index key (null for a stop word). */
interface RelatedTerm {
  term: string | null;
  weight: number;
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
  const remembered = phraseOf.of(reader);
  let reading = remembered.get(phrase);
  if (reading === undefined) {
    reading = readPhrase(reader, phrase);
    // A reader that failed is let go (letSharedWordNetGo): what it gave is not remembered.
    if (sharedWordNet() !== reader) return reading;
    remembered.set(phrase, reading);
  }
  return reading;
}

function readPhrase(reader: WordNet, phrase: string): PhraseReading {
  const related = (key: string): RelatedTerm[] => fromWordNet(reader, () => relatedWords(reader, key)).map(({ term, weight }) => ({ term, weight }));
  const entries = fromWordNet(reader, () => reader.lookup(phrase));
  if (entries.length > 0) return { verb: entries.some((entry) => entry.pos === 'verb'), terms: related(phrase) };
  const [verb, ...rest] = phrase.split('_');
  for (const base of baseForms(verb as string, 'verb')) {
    const key = [base, ...rest].join('_');
    if (fromWordNet(reader, () => reader.lookup(key)).some((entry) => entry.pos === 'verb')) return { verb: true, terms: related(key) };
  }
  return NO_PHRASE;
}

/** Pronouns that may end a verb phrase WordNet has ("make it", "lose it"): objects. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'me', 'us', 'you']);
/** Particles and prepositions of place after which an object pronoun is part of its verb ("made it out"). */
const PARTICLES: ReadonlySet<string> = new Set(['through', 'out', 'to', 'back', 'home', 'past', 'in', 'into', 'up', 'down', 'off', 'over', 'across', 'on', 'onto', 'away', 'alive', 'by', 'around', 'round', 'along', 'inside', 'outside', 'there', 'here']);

const NO_PHRASE: PhraseReading = { verb: false, terms: [] };

/** What `read` gives for `key` (a word or a phrase), remembered in `cache` for `reader`. */
function rememberedRelated(
  cache: RememberedPerReader<readonly RelatedTerm[]>,
  reader: WordNet,
  key: string,
  read: (reader: WordNet, key: string) => readonly RelatedTerm[],
): readonly RelatedTerm[] {
  const remembered = cache.of(reader);
  let terms = remembered.get(key);
  if (terms === undefined) {
    // By push from a literal, not .map: an empty list and a full one are then one kind of array.
    const copied: RelatedTerm[] = [];
    for (const related of read(reader, key)) copied.push({ term: related.term, weight: related.weight });
    terms = copied;
    // A reader that failed is let go (letSharedWordNetGo): what it gave is not remembered.
    if (sharedWordNet() !== reader) return terms;
    remembered.set(key, terms);
  }
  return terms;
}

/**
 * The parts a question word splits into (compoundWords.ts's splitWord), remembered per word as
 * typed: splitting a word WordNet lacks looks up each way of cutting it, and every question
 * asked it of every word.
 */
function splitTerms(reader: WordNet, word: string): readonly CompoundTerm[] {
  const remembered = splitOf.of(reader);
  let parts = remembered.get(word);
  if (parts === undefined) {
    parts = fromWordNet(reader, () => splitWord(reader, word));
    if (sharedWordNet() !== reader) return parts;
    remembered.set(word, parts);
  }
  return parts;
}

const splitOf = new RememberedPerReader<readonly CompoundTerm[]>();

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
 * with `build` built on a worker thread (and saved there). Answers are the same with it, only a
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

/**
 * What `read` finds in WordNet through `reader`; none when its files are missing or unreadable (a
 * read error: the shared reader is let go, letSharedWordNetGo, and search goes on without it). Any
 * other error is a bug, and is thrown.
 */
function fromWordNet<T>(reader: WordNet, read: () => T[]): T[] {
  try {
    return read();
  } catch (error) {
    letSharedWordNetGo(reader, error);
    return [];
  }
}
