// The event a yes/no question asks happened, read by its verb ("Was the Bubble Act ever repealed?",
// "Was anyone at NASA or Thiokol fired or prosecuted over Challenger?", "Did Hanseatic merchants
// ever trade with Iceland?"), for the decision (answerability.ts eventUntold). Near a report's topic
// such a question shares the report's names and topic words with its claims; whether one of them
// tells the event is whether it has the verb, or a word WordNet relates to it (eval/README.md,
// fifty-ninth session).

import { AUXILIARY_VERBS, BE_FORMS, DO_FORMS, HAVE_FORMS } from '../search/auxiliaryVerbs.js';
import { ARTICLES_AND_POSSESSIVES } from '../search/determiners.js';
import { QUESTION_WORD } from '../search/greetings.js';
import { irregularBase } from '../search/irregularForms.js';
import { ADVERB_PARTICLES } from '../search/partOfSpeech.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { baseForms, type WordNet } from '../search/wordnet/wordNet.js';
import { namesIn } from './askedNames.js';
import { SUPERLATIVE_WORDS } from './askedRanking.js';
import { isMainlyNoun } from './everydayWords.js';

/** Words for someone unnamed, after an auxiliary: "was anyone … fired", "did anybody ever prove…". */
const SOMEONE = new Set(['anyone', 'anybody', 'someone', 'somebody']);
/** Adverbs between "ever" (or the subject) and the verb: "ever officially recognised", "ever actually sign". */
const BETWEEN_ADVERBS = new Set(['actually', 'really', 'officially', 'formally', 'fully', 'successfully', 'just', 'once', 'also', 'still', 'even', 'ever', 'publicly', 'properly', 'seriously', 'truly', 'again', 'finally', 'been', 'be', 'being']);
/**
 * Verbs saying little of the event themselves ("ever get to go on the cruises", "ever had a serious
 * fire", "ever make money"): the event is the verb after their "to", or else the thing they take.
 */
const LIGHT_VERBS = new Set(['get', 'gets', 'got', 'gotten', 'have', 'has', 'had', 'make', 'makes', 'made', 'take', 'takes', 'took', 'taken', 'go', 'goes', 'went', 'gone', 'come', 'comes', 'came', 'do', 'does', 'did', 'done', 'give', 'gives', 'gave', 'given', 'manage', 'managed', 'try', 'tried', 'need', 'needed', 'want', 'wanted', 'happen', 'happened']);
/** The forms of "get", a passive's auxiliary before a participle ("ever got caught"). */
const GET_FORMS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'gotten']);
/** How far the verb may stand after "anyone" ("was anyone at NASA or Thiokol fired"), in words. */
const MAX_SUBJECT_WORDS = 6;
/** How far the thing a light verb takes may stand after it ("ever had a serious fire"), in words. */
const MAX_OBJECT_WORDS = 3;

const CLAUSE = /[^?.!]+/g;
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** The event a yes/no question asks happened: its word as typed, and whether it is asked of someone or something named. */
export interface AskedEvent {
  word: string;
  /**
   * Whether a word of the subject is capitalised ("Was the Bubble Act ever…", "Did Mary Mallon
   * ever…", "Was anyone at NASA…"): asked of someone or something named, the event is one the
   * reports tell of it or do not; asked of anyone ("Has a judge ever…", "Has anyone ever…"), it
   * is whether any such thing happened, which a claim tells of its case in its own words.
   */
  named: boolean;
  /**
   * The subject's words typed in lower case ("did lincoln ever visit paris?": lincoln): chat types
   * names so, and a word the claims write with a capital names someone or something all the same
   * (namedIn).
   */
  lowerCaseSubject: readonly string[];
}

/**
 * The event a yes/no question asks happened, or null: the verb after "ever" ("…ever repealed?",
 * "did X ever trade…"), or after someone unnamed ("was anyone … fired", "did anyone prove…"); for
 * a light verb ("ever had a fire", "ever get to go on the cruises") the verb after its "to", else
 * the thing it takes. Only the first "ever" or "anyone" is read.
 */
export function askedEvent(question: string, reader: WordNet | null = sharedWordNet()): AskedEvent | null {
  if (reader === null) return null;
  // Without "ever" or "anyone" in any clause, the event after a named subject in the first clause
  // with words (bareEvent): read there first, it hid an "ever" in a later one ("ok. Did Mary Mallon
  // ever marry?").
  let first: { words: string[]; lower: string[] } | undefined;
  for (const [clause] of question.matchAll(CLAUSE)) {
    const words = clause.match(WORD);
    if (words === null) continue;
    const lower = words.map((word) => word.toLowerCase());
    first ??= { words, lower };
    for (let i = 0; i < lower.length; i++) {
      const word = lower[i] as string;
      // The first "ever" or "anyone" is read alone: a run of them is no run of lookups. "Ever"
      // with a capital inside the clause is a name's ("the Ever Given"); after a superlative it
      // ranks ("the largest ship ever built"), asking no event.
      if (word === 'ever' && i > 0 && CAPITALISED.test(words[i] as string)) continue;
      if (word === 'ever') return ranksBefore(reader, lower, i) ? null : eventAt(words, verbFrom(reader, lower, i + 1, 1), subjectStart(lower, i));
      if (SOMEONE.has(word) && i > 0 && isAuxiliary(lower[i - 1] as string)) return eventAt(words, verbFrom(reader, lower, i + 1, MAX_SUBJECT_WORDS, !DO_FORMS.includes(lower[i - 1] as string)), i + 1);
    }
  }
  return first === undefined ? null : bareEvent(reader, first.words, first.lower);
}

/**
 * With neither "ever" nor "anyone": the verb after a named subject opened by "did / was / were /
 * has…" ("Did the FCC punish CBS…?", "Was Joseph Paxton knighted…?"): the first word after a
 * capitalised one, within MAX_SUBJECT_WORDS words, that is a verb in lower case (a participle after
 * "was / has"), not mainly a noun; through a light verb as after "ever". None where what follows
 * the subject tells no event in a word a claim would have: a phrasal verb ("did Dylan turn up…",
 * "end up", "cash out"), a verb of aspect or stance ("keep his place", "start heading", "mean"),
 * or a state after "was / were" ("related to", "keen to", "asked to").
 */
function bareEvent(reader: WordNet, words: readonly string[], lower: readonly string[]): AskedEvent | null {
  const opener = lower.findIndex((word) => isAuxiliary(word));
  if (opener < 0 || opener > MAX_OPENER_AT || lower.slice(0, opener).some((word) => QUESTION_WORDS.has(word))) return null;
  const participle = !DO_FORMS.includes(lower[opener] as string);
  let named = false;
  for (let i = opener + 1; i < lower.length && i <= opener + MAX_SUBJECT_WORDS; i++) {
    const word = lower[i] as string;
    if (CAPITALISED.test(words[i] as string)) {
      named = true;
      continue;
    }
    // A particle after the subject is a phrasal verb's, its verb read as a noun ("end up", "cash out").
    if (named && PHRASAL_PARTICLES.has(word)) return null;
    if (!named || isMainlyNoun(word) || BETWEEN_ADVERBS.has(word)) continue;
    if (isAspectVerb(word)) return null;
    const at = LIGHT_VERBS.has(word) ? verbFrom(reader, lower, i, 1) : (!participle || isParticiple(word)) && isVerb(reader, word) ? i : -1;
    if (at < 0 || normalizeTerm(lower[at] as string) === null || PHRASAL_PARTICLES.has(lower[at] as string)) return null;
    const next = lower[at + 1];
    if (next !== undefined && (PHRASAL_PARTICLES.has(next) || (participle && next === 'to'))) return null;
    return { word: words[at] as string, named, lowerCaseSubject: [] };
  }
  return null;
}
/** Where the auxiliary opening the question may stand: after an opener of the chat's ("btw did…", "quick q: was…"). */
const MAX_OPENER_AT = 2;
/** Words asking something else than whether ("How long was the Ever Given held…?"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set([...QUESTION_WORD.split('|'), 'whom', 'whose']);
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(ADVERB_PARTICLES);
/** Verbs of aspect or stance, whose event is the verb or thing after them, told in the claims' own words ("keep his place", "start heading", "mean"). */
const ASPECT_VERBS: ReadonlySet<string> = new Set(['start', 'begin', 'keep', 'stop', 'continue', 'mean', 'seem', 'tend', 'end']);
function isAspectVerb(word: string): boolean {
  return ASPECT_VERBS.has(irregularBase(word, 'verb') ?? word) || baseForms(word, 'verb').some((base) => ASPECT_VERBS.has(base));
}

/**
 * Whether the event is asked of someone or something named: a word of its subject capitalised
 * (`named`), or typed in lower case and written with a capital inside a sentence of one of `texts`
 * (the claims the answer would give): "did lincoln ever visit paris?" as "Did Lincoln ever…".
 */
export function namedIn(event: AskedEvent, texts: readonly string[]): boolean {
  if (event.named) return true;
  if (event.lowerCaseSubject.length === 0) return false;
  const keys = event.lowerCaseSubject.flatMap((word) => normalizeTerm(word) ?? []);
  return keys.length > 0 && texts.some((text) => {
    const names = namesIn(text);
    return keys.some((key) => names.has(key));
  });
}

/** The event at the i-th word (none at -1), named when a word from `from` to it is capitalised (not "I", nor the clause's first word). */
function eventAt(words: readonly string[], i: number, from: number): AskedEvent | null {
  if (i < 0) return null;
  let named = false;
  const lowerCaseSubject: string[] = [];
  for (let j = Math.max(1, from); j < i; j++) {
    const word = words[j] as string;
    if (CAPITALISED.test(word)) named ||= word !== 'I';
    else lowerCaseSubject.push(word);
  }
  return { word: words[i] as string, named, lowerCaseSubject };
}
const CAPITALISED = /^\p{Lu}/u;

/** Words ranking what they stand before: the superlatives that rank things, and "only", "last". */
const RANKING_WORDS: ReadonlySet<string> = new Set([...SUPERLATIVE_WORDS.split('|'), 'only', 'last']);
/**
 * Whether a word before the i-th ranks ("the largest ship ever built", "the hardest puncher Ali
 * ever faced", "the only woman ever elected"), from where it may rank "ever" on (rankingFrom).
 */
function ranksBefore(reader: WordNet, lower: readonly string[], i: number): boolean {
  for (let j = rankingFrom(lower, i); j < i; j++) if (RANKING_WORDS.has(lower[j] as string) || isSuperlative(reader, lower[j] as string)) return true;
  return false;
}
/**
 * Where a ranking word before "ever" (the i-th word) may rank it: in a yes/no question (its
 * auxiliary opening it, no question word before), from the determiner of a noun phrase after the
 * subject's first word ("Was the Titanic the largest ship ever built?", "Is this the fastest…"), as
 * one in the subject ranks the subject, the event asked of it ("Did the first settlers ever
 * return…?", "Was the only survivor ever found?"); elsewhere from the clause's start ("Who was the
 * first woman ever elected…?").
 */
function rankingFrom(lower: readonly string[], i: number): number {
  const start = subjectStart(lower, i);
  const opener = start - 1;
  if (opener < 0 || opener > MAX_OPENER_AT || lower.slice(0, opener).some((word) => QUESTION_WORDS.has(word))) return 0;
  for (let j = start + 1; j < i; j++) if (NOUN_PHRASE_OPENERS.has(lower[j] as string)) return j;
  return i;
}
/** Words opening a noun phrase: a second one after the subject is the complement a ranking word stands in. */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(ARTICLES_AND_POSSESSIVES);
/** A superlative in -est of an adjective WordNet has ("hardest", "deadliest"), not an adjective itself ("honest"). */
function isSuperlative(reader: WordNet, word: string): boolean {
  return word.endsWith('est') && reader.entry(word, 'adj') === null && baseForms(word, 'adj').some((base) => reader.entry(base, 'adj') !== null);
}

/** Where the subject before "ever" (the i-th word) starts: after the auxiliary or modal before it ("Can a dragon mum … ever"), else at the clause's start. */
function subjectStart(lower: readonly string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (OPENING_VERBS.has(lower[j] as string)) return j + 1;
  return 0;
}
const OPENING_VERBS: ReadonlySet<string> = new Set(AUXILIARY_VERBS);

const AUXILIARIES = new Set([...DO_FORMS, ...BE_FORMS, ...HAVE_FORMS]);
function isAuxiliary(word: string): boolean {
  return AUXILIARIES.has(word);
}

/**
 * Where the event's word is from the i-th word on (-1: none): the first verb within `reach` words
 * (adverbs skipped), read through a light verb; a participle only when `participle` (after "was /
 * has anyone": the words between name where or who, "at NASA", "in the crowd").
 */
function verbFrom(reader: WordNet, lower: readonly string[], from: number, reach: number, participle = false): number {
  let i = from;
  while (i < lower.length && BETWEEN_ADVERBS.has(lower[i] as string)) i++;
  for (let tried = 0; i < lower.length && tried < reach; i++, tried++) {
    const word = lower[i] as string;
    // "get" before a participle is a passive's ("ever get compensated", "did anyone get fired"): the event is the participle.
    const next = lower[i + 1];
    if (GET_FORMS.has(word) && next !== undefined && isParticiple(next) && isVerb(reader, next) && normalizeTerm(next) !== null && !adjectivalAt(lower, i + 2)) return i + 1;
    if (LIGHT_VERBS.has(word)) return next === 'to' ? verbFrom(reader, lower, i + 2, 1) : objectFrom(lower, i + 1);
    // Past "anyone", a word mainly a noun is the subject's ("anybody from the ship's company die").
    if (reach > 1 && isMainlyNoun(word)) continue;
    if ((!participle || isParticiple(word)) && isVerb(reader, word)) return normalizeTerm(word) === null ? -1 : i;
  }
  return -1;
}

/**
 * Whether the participle before the i-th word is an adjective or an idiom's, not a passive's: before
 * the thing got ("ever get paved roads", "get paid leave"), or "used" before "to" ("get used to the
 * noise"). The light verb's thing is read instead, or none. A particle or "to" after another
 * participle is its verb's ("get fired over the leak", "get sent to prison").
 */
function adjectivalAt(lower: readonly string[], i: number): boolean {
  const word = lower[i];
  if (word === undefined) return false;
  if (word === 'to') return lower[i - 1] === 'used';
  return normalizeTerm(word) !== null && isMainlyNoun(word);
}

/** Where the thing a light verb takes is: the first noun within MAX_OBJECT_WORDS words after it (-1: none). */
function objectFrom(lower: readonly string[], from: number): number {
  for (let i = from; i < lower.length && i < from + MAX_OBJECT_WORDS; i++) {
    const word = lower[i] as string;
    if (normalizeTerm(word) !== null && isMainlyNoun(word)) return i;
  }
  return -1;
}

/** Whether WordNet has the word as a verb, as typed or by its base form ("repealed", "shot"). */
function isVerb(reader: WordNet, word: string): boolean {
  const irregular = irregularBase(word, 'verb');
  const bases = irregular === undefined ? [word, ...baseForms(word, 'verb')] : [irregular];
  return bases.some((base) => fromWordNet(reader, () => { const entry = reader.entry(base, 'verb'); return entry === null ? [] : [entry]; }).length > 0);
}

/** A past participle by its form: in -ed, or an irregular verb's ("taken", "shot"; "hit" is none: read as other words). Not any word in -en ("keen", "open"). */
function isParticiple(word: string): boolean {
  return word.endsWith('ed') || irregularBase(word, 'verb') !== undefined;
}
