// How a question word is read by its part of speech: as a noun after an article or a possessive,
// as a verb after a subject or "to" where a verb goes (each then by those senses alone), an
// adjective in its comparative and superlative and a comparative by its related adjectives in its
// degree, and where an object pronoun may end a verb phrase. expandQuestion.ts weighs what these give.

import { AUXILIARY_VERBS, HAVE_FORMS } from './auxiliaryVerbs.js';
import { ARTICLES_AND_POSSESSIVES } from './determiners.js';
import { irregularBase, irregularForms, pastForms } from './irregularForms.js';
import { normalizeTerm } from './normalizeTerm.js';
import { relatedWords } from './wordnet/relatedWords.js';
import { fromWordNet, rememberedRelated, type RelatedTerm } from './wordnet/rememberedRelated.js';
import { RememberedPerReader } from './wordnet/rememberedPerReader.js';
import type { PartOfSpeech, WordNet } from './wordnet/wordNet.js';

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
  if (!comparesByEnding(reader, folded)) return [];
  const stem = comparedStem(folded);
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

/** Whether `folded` is an adjective WordNet has that compares by "-er" and "-est" (comparedForms spells them). */
function comparesByEnding(reader: WordNet, folded: string): boolean {
  // A participle ("running", "advised"), an -ic or -al adjective ("plastic", "legal") compares with
  // "more" and "most"; "good" and "bad" have their own forms (better, worst: irregularForms.ts).
  if (folded.length > MAX_COMPARED_LENGTH || NOT_COMPARED.test(folded) || irregularForms(folded).some((form) => irregularBase(form, 'adj') === folded)) return false;
  // Nor does an irregular verb's form WordNet also has as an adjective ("made", "known", "done"):
  // a participle, as "advised" is.
  if (irregularBase(folded, 'verb') !== undefined) return false;
  // Nor does a particle WordNet also has as an adjective ("out", "up", "off"): "outer" and
  // "upper" are words of their own, and "find out" is no question on an outer anything.
  if (PARTICLES.has(folded)) return false;
  return fromWordNet(reader, () => reader.lookup(folded)).some((entry) => entry.pos === 'adj' && entry.lemma === folded);
}

/**
 * The stem "-er" and "-est" are put on: one syllable ending in a vowel and a consonant doubles it
 * ("big" -> bigger, "solid" -> solider); a y after a consonant is an i ("easy" -> easier, "grey" -> greyer).
 */
function comparedStem(folded: string): string {
  const doubled = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(folded);
  return doubled ? folded + folded.slice(-1) : folded.endsWith('e') ? folded.slice(0, -1) : /[^aeiou]y$/.test(folded) ? `${folded.slice(0, -1)}i` : folded;
}

/**
 * The adjective a word in "-er" is the comparative of, as English spells it ("closer" -> close,
 * "bigger" -> big, "better" -> good), whatever else WordNet has the word as ("a closer", "a
 * lighter"; comparedForms leaves those out of the search); undefined for any other word ("offer": no
 * comparative of the particle "off").
 */
export function comparativeBase(reader: WordNet, folded: string): string | undefined {
  if (!folded.endsWith('er')) return undefined;
  const irregular = irregularBase(folded, 'adj');
  if (irregular !== undefined) return irregular;
  const stem = folded.slice(0, -2);
  const candidates = [stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(.)\1$/, '$1')];
  return candidates.find((candidate) => candidate.length > 1 && comparesByEnding(reader, candidate) && `${comparedStem(candidate)}er` === folded);
}

const comparedOf = new RememberedPerReader<readonly RelatedTerm[]>();

/** comparedForms of a question word, remembered per word. */
export function comparedTerms(reader: WordNet, folded: string): readonly RelatedTerm[] {
  return rememberedRelated(comparedOf, reader, folded, comparedForms);
}

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
      if (form.term !== null && form.term !== own && form.term.endsWith('est') === superlative) found.push({ term: form.term, weight });
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

/** relatedInDegree of a question word, remembered per word; none for a word not ending as a comparative or a superlative does. */
export function inDegreeTerms(reader: WordNet, folded: string): readonly RelatedTerm[] {
  return COMPARED_ENDING.test(folded) ? rememberedRelated(inDegreeOf, reader, folded, relatedInDegree) : [];
}
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
const NOUN_NEXT = new Set([...ARTICLES_AND_POSSESSIVES.filter((word) => word !== 'her'), 'fewer']);

/** Whether the i-th word follows a word after which it is a noun (NOUN_NEXT). */
export function nounNext(words: readonly string[], i: number): boolean {
  return i > 0 && NOUN_NEXT.has((words[i - 1] as string).toLowerCase());
}

/** Whether WordNet has the word as a noun and a verb and as nothing else (an adjective may follow "the"). */
export function nounOrVerbOnly(reader: WordNet, folded: string): boolean {
  const kinds = new Set(fromWordNet(reader, () => reader.lookup(folded)).map((entry) => entry.pos));
  return kinds.has('noun') && kinds.has('verb') && kinds.size === 2;
}

/**
 * relatedTerms of a word read as one part of speech: those senses alone, their shares among them;
 * remembered per word, apart from the word's other readings.
 */
function termsAs(pos: PartOfSpeech): (reader: WordNet, folded: string) => readonly RelatedTerm[] {
  const remembered = new RememberedPerReader<readonly RelatedTerm[]>();
  const read = (wordnet: WordNet, key: string): readonly RelatedTerm[] => fromWordNet(wordnet, () => relatedWords(wordnet, key, pos));
  return (reader, folded) => rememberedRelated(remembered, reader, folded, read);
}

/** relatedTerms of a word read as a noun (after NOUN_NEXT). */
export const nounTerms = termsAs('noun');

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
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'he', 'she']);
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
export function verbNext(words: readonly string[], i: number): boolean {
  const previous = i > 0 ? (words[i - 1] as string).toLowerCase() : '';
  const before = i > 1 ? (words[i - 2] as string).toLowerCase() : '';
  if (SUBJECT_PRONOUNS.has(previous)) return true;
  if (previous === 'you') return BEFORE_SUBJECT_YOU.has(before);
  return previous === 'to' && TO_VERB_AFTER.has(before);
}

/** relatedTerms of a word read as a verb (where verbNext says). */
export const verbTerms = termsAs('verb');

/**
 * Whether `word` is the bare verb after a subject ending in the noun `subjectEnd`, as after
 * do-support ("what batteries did the first pacemakers run on?", "what did the first king marry
 * for?"): a verb WordNet has as written after a plural noun, the verb agreeing with it ("pacemakers
 * run", "settlers eat", "people use"), or after any noun a word WordNet has as a verb and no noun
 * ("king marry"); not a word WordNet's tagged corpus has as an adjective or an adverb more often
 * ("laps last season"). A singular noun before a word that is a noun too is as often a compound ("the
 * first heart transplant", after "did" the main verb: "who did the first heart transplant?"), so
 * read as none. False without WordNet.
 */
export function verbAfterSubject(reader: WordNet | null, subjectEnd: string, word: string): boolean {
  if (reader === null) return false;
  const nounEntries = fromWordNet(reader, () => reader.lookup(subjectEnd.toLowerCase())).filter((entry) => entry.pos === 'noun');
  if (nounEntries.length === 0) return false;
  const folded = word.toLowerCase();
  const entries = fromWordNet(reader, () => reader.lookup(folded));
  if (!entries.some((entry) => entry.pos === 'verb' && entry.lemma === folded)) return false;
  // A word mostly an adjective or an adverb is none: "which drivers did the fastest laps last season?".
  const seen = (kinds: readonly string[]): number => entries.reduce((sum, entry) => (entry.lemma === folded && kinds.includes(entry.pos) ? sum + reader.tagCountsOf(entry).reduce((all, count) => all + count, 0) : sum), 0);
  if (seen(['verb']) < seen(['adj', 'adv'])) return false;
  const plural = nounEntries.some((entry) => entry.lemma !== subjectEnd.toLowerCase());
  return plural || !entries.some((entry) => entry.pos === 'noun');
}

/** Pronouns that may end a verb phrase WordNet has ("make it", "lose it"): objects. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'me', 'us', 'you']);
/**
 * The particles that make a phrasal verb of the verb before them and open no phrase of their own:
 * "end up", "cash out", "turn up", "shoot down" (not "in", "on", "to", which open one as often:
 * "damaged in the fire").
 */
export const ADVERB_PARTICLES: readonly string[] = ['up', 'out', 'down', 'off', 'over', 'back', 'away', 'around', 'round'];
/** Particles and prepositions of place after which an object pronoun is part of its verb ("made it out"). */
const PARTICLES: ReadonlySet<string> = new Set([...ADVERB_PARTICLES, 'through', 'to', 'home', 'past', 'in', 'into', 'across', 'on', 'onto', 'alive', 'by', 'along', 'inside', 'outside', 'there', 'here']);

/**
 * Whether a verb phrase WordNet has may end with `word` when `next` follows: an object pronoun
 * ends a verb only before where it goes ("made it through / out / to the final": survive,
 * arrive); alone it is the thing done: "who made it?" asks the maker.
 */
export function mayEndVerbPhrase(word: string, next: string): boolean {
  return !OBJECT_PRONOUNS.has(word) || PARTICLES.has(next);
}

/**
 * A verb's irregular past forms ("dig" as dug, "throw" as thrown, "hold" as held): the same word,
 * which the stemmer leaves apart, so searched as the word itself, as an adjective's comparative
 * is. Where WordNet's tagged corpus has the base as a verb in fewer than MOSTLY_VERB of its uses
 * ("lead" the metal, "drive" in "heavy machines drive over it", whose "drove" is in claims'
 * evidence), only where a verb goes (verbNext); after an article or a possessive (nounNext), never.
 * A form WordNet has as a word of its own, seen OTHER_WORD_SEEN times or more, is as often that
 * word ("born", "bore" the verb, "found" a company, "left"), and is not searched.
 */
export const PAST_FORM_WEIGHT = 1;
/**
 * Below the line are verbs whose other word is a thing of its own that claims name as often
 * ("lead" the metal, "drive", "run", "break"); above it, verbs rarely anything else ("pay",
 * "show", "stand", "throw"), whose past forms are searched anywhere ("what did people pay with?"
 * and a claim's "paid"). Drawn where the left-out figures level off: lower lets those nouns'
 * claims in for no answer more in the first three, higher loses answers said in the past tense
 * (eval/README.md, thirty-sixth session).
 */
const MOSTLY_VERB = 0.92;
const OTHER_WORD_SEEN = 5;

/**
 * "How long did it take…", "how many years does a bog take…": the light verb "take" (LIGHT_VERBS,
 * irregularForms.ts: no past forms elsewhere) where the question asks how long before it, whose
 * answer says what "took" so long ("Construction took two years, two months…"), searched in its
 * past forms at PAST_FORM_WEIGHT.
 */
export function tookTerms(words: readonly string[], i: number, folded: string): readonly RelatedTerm[] {
  return folded === 'take' && HOW_LONG_ASKED.test(words.slice(0, i).join(' ')) ? TOOK : [];
}
const TOOK: readonly RelatedTerm[] = irregularForms('take').map((form) => ({ term: normalizeTerm(form), weight: PAST_FORM_WEIGHT }));
/** A span of time asked: "how long", "how many years / months / weeks / days / hours / minutes". */
const HOW_LONG_ASKED = /\bhow (?:long|many (?:years|months|weeks|days|hours|minutes|decades))\b/i;

/** The past forms of the i-th question word read as a verb (PAST_FORM_WEIGHT), as index keys. */
export function pastFormTerms(reader: WordNet, words: readonly string[], i: number, folded: string): readonly RelatedTerm[] {
  if (nounNext(words, i)) return [];
  const { forms, mostlyVerb } = rememberedPastForms(reader, folded);
  return mostlyVerb || verbNext(words, i) ? forms : [];
}

interface PastForms {
  forms: readonly RelatedTerm[];
  /** Whether WordNet's tagged corpus has the verb as a verb in MOSTLY_VERB of its uses or more. */
  mostlyVerb: boolean;
}

function rememberedPastForms(reader: WordNet, folded: string): PastForms {
  return pastFormsOf.remembered(reader, folded, readPastForms);
}

/** How often WordNet's tagged corpus has `lemma` (as written, not by its base forms): in all, and as a verb. */
function timesSeen(reader: WordNet, lemma: string): { uses: number; asVerb: number } {
  let uses = 0;
  let asVerb = 0;
  for (const entry of fromWordNet(reader, () => reader.lookup(lemma))) {
    if (entry.lemma !== lemma) continue;
    const count = reader.tagCountsOf(entry).reduce((sum, seen) => sum + seen, 0);
    uses += count;
    if (entry.pos === 'verb') asVerb = count;
  }
  return { uses, asVerb };
}

function readPastForms(reader: WordNet, folded: string): PastForms {
  const verb = fromWordNet(reader, () => reader.lookup(folded)).find((entry) => entry.pos === 'verb');
  if (verb === undefined) return NO_PAST_FORMS;
  const all = pastForms(verb.lemma);
  // By index key: "borne" is keyed as "born".
  const otherWords = new Set(all.filter((form) => timesSeen(reader, form).uses >= OTHER_WORD_SEEN).map((form) => normalizeTerm(form)));
  const forms = all.filter((form) => !otherWords.has(normalizeTerm(form)));
  if (forms.length === 0) return NO_PAST_FORMS;
  const { uses, asVerb } = timesSeen(reader, verb.lemma);
  return {
    forms: forms.map((form) => ({ term: normalizeTerm(form), weight: PAST_FORM_WEIGHT })),
    mostlyVerb: asVerb >= MOSTLY_VERB * uses,
  };
}

const NO_PAST_FORMS: PastForms = { forms: [], mostlyVerb: false };
const pastFormsOf = new RememberedPerReader<PastForms>();
