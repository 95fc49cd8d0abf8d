// Questions that take every path of the answer once, made from the library's own claims: plain
// words, a natural question, chat wrapping, typos (letters swapped, dropped, doubled), a word
// typed in part, quoted phrases of one word and of several, questions on an outcome, a price,
// advice or a source, a short reply in a thread (answered with the thread's first question), each
// filter, a report's alias, words every claim has (scored exhaustively), a place no report names,
// a thing browsed for with a typo, and questions the reports don't answer or that have no words
// at all. A bot asked sporadically meets a path it has not run yet in a person's question
// otherwise, and pays for compiling it then (bench/README.md).

import type { LibraryView } from '../library/libraryView.js';
import type { Claim, Report } from '../reports/model.js';
import { capitalised } from '../search/capitalised.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { SUGGESTION_FUZZY } from '../search/suggestedWords.js';
import { tokenize } from '../search/tokenize.js';
import { followUpQuestion } from './followUpQuestion.js';
import { MAX_QUESTION_LENGTH } from './limitQuestion.js';

/**
 * Claims the questions are made from, spread over the library. Not one claim per path: V8 keeps
 * optimizing and deoptimizing the answer path's functions as it meets new words and shapes, and
 * what the warm-up leaves unsettled is compiled during people's first questions, on the core
 * their answers would have (bench/README.md, eleventh session).
 */
const CLAIMS_USED = 72;
/**
 * Long words made three letters away from a claim's word, each a question alone: it matches no
 * claim, so its suggested words are looked up 3 or more edits away (a third of its length), by a
 * walk of the terms' trie that no other question takes (closer typos come from the deletion
 * index); the walk finds the claim's word, so it is compiled with each of its branches met.
 */
const FAR_TYPOS = 4;
/**
 * Index keys this long are looked up 3 edits away or more for suggestions: their edits are
 * SUGGESTION_FUZZY of their length, rounded (postingsLookup.ts), and 2.5 rounds to 3.
 */
const FAR_TYPO_MIN_LETTERS = Math.ceil(2.5 / SUGGESTION_FUZZY);

/**
 * Places named in a question beside a claim's words, the first that no claim has: the decision
 * then reads a name no claim shown covers (answerability.ts, uncoveredNames), a share of the
 * question where the other warm-up questions may all leave it 0. V8 stores a field that has only
 * held the integer 0 as one, and the first fraction changes its representation, throwing away the
 * compiled answerQuestion in a person's answer (bench/README.md, twenty-second session).
 */
const UNKNOWN_PLACES = ['Ulaanbaatar', 'Tegucigalpa', 'Ouagadougou'];

/** Three words in a row, as a quoted phrase of several words is typed. */
const WORD_RUN = /(?<!\S)\p{L}{4,} \p{L}{2,} \p{L}{4,}(?!\S)/u;

/**
 * A question over the length limit, cut (readQuestion.ts), with nothing to search for: the answer
 * then carries a note, a branch of answerQuestion no other warm-up question took, so once V8 had
 * compiled it a person's first long question threw the code away (bench/README.md, forty-seventh session).
 */
const CUT_QUESTION = `what do the reports say about ${'this and that, '.repeat(Math.ceil(MAX_QUESTION_LENGTH / 14))}?`;

/** Questions no report answers, or with nothing to search for: the decline and no-match paths. */
const OFF_TOPIC = [
  CUT_QUESTION,
  'origami crease patterns',
  'what is the capital of France?',
  'hi, can you tell me about medieval tapestry restoration please?',
  'what about it?',
  'how do I reset my password?',
  'report:no-such-report-here anything',
  'since:2001-13-45 perspective:',
];

/** A short reply in a thread, answered with the thread's first question (followUpQuestion.ts). */
export interface ThreadReply {
  firstQuestion: string;
  reply: string;
}

/** A question asked on its own, or a reply in a thread. */
export type WarmUpQuestion = string | ThreadReply;

/**
 * The text answered for a warm-up question: a thread reply's with its thread's first question,
 * as the bot asks it.
 */
export function askedText(question: WarmUpQuestion): string {
  return typeof question === 'string' ? question : followUpQuestion(question.firstQuestion, question.reply);
}

export function warmUpQuestions(library: LibraryView): WarmUpQuestion[] {
  const reports = library.reports.filter((report) => report.claims.length > 0);
  if (reports.length === 0) return [...OFF_TOPIC];
  const questions: WarmUpQuestion[] = [];
  const step = Math.max(1, Math.floor(reports.length / CLAIMS_USED));
  const commonWords: string[] = [];
  const longWords = new Set<string>();
  let claimsUsed = 0;
  const place = UNKNOWN_PLACES.find((name) => library.index.claimsWith(normalizeTerm(name) ?? '') === 0);
  for (let i = 0; i < reports.length && questions.length < CLAIMS_USED * 18; i += step) {
    const report = reports[i] as Report;
    const claim = report.claims[i % report.claims.length] as Claim;
    const words = topicWords(claim.text);
    if (words.length < 3) continue;
    const [a, b, c] = words as [string, string, string];
    questions.push(
      `${a} ${b}`,
      `what does the research say about ${a} and ${c}?`,
      `hey, can you tell me about the ${b} of ${a} please`,
      // Every other one opens with a capital, as people type: a question's first word in
      // sentence case is read lower-cased for a swap (swappedLetters.ts), a branch no other
      // warm-up question takes, so V8 compiled without it and threw the code away in a person's answer.
      `${claimsUsed % 2 === 0 ? capitalised(typo(a)) : typo(a)} ${b}`,
      `${b} ${slip(longest(words), claimsUsed)}`,
      `${b} ${c.slice(0, Math.max(3, c.length - 3))}`,
      `"${a}" ${c}`,
      `report:${report.id} ${b}`,
      `strength:quoted ${a} ${c}`,
      `strength:multi-source ${b}`,
    );
    // A phrase of several words, as the claim has it: each claim's postings are checked for all of its words.
    const run = WORD_RUN.exec(claim.text);
    if (run) questions.push(`"${run[0].toLowerCase()}" ${c}`);
    // One of the questions the decision reads more closely, claim by claim in turn: whether a
    // cause changes an outcome, a price, advice, what a source says (its publisher when its title
    // ends with one, "… - Reuters", or its title's first words).
    const source = tokenize(claim.evidence[0]?.source.split(' - ').pop() ?? '').slice(0, 3).join(' ');
    const closer = [`do ${a} improve ${c}?`, `how much does ${a} cost?`, `how should we choose ${b} for ${a}?`, source ? `what does ${source} say about ${b}?` : `${b} ${c}`];
    // Every fourth claim, a short reply in a thread, asked with the thread's first question
    // (followUpQuestion.ts).
    if (claimsUsed % 4 === 0) questions.push({ firstQuestion: `${a} ${b}`, reply: `what about ${c}?` });
    // Every fourth claim in turn, two shapes the warm-up's other questions never made (each left
    // code V8 had compiled without them, thrown away in a person's answer): a place no claim
    // names (the decision's uncoveredNames a fraction, UNKNOWN_PLACES), and a thing browsed for
    // (askedMention.ts) with a letter dropped or doubled, read against claims that lack it as
    // typed (the decision's mentionNamed, over each claim's own words).
    if (place && claimsUsed % 4 === 1) questions.push(`${a} ${b} in ${place}`);
    if (claimsUsed % 4 === 2) questions.push(`what do the reports say about ${slip(longest(words), claimsUsed + 1)}?`);
    // And a word after "need to", read as a verb (partOfSpeech.ts, verbNext): no other warm-up
    // question has one, so V8 compiled the reading without that branch and threw it away in a
    // person's answer (bench/README.md, thirty-fourth session).
    if (claimsUsed % 4 === 3) questions.push(`what do we need to understand about ${a}?`);
    // And every fourth in turn, words no other warm-up question has, each a branch V8 compiled
    // the answer path without and threw the code away at in a person's answer (bench/README.md,
    // thirty-fifth session): a verb with its particle WordNet has ("went down" as go down:
    // expandNow's phrases), a comparative it relates words to in degree ("larger" as bigger),
    // and a kind of finding after a word and opening the question with a capital (askedAspect.ts).
    if (claimsUsed % 8 === 0) questions.push(`what are the risks when ${a} went down?`);
    if (claimsUsed % 8 === 4) questions.push(`Risks of larger ${a}?`);
    // And a question asking why: the reranker then reads each claim found for a cause (askedCause.ts),
    // a call no other warm-up question made, so V8 compiled rerankFeatures without it and threw the
    // code away at a person's first "why"; and one naming an outcome before its verb (askedOutcome.ts
    // OUTCOME_FIRST), a match askedOutcome met first in people's questions (bench/README.md,
    // forty-seventh session).
    if (claimsUsed % 8 === 6) questions.push(`why did ${a} change ${c}?`, `how did ${a} change after ${c}?`);
    // And words written with a hyphen, as people write "air-source" or "fine-tuning" (expandNow's
    // hyphenated pairs): two of the claim's words so joined, which WordNet has as no word; a word
    // WordNet has only with its hyphen ("trade-offs", not the phrase trade_off); a letter before a
    // hyphen ("X-ray"). No other warm-up question has a hyphen, so V8 compiled expandNow without
    // those branches, threw the code away at a person's first hyphenated question, and compiled it
    // again inside people's answers (bench/README.md, fifty-fourth session).
    if (claimsUsed % 8 === 2) questions.push(`${a}-${b} ${c}`, `${b} trade-offs`, `${a} after an X-ray`);
    // And the phrases read one way (synonyms.ts ONE_WAY: "money" as revenue, at a weight of its
    // own; "came up with" as devised, at the synonyms'): no other warm-up question has one, so the
    // first a person asked threw away the code V8 had compiled for expandNow without any.
    if (claimsUsed % 8 === 5) questions.push(`how much money does ${a} make?`, `who came up with ${a}?`);
    questions.push(closer[claimsUsed++ % closer.length] as string);
    if (claim.perspective) questions.push(`perspective:${tokenize(claim.perspective)[0] ?? ''} ${a} ${b}`);
    if (report.date) questions.push(`since:${report.date.slice(0, 10)} ${c}`);
    for (const pair of library.aliases.pairsOf(report.id).slice(0, 1)) questions.push(`${pair.a.join(' ')} ${b}`, `${pair.b.join(' ')}`);
    commonWords.push(...words);
    // Each far typo asked with its claim's questions, among the first of the round, not after
    // them all: the first question whose suggested words are looked up (a ratio of its length in
    // edits), a branch of PostingsLookup.expandNow no earlier question took. V8 counts a function's
    // runs toward compiling it afresh whenever what it meets changes, and meeting this late in
    // the round left expandNow to be compiled inside people's answers (bench/README.md,
    // fifty-seventh session).
    for (const word of words) {
      if (longWords.size >= FAR_TYPOS || longWords.has(word) || (normalizeTerm(word)?.length ?? 0) < FAR_TYPO_MIN_LETTERS) continue;
      longWords.add(word);
      questions.push(farTypo(word));
    }
  }
  // The words most claims have: a question of them alone is scored over every match.
  const common = [...new Set(commonWords)]
    .map((word) => ({ word, claims: library.index.claimsWith(normalizeTerm(word) ?? '') }))
    .sort((x, y) => y.claims - x.claims || (x.word < y.word ? -1 : 1))
    .slice(0, 6)
    .map(({ word }) => word);
  const perspective = library.perspectives[0] ? tokenize(library.perspectives[0])[0] : undefined;
  for (let i = 0; i + 1 < common.length; i += 2) {
    questions.push(`${common[i]} ${common[i + 1]}`, `what are the ${common[i]} of ${common[i + 1]}?`);
    if (perspective) questions.push(`perspective:${perspective} ${common[i]} ${common[i + 1]}`);
  }
  return spreadAmong(questions, [...OFF_TOPIC, ...(perspective ? [`perspective:${perspective}`] : [])]);
}

/**
 * `few` spread evenly among `many`, none first. The questions with no words to search for (filters
 * alone, off-topic ones) take branches of answerQuestion no other question takes: asked last,
 * they met it compiled without them, and its code was thrown away; asked first, V8 had not begun
 * recording what a function meets (it does after a few calls) (bench/README.md, twenty-second session).
 */
export function spreadAmong<T>(many: readonly T[], few: readonly T[]): T[] {
  const spread: T[] = [];
  let next = 0;
  many.forEach((item, i) => {
    spread.push(item);
    // After the (j + 1)-th of every few.length + 1 equal parts of `many`, the j-th of `few`.
    while (next < few.length && (i + 1) * (few.length + 1) >= (next + 1) * many.length) spread.push(few[next++] as T);
  });
  while (next < few.length) spread.push(few[next++] as T);
  return spread;
}

/** The words of a claim a question would ask about: 4 letters or more, not stop words. */
function topicWords(text: string): string[] {
  return [...new Set(tokenize(text).filter((word) => /^\p{L}{4,}$/u.test(word) && normalizeTerm(word) !== null))].map((word) => word.toLowerCase());
}

/** The first of the longest words (the fuzzy lookup allows more edits in a longer word). */
function longest(words: readonly string[]): string {
  return words.reduce((best, word) => (word.length > best.length ? word : best));
}

/** Three letters of `word` replaced, spread over it: no word of the reports, but three edits from one. */
function farTypo(word: string): string {
  const letters = [...word];
  for (const at of [1, 4, 7]) letters[at] = letters[at] === 'x' ? 'q' : 'x';
  return letters.join('');
}

/**
 * A letter dropped or doubled in the middle, in turn (`n`): slips the search matches by its typo
 * neighbours, a fuzzy lookup one edit away. A swap is undone before the search (swappedLetters.ts),
 * so without these a person's first dropped or doubled letter would take that path first.
 */
function slip(word: string, n: number): string {
  const at = Math.floor(word.length / 2);
  return n % 2 === 0 ? `${word.slice(0, at)}${word.slice(at + 1)}` : `${word.slice(0, at)}${word[at]}${word.slice(at)}`;
}

/** Two letters swapped in the middle: a typo the fuzzy lookup forgives. */
function typo(word: string): string {
  const at = Math.floor(word.length / 2);
  return word.length < 5 ? `${word}s` : `${word.slice(0, at - 1)}${word[at]}${word[at - 1]}${word.slice(at + 1)}`;
}
