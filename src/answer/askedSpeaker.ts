// The speaker a question asks what was said by: "what did the prime minister say about remote
// work?" asks what a prime minister said, and a claim that never names one (the claims' own finding
// on remote work) shares the question's topic, not its answer. The no-answer decision weighs it as
// the thing asked where the wh-phrase asks none (answerability.ts, askedThing.ts).

import { DO_FORMS, HAVE_FORMS, oneOf } from '../search/auxiliaryVerbs.js';
import { DETERMINERS } from '../search/determiners.js';
import { tokenize } from '../search/tokenize.js';
import { BEFORE_OPENING_WH } from './clauseReading.js';
import { isPluralNoun } from './everydayWords.js';
import { kindOfPerson } from './kindOfPerson.js';

/**
 * The auxiliaries of "what did / has / would <speaker> say": the forms of "do" and "have", "would"
 * and "will"; not the modals of what may or ought to be said ("what can / should they say…").
 */
const SPEAKER_AUXILIARIES = oneOf([...DO_FORMS, ...HAVE_FORMS, 'would', 'will']);

/**
 * "What did / does <speaker> say / conclude / promise…", opening a clause (BEFORE_OPENING_WH): the
 * words between the auxiliary and a verb of saying, a few at most ("What did the prime minister
 * say about…").
 */
const SPEAKER_ASKED = new RegExp(
  String.raw`(?:${BEFORE_OPENING_WH})(?:what|how)\s+${SPEAKER_AUXILIARIES}\s+((?:[\p{L}\p{N}'’-]+\s+){1,5}?)(?:say|says|said|announce|announced|promise|promised|conclude|concluded|claim|claimed|state|stated|think|thought|write|wrote|written|argue|argued|recommend|recommended|warn|warned|tell|told|predict|predicted|suggest|suggested|propose|proposed|admit|admitted|reveal|revealed|comment|commented|declare|declared|pledge|pledged|reply|replied|respond|responded)(?![\p{L}\p{N}])`,
  'iu',
);

/** A determiner or a possessive opening the speaker's words ("the nurses", "vermeer's wife"). */
const DETERMINED = new RegExp(String.raw`^(?:${oneOf(DETERMINERS)}|[\p{L}\p{N}-]+['’]s?)\s`, 'iu');
const LOWER_CASE_FIRST = /^\p{Ll}/u;

/**
 * Kinds of person who write the reports' sources ("what did the study authors say about heat
 * pumps?", "what do experts say…"): the claims speak for them without naming them.
 */
const SOURCE_WRITERS = /^(?:authors?|writers?|researchers?|scientists?|experts?|scholars?|analysts?|academics?|investigators?|economists?|historians?|specialists?)$/u;

/**
 * The speaker a question asks what was said by, where it is a kind of person typed in lower case
 * ("what did the prime minister say about remote work?": minister; "what did the queen say…"):
 * the last word of the words before the verb of saying, as typed. Null for a name ("What did
 * Garber conclude…", uncoveredNames' to read), an organisation or a source ("What does the FDA
 * say…", "what did the Carbon Brief factcheck say…"), whose name the claim's evidence or source
 * gives, the writers of the sources (SOURCE_WRITERS), and where no such question is asked.
 */
export function askedSpeaker(question: string): string | null {
  const match = SPEAKER_ASKED.exec(question);
  if (match === null) return null;
  const words = tokenize(match[1] as string);
  const last = words[words.length - 1];
  if (last === undefined || last.length < 2 || !LOWER_CASE_FIRST.test(last) || SOURCE_WRITERS.test(last)) return null;
  // A plural no determiner points at is the kind at large ("what do doctors say about…"): the field the sources speak for.
  if (!DETERMINED.test(match[1] as string) && isPluralNoun(last)) return null;
  return kindOfPerson(last) ? last.toLowerCase() : null;
}
