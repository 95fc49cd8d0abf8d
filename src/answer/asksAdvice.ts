// Whether a question asks for advice: instructions ("how do I reset…", "how to make…", "what should I do…"), a pick
// ("what's the best app for…", "which library is best for…", "can anyone recommend a laptop…")
// or a lesson ("how do vaccines work?", "can someone explain quantum entanglement…"),
// or asks the room to come along ("anyone up for lunch?").
// Reports give findings, not steps, picks, textbook explanations or company: the no-answer decision weighs
// it (answerability.ts). How often the development sets' questions ask for each: eval/README.md,
// ninth and tenth sessions.

import { AUXILIARY } from '../search/auxiliaryVerbs.js';

/**
 * "how do I…", "how should we…", "how to…". Not "how do you…": with the generic "you" it asks a
 * finding as often ("how do you keep weight off after stopping semaglutide?") as steps ("how do
 * you say good morning in Japanese?"; eval/README.md, fifteenth session). Nor "how do / can we
 * (even / really) know…": what we know is a finding, and the question asks its evidence ("how do
 * we know anyone was buried there at all?", "how do we know old ocean crust dives down under the
 * trenches?"; eval/README.md, next53). "How do we know if…" and "…know which / when … to <do>"
 * ask for a way to decide, steps still (review52's variants).
 */
const HOW_TO = /\bhow\s+(?:do|should|can)\s+(?:i\b|we\b(?!\s+(?:even\s+|actually\s+|really\s+)?know\b(?!\s+if\b|\s+(?:when|which|what|where|how)\b[^?.!]*?\bto\s+\w)))|\bhow\s+to\b/i;

/**
 * "what should I / we do…", "what do I do if / when…": what to do, asked of the asker ("What should I
 * do if my dog mouths a cane toad?", "my laptop fan is loud, what should i do"). Not "what should I
 * wear / buy…" (a pick asked of findings as often: what mask to wear in smoke), nor "what do we
 * know / have…", nor "what can you do?" (the bot's help: chatRequests.ts), nor the generic "you".
 */
const WHAT_TO_DO = /\bwhat\s+(?:should|must|shall|ought)\s+(?:i|we)\s+(?:to\s+)?do\b|\bwhat\s+(?:do|can)\s+(?:i|we)\s+do\s+(?:if|when|about)\b/i;

/**
 * "a good X" asked of people ("anyone know a good X", "got a good X?"; not "do you have a good
 * estimate / number…", which asks the bot for a finding), "what's a good X" for a thing to make,
 * use, give or go to ("…recipe", "…substitute", "…gift", "…place") or "what's a good way to…" (how
 * to), "can anyone recommend",
 * "recommend me…", "best way to", "what's the best X for…", "which X is
 * best" ("…works best", "…cope best"), or a question opening on "best": a pick asked in the present. Not "best" that is what the
 * question is about: "the best evidence on…", "which countries have the best…", "what was the
 * best year for…", "the best-performing…", nor "did the panel recommend a ban…", nor "a good"
 * asking a finding ("what's a good COP for a heat pump…", "has remote work got a good track record…").
 */
const PICK = /\b(?:anyone|anybody|someone|somebody|you|y['’]?all) (?:know|knows|got|recommend|suggest) (?:of )?a good\b|^\W*(?:got|know|recommend|suggest) (?:of )?a good\b|\bwhat(?:['’]s| is| are) (?:a good|some good) (?:[\w-]+ ){0,2}?(?:recipes?|substitutes?|alternatives?|places?|spots?|restaurants?|books?|apps?|gifts?|laptops?|way to)\b|\b(?:can|could|would) (?:you|anyone|anybody|someone|somebody|y['’]?all) recommend\b|\brecommend me\b|\bbest way to\b|\b(?:what|which)(?:['’]s| is| are) the best (?:[\w-]+ ){1,4}?(?:for|to)\b|\bwhich (?:[\w-]+ ){0,4}?(?!the\b)[\w-]+ best\b(?!-)|^\W*best\b(?!-)/i;

/**
 * "how does X work?" as the whole question (X a word or two: "how do employees feel about remote
 * work?" asks a finding), or "can you / someone explain…": how something works in general. Not a
 * finding asked about how it works somewhere ("how do heat pumps work in the cold?"), nor "work
 * out", nor what someone explained ("does having an expert explain memory to the jury help?"),
 * nor "explain why / whether / if / what…": a finding asked politely ("can someone explain why
 * people stop taking GLP-1 drugs?"). A question opening on "explain" is a finding asked too
 * ("explain the findings on…"): no development question asks a lesson that way.
 */
const LESSON = /\bhow (?:do|does) (?:[\w'’-]+ ){1,2}work\W*$|\b(?:can|could|would) (?:you|someone|somebody|anyone|anybody) explain\b(?!\s+(?:why|whether|if|what)\b)/i;

/**
 * An invitation to the room opening the message ("anyone up for lunch at 12:30?", "hey all,
 * anybody free for coffee?"), or "you're all invited…": it asks people to come, not the reports.
 * Not "is anyone up for parole…" nor "were residents invited to…", asked about others.
 */
const INVITATION = /^[\s\p{P}]*(?:(?:hey|hi|hello|yo)\b[\s\p{P}]*(?:(?:all|everyone|team|folks|guys)\b[\s\p{P}]*)?)?(?:any(?:one|body)|some(?:one|body))(?:\s+else)?\s+(?:up|free|down|keen)\s+for\b|\byou\s+are\s+(?:all\s+)?invited\b/iu;

/** Whether `question` (as typed: plainQuestion) asks for instructions, a recommendation, a lesson or company. */
export function asksAdvice(question: string): boolean {
  return HOW_TO.test(question) || WHAT_TO_DO.test(question) || PICK.test(question) || LESSON.test(question) || isInvitation(question);
}

/** Abbreviations whose dots end no sentence ("lunch at 12 p.m. tomorrow?", "e.g. the taco place"). */
const ABBREVIATION = /\b(?:a\.m|p\.m|e\.g|i\.e|etc|vs)\./giu;

/** Where one sentence ends and the next starts: after "?", "!" or "." and a space. */
const SENTENCE_BREAK = /(?<=[?!.])\s+/u;

/** The end of the invitation's own sentence: its first "?", "!" or "." before a space or the message's end ("…lunch?? pls"). */
const SENTENCE_END = /[?!.](?=\s|$)/u;

/** A question put with a question word or an auxiliary ("do heat pumps work…?", "what did…?"); "how about / what about X?" offers more of the invitation. */
const QUESTION_WORD = new RegExp(String.raw`\b(?:${AUXILIARY}|how(?!\s+about\b)|what(?!\s+about\b)|why|when|where|which)\b`, 'i');

/** The people in the room: a question about them ("can I bring a friend?", "who else is coming?") is about the invitation. */
const THE_ROOM = /\b(?:i|me|my|we|us|our|you|your|y['’]?all|who|any(?:one|body)|some(?:one|body)|every(?:one|body))\b/i;

/** …unless it asks what they know ("does anyone know if heat pumps work below -20C?"): that asks the reports. */
const WHAT_THEY_KNOW = /\b(?:know|tell me|heard)\s+(?:if|whether|how|what|why|when|where|which)\b/i;

/**
 * Whether a sentence beside the invitation is itself a question to the reports: it ends in "?",
 * has four words or more, is put with a question word or an auxiliary, and is not about the people
 * in the room (unless it asks what they know). Not "who's in?", "or coffee?", "tacos or pizza?",
 * "how about the taco place?", "can I bring a friend?".
 */
function asksTheReports(sentence: string): boolean {
  if (!sentence.trimEnd().endsWith('?')) return false;
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0;
  return words >= 4 && QUESTION_WORD.test(sentence) && (!THE_ROOM.test(sentence) || WHAT_THEY_KNOW.test(sentence));
}

/**
 * Whether the message is an invitation (INVITATION) and asks the reports nothing besides: "anyone
 * up for lunch? also, do heat pumps work below -20C?" asks them the second question. A greeting
 * ("Hi all! Anyone up for…"), an abbreviation ("12 p.m.") or a remark ("Thai place on 5th.", "RSVP
 * by Wednesday please") around the invitation leaves it one.
 */
function isInvitation(question: string): boolean {
  if (!INVITATION.test(question)) return false;
  const text = question.replace(ABBREVIATION, (abbreviation) => abbreviation.replace(/\./g, ''));
  const invitation = INVITATION.exec(text);
  if (!invitation) return false;
  const after = text.slice(invitation.index + invitation[0].length);
  const ownEnd = after.search(SENTENCE_END);
  const besides = `${text.slice(0, invitation.index)} ${ownEnd < 0 ? '' : after.slice(ownEnd + 1)}`;
  return !besides.split(SENTENCE_BREAK).some(asksTheReports);
}
