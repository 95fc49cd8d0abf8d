// Chat's own shorthand, as typed in a channel. Shorthand for a word is spelled out, so that it is
// searched or read as the word (withoutShorthand: "bc" -> "because", "u" -> "you", "PM" -> "prime
// minister"); the abbreviations and hedges that say nothing about the topic ("btw", "lol", "ngl",
// "prob" for "probably", "super" for "very") are filler, which chatQuestion.ts drops wherever they
// stand. Both are here as they read each other: "prob" is a problem or a hedge, and "rn" before
// filler ends a clause.

import { AUXILIARY_VERBS, oneOf } from './auxiliaryVerbs.js';
import { DETERMINERS } from './determiners.js';
import { THANKS_WORDS } from './courtesies.js';
import { replacedAll } from './replacedAll.js';
import { STOP_WORDS } from './stopWords.js';

/** Chat abbreviations that hedge or exclaim ("btw", "tbh", "lol", "omg"): never a thanks nor a request. */
export const HEDGES_AND_EXCLAMATIONS = 'btw|fyi|iirc|afaik|imo|imho|tbh|fwiw|idk|lol|lmao|lmfao|rofl|omg|omfg|haha';
/** Chat abbreviations that hedge, exclaim or sign off ("btw", "lol", "omg", "thx"): filler, wherever they stand. */
export const CHAT_ABBREVIATIONS = `${HEDGES_AND_EXCLAMATIONS}|${THANKS_WORDS.join('|')}|tia|plz|pls|please|no probs?|sorry|sry|lmk|smth`;
/**
 * Chat's slang that hedges or exclaims ("bruh", "lowkey"), read as hesitation is: neither in WordNet
 * nor in a claim, each was searched as a topic word and raised the confidence that a general
 * question is answered ("bruh who wrote…", "lowkey does…"; eval/README.md, forty-fourth and
 * forty-fifth sessions). "lowkey" was read as "low key" and reached the claims on low prices.
 */
const CHAT_SLANG = String.raw`bruh+|lowkey|highkey`;
/**
 * Chat's slang that is a name in capitals, read as hesitation in lower case only: "fr" ("fr who
 * won…", "…that's wild fr"; "Fr" is francium or a priest, "Fr Damien": searched, "fr" was read as
 * francium) and "smh" ("SMH" is the Sydney Morning Herald).
 */
export const SLANG_IN_LOWER_CASE = String.raw`fr|smh`;
/**
 * "In the first place" ending a clause presses as "anyway" does ("why did the bridge collapse in the
 * first place?"): searched, "first" and "place" matched claims on a first and a place. Before more
 * words it names a place ("in the first place they dug"); after "finished", "came", "placed", "ended
 * up" or a form of "be" it is a place in a ranking ("which team was in the first place?"). The
 * chat reading drops it (HESITATION) and askedRanking.ts reads no ranking in it; the verb before it
 * is looked behind from its end; no \p{…} in it, since HESITATION is read with and without the "u" flag.
 */
export const FIRST_PLACE_EMPHASIS = String.raw`in\s+the\s+first\s+place(?<!\b(?:finish(?:ed|es)?|came|comes?|end(?:ed|s)?\s+up|placed?|is|was|are|were|be|been)\s+in\s+the\s+first\s+place)(?=\s*(?:[?!.,;:…)"”'’]|$))`;

/**
 * Hesitation and emphasis that say nothing about the topic ("umm", "ngl", "tho"; "anyway", "how big
 * was the hindenburg anyway", which no claim has and which then weighed most of the question):
 * filler too. "Exactly" presses for the answer ("how far did beamon jump exactly", "where exactly is
 * it"): searched, it weighed as much as the thing asked and matched a claim's "exactly 2.0 metres
 * per second" over the jump's own; not before a hyphen, where it makes a term ("exactly-once
 * delivery"). "prob", "probs" and "prolly" are chat's "probably", a hedge ("prob the costs are
 * high"): searched, "prob" was completed as a clipping into whatever word of the reports it starts
 * ("problems", "probes"). Not before "of", where it is a probability or a problem, left to the
 * clipping step. "In the first place" ending a clause presses as "anyway" does (FIRST_PLACE_EMPHASIS). "Apparently" and
 * "supposedly" hedge what the asker heard ("lol apparently a zoo dragon had babies with no dad??"): no
 * claim says them, and searched they weighed as a word of the topic the claims lack.
 */
export const HESITATION = String.raw`um+|uh+|ugh+|erm+|hmm+|actually|apparently|supposedly|${FIRST_PLACE_EMPHASIS}|exactly(?![-‑])|basically|literally|honestly|genuinely|gonna|wanna|kinda|sorta|real quick|real talk|ngl|tho|anyways?|probs?(?!\s+of\b)|prolly|probly|(?:quick\s+)?sanity check|${CHAT_SLANG}`;

// Words "super" makes stronger, as chat writes "very" ("it was super windy", "super early", "super
// dangerous"): an adjective or adverb by its ending, or one of the common short ones. Before any other
// word it names a kind ("super bowl ads", "is super glue toxic?", "super typhoon haiyan", "the
// yellowstone super volcano"). A noun in "-ly" is none ("super family").
const INTENSIFIED_BY_ENDING = String.raw`\p{L}{2,}(?:ous|ful|less|ish)|\p{L}{3,}(?:ive|able|ible|ing|(?<!e)ed)|\p{L}{3,}ly(?<!\b(?:family|supply|ally|rally|belly|jelly|bully|reply|assembly|anomaly|monopoly|italy|july|lily|holly|folly))`;
const INTENSIFIED_WORD = String.raw`fast|slow|quick|low|high|big|small|tiny|huge|hot|cold|warm|cool|cheap|pricey|dear|old|new|young|long|short|hard|easy|simple|complex|rare|common|loud|quiet|noisy|sick|ill|weird|odd|strange|nice|good|bad|late|close|far|near|strong|weak|safe|risky|rich|poor|thin|thick|skinny|fat|wide|narrow|deep|shallow|tall|dark|bright|clean|dirty|messy|wet|dry|windy|rainy|sunny|stormy|icy|snowy|humid|fun|funny|scary|sad|happy|angry|busy|smart|dumb|clear|vague|random|niche|dense|intense|rough|tough|tight|loose|full|empty|heavy|light|fine|gross|sure|keen|real|true|important|relevant|different|efficient|recent|frequent|prevalent|popular|similar|familiar|regular|toxic|basic|specific|dramatic|chaotic|tricky|sketchy|shady|dodgy|crazy|wild|healthy|steady|handy|salty|spicy|sticky|tasty|pretty|nasty|lucky|well|much`;
/**
 * "super" as chat's "very", before the word it makes stronger (INTENSIFIED_*). In lower case, not
 * after a determiner, a possessive or a capitalised word ("a super windy day", "London's super
 * sewer", "its own super fast train"), nor "Super Bowl" or "super-fast". Looked behind from the word.
 */
export const SUPER_AS_VERY = new RegExp(
  String.raw`\bsuper(?=\s+(?:${INTENSIFIED_WORD}|${INTENSIFIED_BY_ENDING})\b)(?<!\b${oneOf([...DETERMINERS, 'own'])}\s+super|\p{Lu}\p{L}*\s+super)`,
  'gu',
);

/**
 * Words after which "prob(s)" is a noun: articles, possessives, quantifiers, adjectives of size. Not
 * "that", "this", "its", "one", "some" or "no": a hedge follows them as often ("is that prob true?",
 * "its prob fine"; "no probs" is a sign-off).
 */
const PROBLEM_BEFORE = 'a|an|the|any|two|few|many|other|another|my|our|your|their|main|big|bigger|biggest|major|real|only|key|common|known|usual|same|huge|serious|small|minor';

// Chat shorthand for a word, spelled out so that it is searched as the word ("bc" is in no claim,
// "because" is a stop word): in lower case only, as typed in chat ("BC" is British Columbia, "U.S."
// the United States). Not after a number, where "bc" is an era and "u" a unit ("100 bc", "2 u");
// "rn" only ending a clause, as "right now" does ("rn nurses", "rn's" are registered nurses), with
// only those filler words after it ("covered rn tho?", "rn lol": spelled out before the filler goes).
/** After "PM": not a word going on, a number ("3 PM", "PM2.5", "PM 10") nor a time of day's noun ("the PM peak"). */
const NOT_THE_AFTERNOON = String.raw`(?![\p{L}\d.]|\s*\d|\s+(?:peak|rush|shift|slot|hours?)\b)`;
/** Chat's greetings, abbreviations and hesitations: words of chat, not of a topic. */
const GREETINGS_AND_FILLER = String.raw`hi|hey|hello|hiya|yo|ok|okay|${CHAT_ABBREVIATIONS}|${HESITATION}`;
/** What may stand before a question word opening a clause: the text's start or a stop, then chat's greetings and filler or a conjunction. */
const CLAUSE_OPENING = String.raw`(?:^|[?!.,;:…])(?:\s*\b(?:so|and|but|or|then|${GREETINGS_AND_FILLER})\b)*\s*`;
// Each word is matched first and what stands before it looked behind from there: a look-behind
// opening a pattern is tried at every position, and one with "\s+" in it scanned a run of spaces
// back from each of its spaces.
const SHORTHAND: [RegExp, string][] = [
  [/(?:bc|b\/c|cuz|coz)(?<!(?:[\p{L}\d.]|\d\s+)(?:bc|b\/c|cuz|coz))(?![\p{L}\d/.])/gu, 'because'],
  [/(?<![\p{L}\d.])w\/o(?![\p{L}\d/])/gu, 'without'],
  [/(?<![\p{L}\d.])w\/(?![\p{L}\d/])/gu, 'with'],
  [/(?<![\p{L}\d.])thru(?![\p{L}\d])/gu, 'through'],
  [/u(?<!(?:[\p{L}\d.-]|\d\s+)u)(?![\p{L}\d.'’-])/gu, 'you'],
  [/(?<![\p{L}\d.-])ur(?![\p{L}\d.'’-])/gu, 'your'],
  // "wat", "wut" and "wot" are chat's "what" ("wat does beamonesqe meen": searched, "wat" was a word
  // no claim has): opening a clause, after chat's greetings and filler at most, and before an
  // auxiliary or "about", as a question word stands. After a name it is a temple's ("angkor wat is
  // huge"), and so before one ("wat pho").
  [new RegExp(String.raw`(?:wat|wut|wot)(?<=${CLAUSE_OPENING}(?:wat|wut|wot))(?=\s+(?:${AUXILIARY_VERBS.join('|')}|about|happened|happens|else)\b)`, 'gu'), 'what'],
  // "prob(s)" after an article, a possessive or an adjective of size is chat's "problem(s)" ("any
  // probs with heat pumps?", "biggest prob with synthetic data"), but not before "of", where it is
  // as often a probability ("the prob of a false positive"); anywhere else it is "probably",
  // dropped with the hedges (HESITATION).
  [new RegExp(String.raw`prob(?<=(?<![\p{L}\d])(?:${PROBLEM_BEFORE})\s+prob)(?=s?(?![\p{L}\d])(?!s?\s+of\b))`, 'giu'), 'problem'],
  // "PM" is a prime minister ("what did the aussie PM say…": the claims say "Prime Minister"), in
  // capitals anywhere but beside a number ("3 PM", "PM2.5", "PM 10"), in lower case only after
  // "the" or "former" and a word at most ("the aussie pm"; not "in the pm", the afternoon); never
  // before a time of day's noun ("the PM peak", "the pm rush": the afternoon).
  [new RegExp(String.raw`PM(?<!(?:[\p{L}\d.:]|\d\s*)PM)(s?)${NOT_THE_AFTERNOON}`, 'gu'), 'prime minister$1'],
  [new RegExp(String.raw`pm(?<=(?<!\bin\s+)\b(?:the|former)\s+(?:[\p{L}-]+\s+)?pm)${NOT_THE_AFTERNOON}`, 'gu'), 'prime minister'],
  [new RegExp(String.raw`(?<![\p{L}\d.])rn(?=(?:\s+(?:${CHAT_ABBREVIATIONS}|${HESITATION})\b)*\s*(?:[?!.,;:…]|$))`, 'gu'), 'right now'],
];
/** The text with chat shorthand spelled out ("bc" -> "because", "w/" -> "with", "rn" -> "right now"). */
export function withoutShorthand(text: string): string {
  return replacedAll(withoutStretching(text), SHORTHAND);
}

// Chat's own words, as typed stretched for tone: greetings, the abbreviations and hesitations above.
const CHAT_WORD = new RegExp(String.raw`^(?:bro|${GREETINGS_AND_FILLER})$`);
// A word in lower case, each read once; stretched when a letter is typed three times or more in a
// row ("sooo", "heyyy", "lmaooo") or its last letter is doubled ("heyy", "hii", "lmaoo").
const LOWER_CASE_WORD = /(?<![\p{L}\d'’-])\p{Ll}+(?![\p{L}\d'’-])/gu;
const THREE_IN_A_ROW = /(\p{Ll})\1{2,}/gu;
const TWICE_IN_A_ROW = /(\p{Ll})\1/u;
const ONE_LETTER_REPEATED = /^(\p{Ll})\1+$/u;

/**
 * The text with chat's words typed stretched for tone written as the words ("sooo" -> "so",
 * "heyyy" -> "hey", "lmaooo" -> "lmao", "heyy" -> "hey"): stretched, they were read as no filler and
 * searched as words no claim has. A run of three or more letters is read as two, then as one, where
 * that makes a stop word or one of chat's words (CHAT_WORD), and a doubled last letter as one where
 * that makes one of chat's words; any other word is left as typed ("gooood", "bussses", "too",
 * "off": no English word has three letters in a row, but a few are typed so), and so is a word of
 * one letter repeated ("aaa", "iii", "www").
 */
function withoutStretching(text: string): string {
  // Every stretched word has a letter typed twice in a row: most questions have none, and pay nothing.
  if (!TWICE_IN_A_ROW.test(text)) return text;
  return text.replace(LOWER_CASE_WORD, (word) => {
    // A word of one letter repeated is a name or a numeral ("aaa" batteries, world war "iii", "www").
    if (word.length < 3 || ONE_LETTER_REPEATED.test(word)) return word;
    for (const run of [2, 1]) {
      const shorter = word.replace(THREE_IN_A_ROW, (letters) => letters.slice(0, run));
      if (shorter === word) break;
      if (STOP_WORDS.has(shorter) || CHAT_WORD.test(shorter)) return shorter;
    }
    const undoubled = word.slice(0, -1);
    return word.at(-1) === word.at(-2) && CHAT_WORD.test(undoubled) ? undoubled : word;
  });
}
