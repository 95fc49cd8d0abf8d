// Whether a question browses the reports for a name or a thing ("Do any of the reports mention
// Utah?", "anything on Singapore?", "what do we know about Temasek?", "any mention of
// microplastics?", "which reports mention Ohio?", "is Vitruvius cited anywhere in the reports?"),
// and what it browses for. Asked so, a question wants the claims that name the
// thing, whatever they say of it: a claim naming it answers, and when no claim shown names it, the
// reports do not speak of it (answerability.ts). The words around it ("reports", "mention",
// "research", "involving", "specifically") say how the question asks, not what it is about.
// Only a short thing (a name, or a noun with a word or two: MAX_TERMS) read to the message's end:
// "anything on how much the show bumped chess set sales?" asks a finding, and "do we have
// anything on khanmigo? has it been tested?" asks more than whether it is named.

import { termsOf } from '../search/termsOf.js';
import { BE_FORMS, DO_FORMS, oneOf } from '../search/auxiliaryVerbs.js';
import { SUPERLATIVE_WORDS } from './askedAnswerKind.js';

/** Terms (termsOf: stop words dropped) the thing browsed for may have: more is a finding asked, not a name. */
export const MAX_TERMS = 3;

/** Where the reports are named: "the reports", "our research", "any of the papers", "in there". */
const REPORTS = String.raw`(?:(?:the|our|these|your|any\s+of\s+(?:the|our|these))\s+(?:reports?|research|docs?|documents?|write-?ups?|stud(?:y|ies)|papers?|library|files))`;
const IN_REPORTS = String.raw`(?:(?:in|across|from)\s+${REPORTS}|in\s+(?:here|there))`;

/** What people say when they browse: each shape ends right before the thing browsed for. */
const BROWSE_SHAPES = [
  // "anything on X", "do we have anything about X", "is there anything in the reports on X",
  // "got any info on X", "any research on X", "anything in our research involving X"
  String.raw`(?:(?:is|are)\s+there\s+|(?:do|did)\s+(?:we|you)\s+have\s+|have\s+(?:we|you)\s+got\s+|(?:we|you)?\s*got\s+)?(?:anything|something|any\s+(?:info|information|research|findings|data|claims?|stuff))(?:\s+at\s+all)?(?:\s+${IN_REPORTS})?\s+(?:on|about|re:?|regarding|concerning|involving|mentioning|related\s+to|to\s+do\s+with)`,
  // "do the reports mention X", "does any of our research cover X", "do we mention X"
  // Not "did we discuss X": that asks about a meeting, not the reports.
  String.raw`(?:${oneOf(DO_FORMS)}\s+(?:${REPORTS}|any(?:thing)?)|do\s+we)\s+(?:ever\s+|even\s+|actually\s+)?(?:mention|cover|discuss|reference|name|talk\s+about|touch\s+on|say\s+anything\s+(?:about|on)|deal\s+with)`,
  // "which reports mention X", "which report talks about X", "what studies cite X"
  String.raw`(?:which|what)\s+(?:reports?|docs?|documents?|stud(?:y|ies)|papers?|write-?ups?|files)\s+(?:ever\s+|even\s+|actually\s+)?(?:mentions?|covers?|discuss(?:es)?|references?|names?|cites?|talks?\s+about|touch(?:es)?\s+on|deals?\s+with)`,
  // "any mention of X", "are there any references to X"
  String.raw`(?:are\s+there\s+)?any\s+(?:mentions?|references?)\s+(?:of|to)`,
  // "what do we know about X", "what do the reports say about X", "what does our research have on X",
  // "what have we got on X", "what's in the reports about X"
  String.raw`what(?:\s+(?:do|does)\s+(?:we|${REPORTS})\s+(?:know|say|have)|\s+have\s+we\s+got|(?:\s+is|'s)\s+(?:there|${IN_REPORTS}))\s+(?:about|on|regarding)`,
] as const;

/** A greeting or opener before the question ("hey all,", "quick q:", "ok so"). */
const OPENER = String.raw`(?:(?:hey|hi|hello|yo|ok(?:ay)?|so|also|and|quick\s+(?:q|question)|random\s+(?:q|question))\b[\s\p{P}]*(?:(?:all|everyone|team|folks|guys|y'all)\b[\s\p{P}]*)?)*`;
/** What may close the message after the thing: where to look, emphasis, thanks ("…specifically?", "…in the reports? thx"). */
// The thanks word only after a space or a mark: "ty" would otherwise cut "productivity" short.
const CLOSER = String.raw`(?:\s+(?:${IN_REPORTS}|at\s+all|specifically|in\s+particular|anywhere|whatsoever))*(?:[\s\p{P}]+(?:thx|thanks|ty|pls|please|lol)\b)?[\s\p{P}]*`;

// No quote inside the thing: a quoted phrase must appear (parseQuery), so a question with one is
// searched as typed, not rebuilt around a thing that would cut its quotes apart.
const BROWSE = new RegExp(String.raw`^[\s\p{P}]*${OPENER}(?:${BROWSE_SHAPES.join('|')})\s+(?<thing>[^?!.;:"“”]+?)${CLOSER}$`, 'iu');

/**
 * "is X cited anywhere in the reports?", "is X mentioned in our research?": the thing before the
 * verb, and the reports or "anywhere" after it ("is X mentioned?" alone may ask about the news).
 * "Covered", "discussed" and "named" only with the reports: "are dental implants covered
 * anywhere?" asks about insurance, "was it discussed anywhere?" about a meeting.
 */
const PASSIVE_BROWSE = new RegExp(
  String.raw`^[\s\p{P}]*${OPENER}${oneOf(BE_FORMS)}\s+(?<thing>[^?!.;:"“”]+?)\s+(?:ever\s+|even\s+)?(?:(?:mentioned|cited|referenced)(?:(?:\s+anywhere)?\s+${IN_REPORTS}|\s+anywhere)|(?:discussed|covered|named)(?:\s+anywhere)?\s+${IN_REPORTS})${CLOSER}$`,
  'iu',
);

/** A thing that is no name: a clause ("how much…", "whether…") or a pointer back ("that", "it"). */
const NOT_A_THING = /^(?:how|what|why|when|where|who|whom|whose|which|whether|if|that|this|these|those|it|its|them|they|there)\b/i;

/**
 * A ranking asked, not a thing named: "which report covers the most countries?", "which studies
 * cite the fewest sources?". Not "the first" ("anything on the first lockdown?" names one), and
 * in lower case: "the Best Start grant" is a name.
 */
const RANKED = new RegExp(String.raw`^(?:the\s+(?:${SUPERLATIVE_WORDS.split('|').filter((word) => word !== 'first').join('|')}|fewest)|most|least|fewest)(?![\w-])`);

/** A clause after the thing ("pricing if a customer asks", "bike lanes when it snows"): a case asked, not a thing named. */
const CLAUSE_INSIDE = /\s(?:if|when|whether|because|unless|while)\s+\S/iu;

/** What a question browses for: the thing as typed, and its parts when it lists several. */
export interface Mention {
  /** As typed ("Utah", "Norway's oil fund", "Bali or Colombia"). */
  thing: string;
  /** The things listed ("Bali", "Colombia"), each to be named by one claim; the thing alone when it lists none. */
  parts: string[];
  /** Whether any one part will do ("Bali or Colombia"), not every one ("Norway and Sweden"). */
  either: boolean;
}

/** "and/or" asks for both, as "and" does. */
const AND_OR = /\band\s*\/\s*or\b/giu;

/** Where a list of things splits: a comma, "and", "or", "&", "/". */
const LIST_BREAK = /\s*(?:,|&|\/|\band\b|\bor\b)\s*/iu;

/**
 * The thing `question` (as typed: plainQuestion) browses the reports for; null when it asks
 * something else.
 */
export function askedMention(question: string): Mention | null {
  const trimmed = question.trim();
  const thing = (BROWSE.exec(trimmed) ?? PASSIVE_BROWSE.exec(trimmed))?.groups?.thing?.trim();
  if (thing === undefined || NOT_A_THING.test(thing) || RANKED.test(thing) || CLAUSE_INSIDE.test(thing)) return null;
  const terms = termsOf(thing);
  if (terms.length === 0 || terms.length > MAX_TERMS) return null;
  const parts = thing.split(LIST_BREAK).filter((part) => termsOf(part).length > 0);
  return { thing, parts, either: /\bor\b/iu.test(thing.replace(AND_OR, 'and')) };
}
