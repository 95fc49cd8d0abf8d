// A question as typed in chat, reduced to what it asks: Slack markup becomes plain words or goes,
// contractions are spelled out, and the greetings and filler people wrap a question in are
// dropped ("hi all, quick q: does anybody remember ... iirc?"). Quoted phrases and filters are
// left exactly as typed: they are matched literally.

import { AUXILIARY, REQUEST_MODALS, oneOf } from './auxiliaryVerbs.js';
import { ARTICLES_AND_POSSESSIVES } from './determiners.js';
import { REQUESTS_LATER, REQUESTS_OPENING } from './chatRequests.js';
import { CHAT_ABBREVIATIONS, HEDGES_AND_EXCLAMATIONS, HESITATION, SLANG_IN_LOWER_CASE, SUPER_AS_VERY, withoutShorthand } from './chatShorthand.js';
import { type CuedPattern, cued, foundIn, replacedIn, uncued } from './cuedPattern.js';
import { matchesOf } from './matchesOf.js';
import { acknowledgementsOnly } from './acknowledgementsOnly.js';
import { ACKNOWLEDGEMENT, INTERJECTION, THANKS_OR_PRAISE, THANKS_OR_SIGN_OFF, THANKS_PRAISE_AND_OFFERS, WHAT_WAS_WANTED } from './courtesies.js';
import { CONFIRMING_RIGHT } from './confirmingRight.js';
import { IRREGULAR_PAST_FORMS } from './irregularForms.js';
import { SUBJECT_PRONOUNS } from './partOfSpeech.js';
import { GREETED_SMALL_TALK, GREETING, GREETING_ONLY, HAPPY_GREETING, QUESTION_WORD, ROOM_BY_WHAT_THEY_DO, STOP } from './greetings.js';
import { REPORT_NOUN, withoutPointers } from './pointersToSources.js';
import { replacedAll } from './replacedAll.js';
import { TOTAL_ASKED_ASIDE } from './totalAskedAside.js';

// Slack's markup (https://api.slack.com/reference/surfaces/formatting): a link keeps its label,
// a channel its name is not the question, a mention or an emoji carries no topic. Each read to its
// ">" before any other "<" (Slack sends a typed "<" as "&lt;", so none is inside): read to any ">",
// a run of unclosed ones ("<!<!…", as an app may post) was read from each to the message's end,
// and these read the whole message, before its cut (asksNothing, acknowledges, pointsAbove).
const LINK_WITH_LABEL = /<(?:https?|mailto):[^|<>\s]*\|([^<>]*)>/gi;
// A label that only points at the page ("this thread", "link", "the article", "context here")
// says where to look, not what is asked: it goes with its link.
const POINTER_WORD = `(?:this|that|the|these|those|my|our|a|an|here|there|context|link|links|thread|article|post|${REPORT_NOUN}|deck|slides|source|page|message|convo|conversation|discussion|story|paper|piece)\\b`;
// Pointer words apart by at least one space or punctuation mark. No two quantifiers can take the
// same character (a word starts with a letter, which no separator is), so a long label costs its
// length to check, not an exponential number of ways to split its spaces.
const POINTER_LABEL = new RegExp(`^\\s*${POINTER_WORD}(?:[\\s\\p{P}]+${POINTER_WORD})*[\\s\\p{P}]*$`, 'iu');
const LINK = /<(?:https?|mailto):[^<>\s]*>/gi;
const MENTION_OR_CHANNEL = /<[@#!][^<>]*>/g;
// A mention typed as plain text ("hey @reportbot …", when Slack did not link it): a name, no
// topic; searched, the bot's name weighed as much as a topic word and the question was declined
// (eval/README.md, twenty-fourth session). Not an address ("me@example.org").
const PLAIN_MENTION = /(?<![\p{L}\p{N}_.@])@\p{L}[\p{L}\p{N}._-]*/gu;
// A shortcode has a letter, but for Slack's thumbs up and down (":+1:", ":-1:").
const EMOJI = /:(?:[a-z0-9_+'-]*[a-z][a-z0-9_+'-]*|[+-]1):/gi;
// Emoji typed as characters (🙏, 👍🏽, ❤️, 🇺🇸, 👨‍👩‍👧, 1️⃣), as Slack's apps send them: carry no topic
// either, and left in they stood between a sign-off and the message's end ("thanks, that's all for
// now 🙏" was searched as "that all for now"). Whole sequences: a pictograph with its variation
// selector, skin tone, joined pictographs and tags; a flag's two regional letters; a keycap. A
// joiner or selector outside one stays (inside an Indic word the joiner is part of the word, as
// the claims' words keep it), and so does a pictograph that is punctuation ("‼", "⁉" end a
// message). Not \p{Emoji}, which has the digits, "#" and "*".
const UNICODE_EMOJI =
  /\p{Regional_Indicator}{2}|[0-9#*]\u{FE0F}?\u{20E3}|(?!\p{P})\p{Extended_Pictographic}(?:[\u{FE0E}\u{FE0F}]|\p{Emoji_Modifier}|\u{200D}(?!\p{P})\p{Extended_Pictographic}|[\u{E0020}-\u{E007F}])*|\p{Emoji_Modifier}/gu;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

// A question word's "'d" is "did", as chat asks of what happened ("when'd they move to ny", "where'd
// it go", "how'd they do it"), typed with or without the apostrophe ("whend", "howd": no word
// else); "would" before the verbs it goes with, next or after a subject pronoun ("what'd be best",
// "where'd you like…"), left to the "'d" below. Not "who'd" and "which'd", as often relative and
// "would" ("people who'd benefit", "who'd have thought").
const WOULD_GOES_WITH = oneOf(['have', 'be', 'like', 'love', 'prefer', 'rather']);
const ASKING_DID = oneOf(QUESTION_WORD.split('|').filter((word) => word !== 'who' && word !== 'which'));
const QUESTION_WORD_DID = new RegExp(String.raw`\b(${ASKING_DID})['’]?d\b(?!\s+(?:${oneOf([...SUBJECT_PRONOUNS, 'you'])}\s+)?${WOULD_GOES_WITH}\b)`, 'gi');

// Contractions, so their halves are not searched as words ("doesn" is no word and no stop word),
// and so "isn't" asks as "is not" does (plainQuestion).
const CONTRACTIONS: [RegExp, string][] = [
  [QUESTION_WORD_DID, '$1 did'],
  [/\bcan['’]t\b/gi, 'can not'],
  [/\bwon['’]t\b/gi, 'will not'],
  [/\bshan['’]t\b/gi, 'shall not'],
  [/n['’]t\b/gi, ' not'],
  [/['’](?:re)\b/gi, ' are'],
  [/['’](?:ve)\b/gi, ' have'],
  [/['’](?:ll)\b/gi, ' will'],
  [/['’](?:d)\b/gi, ' would'],
  [/['’](?:m)\b/gi, ' am'],
];
// A year clipped to its last two digits ("the trophy stolen in '66", "the '79 Fastnet"): the claims
// write it in full. Not after a letter or digit (5'11"), nor a decade ("the '90s"), nor a quoted
// phrase that opens with a number ("the '15-minute city'", "the '30 by 30' target").
const CLIPPED_YEAR = /(?<![\p{L}\p{N}'’])['’](\d\d)(?![\p{L}\p{N}'’]|[-‐‑]\p{L})(?![^'’\n.?!]*[\p{L}\p{N}]['’](?![\p{L}\p{N}]))/gu;
// Up to this pivot a clipped year is this century's (a target "by '30" too), above it the last's. A
// fixed pivot, not the clock's year: the same question reads the same whenever it is asked.
const LAST_CLIPPED_YEAR_OF_THIS_CENTURY = 30;
function fullYear(_clipped: string, digits: string): string {
  return `${Number(digits) > LAST_CLIPPED_YEAR_OF_THIS_CENTURY ? '19' : '20'}${digits}`;
}

// A decade by its last two digits or in words, after "the" (and "early / mid / late": "the 90s",
// "the '80s", "the late nineties", "the mid-thirties"): the claims write it in full ("the 1990s")
// or write its years (decadeYears.ts). Only the 1930s to the 1990s, and "the noughties": "the 20s"
// and "the 10s" are as often this century's, "the teens" no decade. Not without "the": "in her
// early 90s", "in their fifties" are ages, "how many 10s" scores. The decade is matched first and
// "the" looked behind from its end: looked behind first, it was tried at every position, each
// scanning back over the whole run of spaces before it.
const DECADE_IN_WORDS: Record<string, string> = { thirties: '1930s', forties: '1940s', fifties: '1950s', sixties: '1960s', seventies: '1970s', eighties: '1980s', nineties: '1990s', noughties: '2000s' };
const DECADE = String.raw`['’]?[3-9]0['’]?s|${Object.keys(DECADE_IN_WORDS).join('|')}`;
const CLIPPED_DECADE = new RegExp(
  String.raw`(?:['’]?([3-9])0['’]?s|(${Object.keys(DECADE_IN_WORDS).join('|')}))(?<=\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:${DECADE}))(?![\p{L}\p{N}'’])`,
  'giu',
);
function fullDecade(_clipped: string, digit: string | undefined, inWords: string | undefined): string {
  return digit === undefined ? (DECADE_IN_WORDS[(inWords as string).toLowerCase()] as string) : `19${digit}0s`;
}

/** The text with its contractions spelled out ("don't" -> "do not", "you've" -> "you have", "'66" -> "1966", "the 90s" -> "the 1990s"). */
export function spelledOut(text: string): string {
  return replacedAll(text, CONTRACTIONS).replace(CLIPPED_YEAR, fullYear).replace(CLIPPED_DECADE, fullDecade);
}

// "what's", "it's" (is) or "the report's" (possessive): either way the "s" says nothing searched.
const APOSTROPHE_S = /['’]s\b/gi;

// Taking the floor: "ok so…", "okay,", "wait, did…" opening the message ("wait times…",
// "wait-list…", "wait/queue times…" and "wait (in hours)…" ask on: a hyphen, "/" or a bracket is no
// stop); "OK" in capitals is Oklahoma unless "so" or a stop follows it. A stop after "wait" takes
// the floor whatever follows it ("wait, heat pumps…", "wait: 2050 targets?", "wait, "heat pumps"…"):
// only the words after "wait" need a word's end.
const TAKING_THE_FLOOR = new RegExp(
  String.raw`^[\s\p{P}]*(?:[Oo]k(?:ay)?|OKAY|[Aa]lright|OK(?=[\s\p{P}]*(?:so\b|[,.!…]))|[Ww]ait(?![-‐‑])(?=[\s\p{P}]*(?:${STOP}|(?:so|${AUXILIARY}|what|why|how|who|when|where)\b)))\b(?:[\s\p{P}]+so\b)?`,
  'gu',
);

// "back" as a verb's particle, not a time: after a verb of coming or turning back ("did the ships come
// back then?", "prices fell back then rose"), after a verb of giving or taking with "it" ("did they pay it
// back then?"), or after an object pronoun ("did they give them back then?"). Not after any verb: "how much
// were workers paid back then?", "what did they call it back then?" point at the time.
const RETURN_VERB = String.raw`come|comes|came|coming|go|goes|went|gone|going|bounce|bounced|bouncing|step|stepped|stepping|fall|falls|fell|fallen|falling|head|headed|heading|grow|grew|grown|growing|fight|fought|fighting|scale|scaled|scaling|roll|rolled|rolling|claw|clawed|clawing|turn|turned|turning`;
const GIVE_VERB = String.raw`pay|pays|paid|paying|give|gives|gave|given|giving|take|takes|took|taken|taking|bring|brings|brought|bringing|send|sends|sent|sending|sell|sells|sold|selling|buy|buys|bought|buying|hand|handed|handing|get|gets|got|getting|put|putting|win|won|winning`;
const BACK_PARTICLE = String.raw`\b(?:${RETURN_VERB})\s+back|\b(?:${GIVE_VERB})\s+it\s+back|\b(?:them|him|her|us|me)\s+back`;

// Where people hear things: "someone said so in standup", "saw something on twitter".
const HEARD_AT = String.raw`stand-?up|slack|chat|lunch|the\s+(?:meeting|call|news|standup)|twitter|x|reddit|tiktok|linkedin|a\s+podcast`;
// The people close to the asker, whom they ask for or heard from ("asking for my mum", "my uncle swears…").
const CLOSE_PERSON = String.raw`friends?|mum|mom|mother|dad|father|parents?|boss|manager|team|kids?|son|daughter|wife|husband|partner|sister|brother|colleagues?|co-?workers?|grandma|grandpa|grandad|granddad|grand(?:mother|father)|family|aunt|uncle|cousin|neighbou?rs?|room-?mates?|flatmates?`;
// The asker's plan opening an aside after the question: "(I'm) thinking of", "planning to", "considering".
const ASKER_PLANS = String.raw`(?:(?:i\s+am|im|we\s+are)\s+)?(?:thinking\s+(?:of|about)|planning\s+(?:to|on)|considering)`;

// Anyone in the channel, asked for something ("can someone…", "could anybody…").
const ONE_OF_THE_ROOM = String.raw`someone|somebody|anyone|anybody|any1`;
// Whoever is asked to explain: the bot ("can you explain…") or anyone in the channel.
const ONE_ASKED = String.raw`you|${ONE_OF_THE_ROOM}`;
// Asking the room to tell what follows, the modal and whoever is asked (ROOM_ASKED_TO_EXPLAIN's entry in
// the filler). The modal is matched first and the sentence's start looked behind from there.
const ROOM_ASKED_TO_EXPLAIN = new RegExp(
  String.raw`\b${oneOf(REQUEST_MODALS)}\b(?<=(?:^|[.!?…])[\s\p{P}]*\p{L}+)\s+(?:${ONE_ASKED})\s+(?=(?:please\s+|pls\s+)?(?:explain|summari[sz]e|sum\s+up|break\s+down|clarify|walk\s+(?:me|us)\s+through)\b)`,
  'giu',
);

// A request for the evidence in a sentence of its own (the filler's entry says where): what the
// answer shows beside its claim, asked for ("the exact quote", "a source", "any refs"), had or
// given ("got a quote?", "I need the source", "quote it", "cite it"). A link only asked for in so
// many words ("pls link", "got a link?"): "is there a link?", "any link?" after a question ask for a
// connection as often. "'s" has gone by now ("what's the source?" is "what the source?"). Not "what
// was the source?", which asks where a thing came from as often.
const EVIDENCE_NOUN = String.raw`(?:quotes?|quotations?|sources?|citations?|refs?|references?)`;
const EVIDENCE_ADJECTIVE = String.raw`(?:exact|actual|direct|verbatim|original|primary|supporting)`;
const THE = String.raw`(?:(?:a|an|the|any|some)\s+)?(?:${EVIDENCE_ADJECTIVE}\s+)?`;
const FOR_IT = String.raw`(?:\s+for\s+(?:it|that|this|them))?`;
const POLITE = String.raw`(?:please|pls|plz)`;
/**
 * What only acknowledges or signs off (courtesies.ts ACKNOWLEDGEMENT: "bye", "see ya later", "have a
 * good one", "ok cool"), joined by "and" or stops, after a sign-off. Each taken whole (a look-ahead
 * and its capture): tried in every split, "and" read as its own or as a wish's ("and have a good
 * day") doubled the tries with each, where no end of the message followed.
 */
const SIGNED_OFF = String.raw`(?:[\s\p{P}]*(?=((?:and\s+)?(?:${ACKNOWLEDGEMENT})(?![\p{L}\p{N}])))\1)*`;
const EVIDENCE_REQUEST = [
  // "I need the quote", "got a source?", "can I get a link", "do you have a citation for that?"
  String.raw`(?:(?:(?:i|we)\s+)?(?:need|want|would\s+like)|(?:have\s+)?(?:you\s+)?got|do\s+you\s+have|(?:can|could)\s+(?:i|we)\s+(?:get|have|see))\s+${THE}(?:${EVIDENCE_NOUN}|links?)${FOR_IT}`,
  // "what's the source?", "source?", "any refs?", "is there a quote?"
  String.raw`(?:what\s+(?:is|are)?\s*|(?:is|are)\s+there\s+)?${THE}${EVIDENCE_NOUN}${FOR_IT}`,
  // "quote it", "cite that", "source it"
  String.raw`(?:quote|cite|source)\s+(?:it|that|this|them)`,
  // "link pls", "pls link"
  String.raw`${POLITE}\s+(?:a\s+|the\s+)?links?|(?:a\s+|the\s+)?links?(?=\s+${POLITE})`,
].join('|');
// After a dash, only where a question stands before it ("How do we know X — what's the source?"):
// after a topic the dash asks of it ("The 1854 cholera outbreak in Soho — what's the source?" asks
// where it came from).
/** The words a question opens with: a question word or an auxiliary. */
const QUESTION_OPENER = String.raw`(?:what|which|who|whom|whose|when|where|why|how|${AUXILIARY})`;
const QUESTION_BEFORE_DASH = String.raw`(?:^|[.!?…]\s*)[\s\p{P}]*${QUESTION_OPENER}\b[^.!?…—–]*?\s*(?:[—–]|\s-)`;
// "What's the source?" after a full stop, "!" or "…" asks for the evidence only where the sentence
// before says something of a thing, or says nothing (a greeting or thanks gone): after a bare topic
// it asks where the thing comes from ("Microplastics in bottled water. What's the primary source?").
// The other requests ("Source?", "Any refs?", "Quote please.") ask for the evidence after any stop:
// a statement then "Source?" is how a claim is checked in chat, whatever its verb ("Heat pumps work
// below -20C. Source?"). A sentence says something where it has a sign of a verb: an auxiliary, a
// question word, a pronoun, or a word in -ed or an irregular simple past ("rose", "won", "built":
// irregularForms.ts) that no preposition, determiner or "be" stands before, nor the sentence's
// opening, where no subject stands before it ("Norton died on Tofua. What's the source?", "Prices
// rose in 2022. What's the source?"; "in bottled water" is no verb, "the rose garden" no past,
// "Drunk driving deaths in Texas." and "Contaminated water in Flint." topics).
const WHAT_SOURCE = String.raw`what\s+(?:is|are)?\s*${THE}sources?\b(?!\s+for\b)`;
const VERB_SIGN = String.raw`\b(?:${QUESTION_OPENER}|i|we|you|he|she|they|it|me|us|them|him|there)\b|\b(?<!\b${oneOf(['in', 'on', 'of', 'at', 'with', 'from', 'by', 'for', 'to', 'into', ...ARTICLES_AND_POSSESSIVES, 'be', 'been', 'being'])}\s+|(?:^|[.!?…])[\s\p{P}]*)(?:\p{L}{2,}ed|${oneOf(IRREGULAR_PAST_FORMS)})\b`;
const SAID_BEFORE_STOP = String.raw`(?:^|[.!?…])(?:[^.!?…]*?(?:${VERB_SIGN})[^.!?…]*?|(?:(?![.!?…])[\s\p{P}])*)[.!…]`;
const REQUEST_TO_THE_END = String.raw`(?:[\s\p{P}]+(?:${CHAT_ABBREVIATIONS}))*[\s\p{P}]*$`;
const EVIDENCE_ASKED_ALONE = new RegExp(
  [
    // any request but "what's the source?", after a stop or a question before a dash
    String.raw`(?<=[?!.…]|${QUESTION_BEFORE_DASH})\s*(?:${POLITE}\s+)?(?!${WHAT_SOURCE})(?:${EVIDENCE_REQUEST})${REQUEST_TO_THE_END}`,
    // "what's the source?" after a question or a said sentence: looked for first, then what stands
    // before it looked behind (a look-behind opening a pattern is tried at every position)
    String.raw`(?=\s*(?:${POLITE}\s+)?${WHAT_SOURCE})(?<=\?[.!…]*|${SAID_BEFORE_STOP}|${QUESTION_BEFORE_DASH})\s*(?:${POLITE}\s+)?${WHAT_SOURCE}${REQUEST_TO_THE_END}`,
    String.raw`^\s*(?:${POLITE}\s+${EVIDENCE_NOUN}|${EVIDENCE_NOUN}\s+${POLITE})\s*:`,
  ].join('|'),
  'giu',
);

// What people wrap a question in, in a chat channel. Each entry is a kind of filler, not a
// phrase from one question: greetings to a channel, asking for the asker's memory or the room's,
// chat abbreviations, politeness, and asking for "the stat" or "that thing" on a topic. `requests`:
// what is asked of the bot or the room, no report's (chatRequests.ts), for the part read. A
// greeting and taking the floor only open the message: after a quoted phrase they are the
// question's words (`"heat pumps" evening use`, `"solar" okay in winter?`). A pattern whose matches
// all hold one of a few words is tried only where the text holds one (cued, cuedPattern.ts).
// What a check of what one heard asks of it ("is that a myth / legit / hype", "is that right /
// correct / accurate", "is that true"), read as filler at the message's end and around the asker's
// impression (CHECKS_WHAT_WAS_SAID).
const HEARSAY_JUDGED = String.raw`(?:all\s+)?a\s+myth|legit|overblown|(?:just\s+)?hype|a\s+thing`;
const RIGHTNESS_JUDGED = String.raw`right|correct|accurate`;
const CHECKS_WHAT_WAS_SAID = String.raw`(?:or\s+)?(?:is|was)\s+(?:that|this|it)\s+(?:(?:actually|really)\s+)?(?:true|${RIGHTNESS_JUDGED}|${HEARSAY_JUDGED})`;
const filler = (requests: readonly CuedPattern[], opensMessage: boolean): CuedPattern[] => [
  // greeting the room, and the small talk after a greeting (greetings.ts)
  ...(opensMessage ? [GREETED_SMALL_TALK, GREETING, ROOM_BY_WHAT_THEY_DO].map(uncued) : []),
  // asking for a thing of the workplace, a task, something written or a joke; small talk
  ...requests,
  // "quick q", "quick question", "random question", "dumb question"
  uncued(/\b(?:quick|random|dumb|silly|stupid|small|short)\s+(?:q|qq|question|one)\b/gi),
  // asking the room for figures after the question is asked ("how big was the voc fleet at its
  // height, anyone have numbers", "…? anybody got stats"): the figures are what the question asks,
  // but "numbers" was searched once "anyone have" went (held-out 60). After a comma or a question
  // mark only, ending the message or its clause: "anyone have the numbers on X?" asks for them.
  // "anyone" is matched first and what stands before it looked behind from there.
  cued(
    /\b(?:anybody|anyone|any1|someone|somebody)(?<=[,?]\s*(?:anybody|anyone|any1|someone|somebody))\s+(?:have|has|got)\s+(?:any\s+|the\s+|some\s+)?(?:numbers|figures|stats|statistics|a\s+number|a\s+figure)(?=[\s\p{P}]*$|\s*[?!.,;:…\n])/giu,
    'any|some',
  ),
  // asking the room's or one's memory: "does anybody remember", "anyone know", "can someone tell me"
  cued(
    new RegExp(String.raw`\b${AUXILIARY}?\s*(?:anybody|anyone|any1|someone|somebody|one of you|you guys|y['’]?all)\s+(?:here\s+)?(?:remember|recall|know|knows|seen|read|have|has|got|tell me|point me to|help)\b`, 'gi'),
    String.raw`any|some|you|y['’]?all`,
  ),
  // (contractions are spelled out by now: "can't" is "can not")
  uncued(/\b(?:i\s+)?(?:can not|cannot|do not)\s+(?:remember|recall)\b/gi),
  // "remind me" asked of the bot or of the room ("can you remind me…", "pls can someone remind me whether…")
  cued(new RegExp(String.raw`\b${oneOf(REQUEST_MODALS)}?\s*(?:(?:you|${ONE_OF_THE_ROOM})\s+)?remind me\b`, 'gi'), 'remind'),
  uncued(/\bi\s+(?:was|am|m)\s+(?:wondering|curious|trying to remember|trying to find)\b/gi),
  uncued(/\b(?:just\s+)?(?:wondering|curious)\b/gi),
  uncued(/\bany\s+(?:idea|ideas|clue|pointers)\b/gi),
  // thanking, praise for whoever answered and offering to be reached (courtesies.ts): before the
  // chat abbreviations, which take "thanks" alone
  ...THANKS_PRAISE_AND_OFFERS,
  // asking for the evidence in a sentence of its own after the question ("…? Quote please.", "…?
  // Quote it please.", "…? Got a quote?", "…? I need the quote", "… - what's the source?", "…?? link
  // pls"), or before it with a colon ("Quote please: how much…"): how it asks, as "what's the source
  // for…" opening it is (pointersToSources.ts); searched, "quote", "source", "need" are words no
  // claim has. Only the request alone to the message's end or the colon: "…? Is there a quote from
  // ECHA?" names whose, and "Quote the evidence on…" asks on.
  // Before the chat abbreviations, so "please" is still there to tell "link pls" a request.
  cued(EVIDENCE_ASKED_ALONE, 'quot|sourc|cit|ref|link'),
  // chat abbreviations that hedge or sign off (chatShorthand.ts)
  uncued(new RegExp(String.raw`\b(?:${CHAT_ABBREVIATIONS})\b`, 'gi')),
  // "cc" copying someone in, at the end (their mention is gone by now): not "CC BY" or "250 cc"
  uncued(/\bcc\b(?=[\s\p{P}]*$)/gu),
  // hesitation and emphasis that say nothing about the topic (chatShorthand.ts)
  uncued(new RegExp(String.raw`\b(?:${HESITATION})\b`, 'gi')),
  // (not in a web address: "lemonde.fr", "fr.wikipedia.org")
  uncued(new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:${SLANG_IN_LOWER_CASE})(?![\p{L}\p{N}]|\.[\p{L}\p{N}])`, 'gu')),
  // "super" making the word after it stronger, as chat writes "very" ("it was super windy", "super
  // early", held-out 10-39): searched, no claim's word. Not where it names a kind ("super bowl ads",
  // "do super shoes make runners faster?"; chatShorthand.ts).
  uncued(SUPER_AS_VERY),
  // a happy day wished and taking the floor, once what stood before them has gone ("lol happy
  // friday everyone, …", "btw ok so…")
  ...(opensMessage ? [HAPPY_GREETING, TAKING_THE_FLOOR].map(uncued) : []),
  // the room or the bot asked to explain or sum up what follows, opening the message or a sentence ("can someone
  // explain the offside rule?", "could anyone summarize the Q3 doc for me", "can you explain…"): whoever is asked is no word a
  // claim must cover ("someone" reached a claim's "people" through WordNet's person). Not where the
  // person is what is asked about ("can someone fake the signal…", "at what age can someone…").
  cued(ROOM_ASKED_TO_EXPLAIN, ONE_ASKED),
  // "what was that stat on", "the number for": the topic follows
  uncued(/\b(?:that|the|this)\s+(?:stat|statistic|number|figure|thing|one)\s+(?:on|about|for|re|regarding)\b/gi),
  // what the answer is for, said as an aside after the question ("…properly? asking for my kid's
  // science fair", "…? asking for a policy brief due friday", "…? asking for a rancher friend"):
  // searched, its words drew claims on science fairs and policy. After a question mark only, to
  // that clause's end, with a word in it ("…? asking for" before a mention is the next entry's):
  // after a greeting's full stop or "!" it is the request itself ("hi all! asking for any numbers
  // on microplastics…", "morning. asking for a summary of…"); not after a word or a comma ("egypt
  // has been asking for the rosetta stone back", "sellers, on average, asking for…" ask about it).
  // "asking for" is matched first and what stands before it looked behind from there (a
  // look-behind opening the pattern is tried at every position).
  cued(/\basking\s+for\b(?<=\?\s*asking\s+for)(?=\s*[^\s?!.,;:…])[^?!.,;:…\n]*/giu, 'asking'),
  // who the asker asks for or what the answer is for: "asking for a friend", "asking for my
  // mum", "need it for a slide", "need it for the policy memo". Only people: "asking for my bank
  // statements" is a question's topic.
  cued(new RegExp(String.raw`\basking for\s+(?:a\s+friend|(?:my|our)\s+(?:[\p{L}-]+\s+)?(?:${CLOSE_PERSON})|the\s+(?:[\p{L}-]+\s+)?(?:folks|team|people|group))\b`, 'giu'), 'asking'),
  // "asking for" a channel or a person after the question, whose mention is gone by now ("…?
  // asking for <#C0123|research>"). Ending a question it asks ("what are tenants asking for?",
  // "how much are sellers, on average, asking for?").
  cued(/(?:^|(?<=[?!.…]))\s*asking\s+for(?=[\s\p{P}]*$)/gu, 'asking'),
  // the asker's impression of it, said after the question ("…longer hours? feels like it", "…passkeys
  // vs passwords? feels like nobody", "…the 5th one?? feels like every yr now", "…before it worked?
  // felt like forever", tuning and held-out 4, 7, 10, 20, 57 twice): how it strikes them, not what
  // is asked; searched, "felt", "forever" and "news" drew claims of their own. After a question mark
  // only: "feels like" in the question ("why does it feel like prices keep rising?", "what did it
  // feel like…") is what it asks. After a question of three words or more: after "wait what?",
  // "huh?" or "really?" the impression is what is asked ("wait what? sounds like heat pumps don't
  // work in the cold"), and so after a question that only checks what was said, or before one
  // (CHECKS_WHAT_WAS_SAID: "is that true? seems like the canal was a flop", "…? seems like a lot of
  // it comes from the cap, is that true?"): what is checked is the impression. To its clause's end
  // (a stop, a comma or a dash), after which a question is asked ("…cost? sounds like a lot, are
  // there rebates?"), as with the plans below. The question mark is looked behind from "like", not
  // tried at every position; the question before it is scanned to its sentence's opening from there
  // only.
  cued(
    new RegExp(
      String.raw`\b(?:(?:it|that|this|which)\s+)?(?:feels|felt|seems|seemed|sounds|sounded)\s+like\b(?<=(?:\p{L}+[^?!.…\n\p{L}]+){2}\p{L}+[^?!.…\n]*\?+\s*(?:(?:it|that|this|which)\s+)?\p{L}+\s+like)(?<!(?:^|[?!.…\n])[\s\p{P}]*(?:\p{L}+[\s\p{P}]+)?${CHECKS_WHAT_WAS_SAID}\?+\s*(?:(?:it|that|this|which)\s+)?\p{L}+\s+like)(?:(?!\s[-–—]\s)[^?!.,;:…\n–—])*(?=[?!.,;:…\n–—]|\s[-–—]\s|$)(?![\s\p{P}]*${CHECKS_WHAT_WAS_SAID}\b)`,
      'giu',
    ),
    'like',
  ),
  // what the asker plans to do with the answer, after the question and pointing back at its topic
  // ("anyone know how much a yubikey costs? thinking of getting one for the team", held-out 7: searched,
  // "team" drew a claim on hearing aids and it was answered): only after a question mark, and only
  // getting, buying or ordering "one / some / it / them"; the thing named is the question's topic
  // ("i'm thinking of buying a heat pump, do they work in the cold?" asks on). To its clause's end: a
  // stop, a comma or a dash, after which a question is asked ("…? thinking of getting one - do they
  // work below freezing?"). The plan is matched first and the question mark looked behind from there.
  cued(
    new RegExp(String.raw`\b${ASKER_PLANS}\s+(?:get|getting|buy|buying|order|ordering)\s+(?:one|some|it|them)\b(?<=\?\s*${ASKER_PLANS}\s+\p{L}+\s+\p{L}+)(?:(?!\s[-–—]\s)[^?!.,;:…\n–—])*`, 'giu'),
    'thinking|planning|considering',
  ),
  cued(/\bneed(?:ed)?\s+(?:it|this|them|these|that)\s+for\s+(?:a|the|my|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:slide|slides|deck|memo|presentation|meeting|talk)(?:\s+in\s+\d+\s*(?:min|mins|minutes))?\b(?=\s*\p{P}*\s*$|\s*\p{P})/giu, 'need'),
  // asking whether what one heard holds: "is that a myth", "actually legit?", "or nah"
  uncued(new RegExp(String.raw`\b(?:or\s+)?is\s+(?:that|this|it)\s+(?:${HEARSAY_JUDGED})\b`, 'gi')),
  uncued(/\b(?:actually\s+)?(?:legit|true)\b(?=\s*[?!.]*\s*(?::[a-z0-9_+'-]+:\s*)*$)/gi),
  uncued(/\bor\s+(?:nah|nope)\b/gi),
  // and "is that right?", "is that correct?" ending the message (held-out 15, 16): what the question
  // already asks
  cued(new RegExp(String.raw`\b(?:or\s+)?is\s+(?:that|this|it)\s+(?:${RIGHTNESS_JUDGED})\b(?=[\s\p{P}]*$)`, 'giu'), 'right|correct|accurate'),
  // a "right" tagged on to what the asker believes, ending the message ("some teenagers in 1940 right?",
  // "…soviets, right?"; confirmingRight.ts): not "were the critics right?", "left or right?", "a basic right"
  cued(CONFIRMING_RIGHT, 'right'),
  // asking the room to confirm what the question says ("…a million jobs? can someone confirm the
  // number", "…? pls confirm", held-out 8, 9, 35): searched, "confirm" and "number" drew claims on
  // confirmations. To the clause's end with what it is confirmed for ("before I put it in the memo");
  // "can someone confirm whether…" asks on.
  cued(
    /\b(?:can|could)\s+(?:someone|somebody|anyone|anybody|you)\s+confirm(?:\s+(?:the\s+(?:number|figure|date)|that|this|it))?(?:\s+before\s+i\b[^?!.,;:…\n]*)?(?=[\s\p{P}]*$|\s*[?!.,;:…\n])|\bconfirm(?<=[?!.…]\s*confirm)(?=[\s\p{P}]*$)/giu,
    'confirm',
  ),
  // where one heard it: "i heard", "I've heard", "heard…" opening a sentence, "saw something on",
  // "anyone heard anything", "someone said (so in standup)", "someone at lunch said / swore", "someone
  // on my team swears it did", "…?? someone said that at lunch", "my dad said this", "my uncle
  // swears…", "my manager keeps saying…"; only where people hear things, not a place ("…? someone
  // said so in Norway", "someone in the UK who caught smallpox", "Heard Island")
  cued(
    new RegExp(
      String.raw`\b(?:(?:someone|somebody)(?:\s+(?:in|at|on)\s+(?:${HEARD_AT}|my\s+team|the\s+[\p{L}-]+\s+(?:call|meeting)))?\s+(?:said|told\s+me|mentioned|asked|swore|swears|claimed)|my\s+(?:[\p{L}-]+\s+)?(?:${CLOSE_PERSON})\s+(?:swears|swore|says|said|keeps\s+saying|reckons|insists))\b(?:\s+(?:so|that\s+was\s+the\s+case|it\s+(?:did|was|is)|that|this)\b(?:\s+(?:in|at|on)\s+(?:${HEARD_AT}))?(?=[\s\p{P}]*$))?`,
      'giu',
    ),
    'some|swear|swore|say|said|reckon|insist',
  ),
  // and the place and when, after "saw something on" ("…? saw something on twitter a while back")
  cued(
    new RegExp(String.raw`\b(?:i\s+)?saw\s+(?:something|smth|sth|this|that)\s+(?:on|in)\b(?:\s+(?:${HEARD_AT})\b(?:\s+(?:a\s+while\s+(?:back|ago)|recently|the\s+other\s+day|last\s+(?:week|night)|yesterday)\b)?)?`, 'giu'),
    'saw',
  ),
  cued(/\b(?:fwiw\s+)?i(?:\s+have)?\s+heard\b|\bheard\b(?<=(?:^|[.!?…\n])[\s\p{P}]*heard)(?!\s+islands?\b)/giu, 'heard'),
  // what the asker has just learned, before what they ask of it: "lol I just found out Vienna had
  // tube mail — how long did that last?", "I've just learned that…", and with no "I" opening the
  // message or a sentence, the stops typed after chat words before it aside ("just read about…",
  // "ugh just read about…", "ugh, just read about…", "ok so, just learned that…": the chat words
  // are gone by now, their comma not); with "just" ("what did researchers find out…" asks on).
  // Someone else's learning is what is asked: "Which vaccine was just discovered to…", "What has
  // the team just learned about…", "Which fossil, just discovered in Morocco, …" (a comma after
  // words that stay).
  cued(/(?:\bi(?:\s+have|'ve|’ve)?\s+|(?:^|(?<=[.!?…—–]))[\s,;:]*)just\s+(?:found\s+out|learned|learnt|realized|realised|discovered|read)(?:\s+that)?\b/giu, 'just'),
  uncued(/\banyone\s+heard\s+anything\b/gi),
  // vagueness: "callbacks etc", "run for mayor and stuff" (ending a clause: "stuff and things");
  // "etc" in lower case only ("ETC tolls" are electronic toll collection)
  uncued(/\betc\b/g),
  uncued(/\b(?:and|or)\s+(?:stuff|whatever)\b(?=\s*(?:[?!.,;:…]|$))/gi),
  // "back then" ending a clause points at the time the question is already about ("did royalty
  // get knocked out to have a baby back then?", "who ran the smallpox eradication thing at WHO
  // back then?", "how many copies of the great wave were printed back then?"): searched, "back"
  // drew claims on what was given or fought back. Not "these days" or "nowadays": a claim's "today"
  // or "now" answers them. Not where "back" is a verb's particle (BACK_PARTICLE: "did the ships come
  // back then?" asks on); matched first and looked behind from there, not at every position.
  uncued(new RegExp(String.raw`\bback\s+then\b(?<!(?:${BACK_PARTICLE})\s+then)(?=\s*(?:[?!.,;:…]|$))`, 'gi')),
  // and "back" before the time it points at, which stays searched ("la roya in central america back
  // in 2012", "back in the late 90s", "back when covid grounded everyone"), where "back" drew the same
  // claims; "came back in 1914", "far back in time" and after a verb of giving or taking, whose
  // particle it is as often ("get paid back when wolves kill…", "was the loan paid back in 2010?"),
  // ask on.
  uncued(new RegExp(String.raw`\bback\b(?<!${BACK_PARTICLE}|\b(?:${GIVE_VERB})\s+back)(?=\s+(?:in\s+(?:the\s+)?(?:(?:early|late|mid|like)\s+)*\d|when\b))`, 'gi')),
  // "ballpark" as an aside, asking for a rough figure ("…per tonne of steel, ballpark?", "Ballpark, how
  // many birds…", "ballpark is fine"): searched, a noun no claim has. Between stops only: "the new
  // ballpark" is a stadium.
  cued(/(?:^|(?<=[,;:.!?…—–-]))\s*ballpark(?:\s+(?:figure|estimate|number))?(?:\s+is\s+(?:fine|ok|okay))?(?=[\s\p{P}]*$|\s*[,;:.!?…—–-])/giu, 'ballpark'),
  // a total asked in words no claim writes it in ("…, all told?", "once you count it all up": totalAskedAside.ts)
  TOTAL_ASKED_ASIDE,
  // "anyone have the numbers handy?": the numbers are what is asked
  uncued(/\bhandy\b(?=\s*[?!.])/gi),
  // signing off at the message's end: "thanks, that's all for now", "that'll be it for today",
  // "that's everything for now"
  // ("that's" is "that" by now, "that'll" is "that will"); "is that all the funding…" asks on
  // ("…, is that all I needed?" ending a question asks it). What only acknowledges or signs off
  // after it goes with it (courtesies.ts ACKNOWLEDGEMENT, its thanks gone by now: "ok that's all for
  // now, bye", "that's it, see ya later", "that's all, thanks and bye", "…, have a good one", "…, ok
  // cool, bye"): "bye" is dropped only as the whole message.
  cued(new RegExp(String.raw`\b(?:that|thats)(?<!\b(?:is|was)\s+(?:that|thats))(?:\s+is|\s+will\s+be)?\s+(?:all|it|everything)(?:\s+for\s+(?:now|today)|\s+(?:i|we)\s+(?:needed|wanted|was\s+after))?${SIGNED_OFF}(?=[\s\p{P}]*$)`, 'giu'), 'that'),
];
/** The filler of the text before any quoted phrase or filter, and of the text after one. */
const FILLER_OPENING = filler(REQUESTS_OPENING, true);
const FILLER_LATER = filler(REQUESTS_LATER, false);

// A filter's name is read from its first letter only (not after another letter, where the longer
// name holding it would already have matched): tried from every letter, a long word was scanned to
// its end for a colon from each of its letters.
const QUOTED_OR_FILTER = /("[^"]*"|“[^”]*”|(?<![A-Za-z])[A-Za-z][\w-]*:(?:"[^"]*"|“[^”]*”|\S+))/;

/** The question without chat wrapping; quoted phrases and `name:value` filters untouched. */
export function chatQuestion(text: string): string {
  const parts = readOutsideQuotesAndFilters(withoutMarkup(text), cleanWords);
  // Acknowledging only, with no phrase or filter: nothing is asked.
  if (parts.length === 1 && acknowledgementsOnly(parts[0] as string)) return '';
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Longer than any message that only acknowledges, in the words read (markup, emoji and runs of
 * space gone).
 */
export const MAX_ACKNOWLEDGEMENT_LENGTH = 200;

/**
 * A message that says something and asks nothing of anyone: it only acknowledges, thanks, signs off,
 * laughs or reacts ("thanks!", "ok cool", "lol", "👍"). Between colleagues in a thread the bot
 * answered in, such a reply is not for the bot, and answered it drew a decline. A greeting, small
 * talk or a request the reports cannot meet is still answered (greetsOrRequests). An empty text asks
 * for help (parseRequest.ts). Read without markup and emoji and with each run of space one: more
 * than MAX_ACKNOWLEDGEMENT_LENGTH of that asks, unread, as the reading's time grows faster than the text.
 */
export function asksNothing(text: string): boolean {
  return chatReading(text) === 'nothing';
}

/**
 * A message that asks the reports nothing and is still said to someone, who is owed a reply: a
 * greeting alone ("hi", "👋"), small talk ("how's your day going?"), a request no report meets
 * ("can you write me a haiku?", "convert 5 miles to km", "can you share the zoom link?"). Said to
 * the bot, the reply says what it does (answerQuestion.ts sets the Answer's `chat`), not that no
 * claim matches.
 */
export function greetsOrRequests(text: string): boolean {
  return chatReading(text) === 'greetsOrRequests';
}

/**
 * What a message says to whoever it is said to, read once for asksNothing and greetsOrRequests:
 * it asks (a question, something searched, an empty text asking for help, or more than
 * MAX_ACKNOWLEDGEMENT_LENGTH), it greets or requests what no report meets, or it asks nothing.
 */
function chatReading(text: string): 'asks' | 'greetsOrRequests' | 'nothing' {
  if (!/\S/.test(text)) return 'asks';
  const unmarked = withoutMarkup(text);
  const read = withoutEmoji(unmarked);
  if (WAVE.test(unmarked) && !HAS_WORD.test(read)) return 'greetsOrRequests';
  if (read.length > MAX_ACKNOWLEDGEMENT_LENGTH || !leavesNoWords(read)) return 'asks';
  const words = withoutChatWordsOpening(preparedWords(read));
  return GREETING_ONLY.test(words) || words.search(GREETED_SMALL_TALK) !== -1 || REQUESTS_OPENING.some((said) => foundIn(words, said))
    ? 'greetsOrRequests'
    : 'nothing';
}

/**
 * A message that asks nothing and thanks, praises, acknowledges or signs off in words, or only reacts
 * with emoji ("@bot thanks!", "@bot you rock", "@bot 👍", "🙏 @bot"): said to the bot, no reply is
 * wanted. One that only points ("cc @bot", "@bot ^", "@bot 👆": pointsAbove) does not acknowledge: it
 * calls the bot to the question above.
 */
export function acknowledges(text: string): boolean {
  if (!asksNothing(text)) return false;
  const unmarked = withoutMarkup(text);
  if (THANKS_OR_SIGN_OFF.test(unmarked) || THANKS_OR_PRAISE.test(spelledOut(unmarked))) return true;
  const hasEmoji = unmarked.search(EMOJI) !== -1 || unmarked.search(UNICODE_EMOJI) !== -1;
  return hasEmoji && !HAS_WORD.test(withoutEmoji(unmarked)) && !pointsAbove(text);
}

// Pointing at the message above: "cc", "^", "see above", 👆, ☝️, ⬆️ and their shortcodes. A 👍 or
// 🙏 reacts (acknowledges), it does not point.
const POINTING =
  /(?<![\p{L}\p{N}])(?:cc|see\s+above|above)(?![\p{L}\p{N}])|\^+|↑|⬆\u{FE0F}?|👆|☝\u{FE0F}?|:(?:point_up|point_up_2|arrow_up|arrow_up_small|arrow_double_up):/giu;

/**
 * A message that only points at the message above, markup and emoji aside ("cc @bot", "@bot ^",
 * "see above 👆"): said to the bot in a thread it answered, it asks the thread's question again
 * (appMention.ts).
 */
export function pointsAbove(text: string): boolean {
  const unmarked = withoutMarkup(text);
  return unmarked.search(POINTING) !== -1 && !HAS_WORD.test(withoutEmoji(unmarked.replace(POINTING, ' ')));
}

// A wave greets as "hi" does when nothing but markup and emoji stands with it ("👋", "@bot :wave:");
// after thanks or a sign-off it waves goodbye ("thanks! 👋", "ok bye :wave:"). It is dropped with
// the other emoji before the words are read.
const WAVE = /👋|:wave:/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The text without emoji, each run of space one space (a new line when it holds one: a clause ends
 * there). A run of spaces left by emoji was scanned from each of its spaces by the patterns that may
 * start with spaces.
 */
function withoutEmoji(text: string): string {
  return text
    .replace(EMOJI, ' ')
    .replace(UNICODE_EMOJI, ' ')
    .replace(/\s{2,}/g, (run) => (run.includes('\n') ? '\n' : ' '));
}

/**
 * Whether the chat reading of the text has no word left, neither letter nor digit: it only
 * acknowledges, thanks, greets, reacts or requests what no report holds ("ok cool", "hi", "👍",
 * "convert 5 miles to km"), or it is empty. A follow-up that leaves none is no follow-up
 * (followUpQuestion.ts); asksNothing tells which of these ask nothing.
 */
export function leavesNoWords(text: string): boolean {
  return !HAS_WORD.test(chatQuestion(text));
}

/**
 * The question as typed, without Slack's markup and emoji, every word kept: what reads how a
 * question asks (askedQuantity.ts, askedAnswerKind.ts). The filler chatQuestion drops from the
 * words searched is often how a question asks for a number ("what was the stat on…", "the number
 * for…"), and "what's" or "when's" ask as "what is" and "when is" do, so "'s" stays. A curly
 * apostrophe (as Slack on macOS and iOS types it) is a straight one, and the other contractions
 * are spelled out ("isn't vaping legal…" asks as "is not vaping legal…").
 */
export function plainQuestion(text: string): string {
  const plain = withoutMarkup(text).replace(EMOJI, ' ').replace(UNICODE_EMOJI, ' ').replace(/’/g, "'");
  // Shorthand is spelled out outside quoted phrases and filters only ("report:bc-hydro" is a name).
  return readOutsideQuotesAndFilters(spelledOut(plain), withoutShorthand).join('').replace(/\s+/g, ' ').trim();
}

/**
 * The text's parts in order: its quoted phrases and `name:value` filters as they are, `read` of the
 * rest. A part opens the message (`opensMessage`) when only filters stand before it: "report:x hey
 * team, …" greets, `"heat pumps" evening use` does not.
 */
function readOutsideQuotesAndFilters(text: string, read: (words: string, opensMessage: boolean) => string): string[] {
  // split with a capturing group: odd indexes are the quoted phrases and filters.
  const parts = text.split(QUOTED_OR_FILTER);
  // Filled by push from a literal (not .map): every question's array is then of one kind to V8,
  // so its compiled code is not thrown away (bench/README.md, eleventh session).
  const kept: string[] = [];
  let opens = true;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    kept.push(i % 2 === 1 ? part : read(part, opens));
    if (i % 2 === 1 ? /^["“]/.test(part) : /\S/.test(part)) opens = false;
  }
  return kept;
}

function withoutMarkup(text: string): string {
  return text
    .replace(LINK_WITH_LABEL, (_link, label: string) => (POINTER_LABEL.test(label) ? ' ' : ` ${label} `))
    .replace(LINK, ' ')
    .replace(MENTION_OR_CHANNEL, ' ')
    .replace(PLAIN_MENTION, ' ')
    .replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The words as the filler is read from: no emoji, contractions and shorthand spelled out, no "'s". */
function preparedWords(text: string): string {
  return withoutShorthand(spelledOut(text.replace(EMOJI, ' ').replace(UNICODE_EMOJI, ' '))).replace(APOSTROPHE_S, '');
}

// Chat's hedges, exclamations, interjections and slang opening the message ("lol", "ngl", "tbh",
// "oh", "bruh", "fr"): dropped before the readings of how a message opens (a greeting, a request no
// report meets, taking the question back), which read it from its start; after "lol" they read none
// ("lol convert 5 miles to km", "lol good morning everyone 👋", "oh never mind"). Not thanks, which
// the courtesies read with what follows them, nor "exactly" praising the answer ("exactly what I
// needed"); not before a time of day, which after them is the topic as often as a greeting ("iirc
// evening is when prices peak?").
const CHAT_WORDS_OPENING = new RegExp(
  String.raw`^[\s\p{P}]*(?:(?!${WHAT_WAS_WANTED})(?:${HEDGES_AND_EXCLAMATIONS}|${HESITATION}|${SLANG_IN_LOWER_CASE}|${INTERJECTION})(?![\p{L}\p{N}'-]|\.[\p{L}\p{N}])[\s\p{P}]*)+(?![\s\p{P}]*(?:morning|afternoon|evening)\b)`,
  'iu',
);

// The slang read in lower case only, in any case: typed with a capital ("Fr", "SMH") it is a name.
const SLANG_IN_ANY_CASE = new RegExp(String.raw`\b(?:${SLANG_IN_LOWER_CASE})\b`, 'gi');
// An interjection in any case: typed in capitals ("OH") it is a name (Ohio).
const INTERJECTION_IN_ANY_CASE = new RegExp(String.raw`\b(?:${INTERJECTION})\b`, 'gi');

/**
 * The text without the chat words opening it (CHAT_WORDS_OPENING); an opening with "Fr" or "SMH"
 * with a capital, or "OH" in capitals, is a name's.
 */
function withoutChatWordsOpening(text: string): string {
  const opening = CHAT_WORDS_OPENING.exec(text);
  if (opening === null) return text;
  for (const [word] of matchesOf(opening[0], SLANG_IN_ANY_CASE)) if (word !== word.toLowerCase()) return text;
  for (const [word] of matchesOf(opening[0], INTERJECTION_IN_ANY_CASE)) if (word === word.toUpperCase()) return text;
  return text.slice(opening[0].length);
}

function cleanWords(text: string, opensMessage: boolean): string {
  let cleaned = opensMessage ? withoutChatWordsOpening(preparedWords(text)) : preparedWords(text);
  for (const said of opensMessage ? FILLER_OPENING : FILLER_LATER) cleaned = replacedIn(cleaned, said, ' ');
  return withoutPointers(cleaned);
}
