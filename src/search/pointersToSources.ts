// Words in a question that point at where to look, not at what is asked: the reports themselves
// ("is that in the reports?", "according to the research we have"), a source by its kind ("the
// source 'X'", "Schaap's book Triumph") and "report" asked as a source's verb ("What does 'X'
// report?"). chatQuestion.ts drops them with the other chat wrapping.

import { isOrIsUnder, KIND_OF } from './wordnet/broaderNouns.js';
import { fromWordNet } from './wordnet/rememberedRelated.js';
import { sharedWordNet } from './wordnet/sharedWordNet.js';
import type { WordNet } from './wordnet/wordNet.js';

// Nouns that name a report or a document, pointing at the reports in a question (REPORT_POINTER)
// or in a link's label (chatQuestion.ts), singular or plural.
/** Nouns for a report that are verbs too ("what did users in the study report / document?"). */
const REPORT_NOUN_OR_VERB = '(?:reports?|documents?)';
/** Nouns for a report, or for the reports' topics ("across these topics"), that are no verb. */
const REPORT_NOUN_ONLY = '(?:docs?|write-?ups?|topics)';
export const REPORT_NOUN = `(?:${REPORT_NOUN_OR_VERB}|${REPORT_NOUN_ONLY})`;
/** Nouns for a report that are no verb and say what they are with words before them ("the night train doc"); not "topics" ("the 2024 election topics" are a question's). */
const REPORT_NAMED_NOUN = '(?:docs?|write-?ups?)';

// Words that point at the reports themselves, saying where to look, not what is asked: "is that
// in the reports", "anything in the night train doc about…", "according to the research we have".
// Searched, "report" matched every claim that reports something and "doc" is a doctor to WordNet.
// Only in lower case after "in the", "across these", "in one of our"… ("the Global Education
// Monitoring Report" is a source's name), ending the clause, a bracket or a dash, or followed by
// what it is about, or by the auxiliary of what is asked there ("where in the reports did divers
// play a role?"). A report or document right after them ("in the reports"): with words between
// it is as often a verb ("what did users in the study report?", "what did researchers in the
// study document?"). A doc or write-up, which is no verb, after at most three words or numbers,
// capitalised or accented too ("in the night train doc", "in the 2024 doc", "in the Q3 doc", "in
// the Zürich write-up"), and research only "according to" it ("is there research on…" asks for
// it). The words between stay. "These topics" are the reports too ("what happened in 1953 across
// these topics?"). So is the participle before them that says a thing is in them ("are any
// vaccines mentioned across the reports", "what votes are described in these reports"): how the
// question asks, not what; searched, "mentioned" found the claims on names.
const SAID_IN = String.raw`(?:mentioned|described|discussed|cited|referenced|covered|named|noted)`;
const REPORT_DETERMINER = String.raw`(?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]ur|[Yy]our|(?:[Aa]ny|[Oo]ne|[Aa]ll|[Ee]ither|[Ee]ach)\s+of\s+(?:the|these|those|our))`;
const WORDS_BETWEEN = String.raw`((?:[\p{L}\p{N}-]+\s+){0,3}?)`;
const REPORT_POINTER = new RegExp(
  String.raw`\b(?:${SAID_IN}\s+(?:anywhere\s+)?)?(?:(?:[Ii]n|[Aa]cross|[Ff]rom|[Aa]ccording\s+to)\s+${REPORT_DETERMINER}\s+(?:${REPORT_NOUN_OR_VERB}|topics|${WORDS_BETWEEN}${REPORT_NAMED_NOUN})|[Aa]ccording\s+to\s+${REPORT_DETERMINER}\s+${WORDS_BETWEEN}research)\b(?:\s+(?:we|you)\s+(?:have|got))?(?=\s*(?:[?!.,;:…)—]|$)|\s+(?:about|on|regarding)\b|\s+(?:do|does|did|is|are|was|were)\s+\p{L})`,
  'gu',
);

// A source pointed at by its kind, not what is asked: before its title ("the source 'John Snow and
// the Science of Anaesthesia'", "Schaap's book Triumph"), and a source saying or giving a thing
// ("which source says…", "what's the source for…", "what does the Vatican Museums source say…").
// A claim names its source by title, never by "source", so searched the word was one the best claim
// lacked. After a determiner or a capitalised word only ("open source software", "a water source
// for the wetland" stay), in lower case; not "the source of…" ("the source of the Nile" is a topic),
// nor a book or a paper saying or being something ("the paper is recycled").
// The noun is matched first and what stands before it looked behind from there: a look-behind
// opening the pattern is tried at every position of the text.
const SOURCE_KIND = String.raw`(?:sources?|book|paper|article)`;
const SOURCE_DETERMINED = String.raw`(?<=(?:\b(?:the|a|an|this|that|which|what|whose)|\p{Lu}[\p{L}\p{N}.&-]*)\s+${SOURCE_KIND})`;
const SOURCE_POINTER = new RegExp(
  String.raw`\b${SOURCE_KIND}${SOURCE_DETERMINED}(?=\s*['‘]|\s+\p{Lu})|\bsources?${SOURCE_DETERMINED}(?=\s+(?:says?|said|reports?|reported|gives?|gave|states?|stated|is|was|for|behind|on)\b)`,
  'gu',
);
// A source pointed at by its kind after the name of who published it: "the Science Museum's piece
// on Frank Whittle", "the Lamont-Doherty profile of Marie Tharp", "Reading Museum's page on the
// Victorian replica", "the BBC News piece on…". A claim names its source by title ("Frank Whittle
// and the Jet Engine - Science Museum"), never as a piece or a page, so searched the word was one
// the best claim lacked. After a possessive or a capitalised word, up to three words between (the
// title's: "the Royal Society of Chemistry's Mpemba competition results page"), and before what
// it is on ("on / about / of"), a verb of saying or the question's end (below). Not after "what's",
// "it's", "there's"… ("what's on the front page of…"), nor a capitalised first word ("Which
// feature of these laws…"), nor a noun that is as often a verb after a name ("does Tesla feature /
// post…": "feature", "post" are not read). A paper too, named by its journal or its authors ("What
// did the Ecosphere paper find about lyrebirds?", "Burgdorfer's Science paper on ticks"): a claim
// cites "Lyrebirds as ecosystem engineers - Ecosphere", never "paper" ("paper and plastic bags",
// "the paper is recycled" name no source: no owner, or no verb after it). Not a paper of a series
// ("the OECD working paper", "the RIETI discussion paper", "the … white paper"): the cited title
// names its series ("… - RIETI Discussion Paper"), so there the word is one the claim has.
const SERIES_PAPER = String.raw`(?:white|green|working|discussion|research|policy|briefing|position|consultation|occasional|staff|issues|technical|background)`;
const PIECE_KIND = String.raw`(?:piece|page|profile|article|entry|explainer|obituary|(?<!\b${SERIES_PAPER}\s+)paper)s?`;
const PIECE_OWNER = String.raw`(?:(?<!\b(?:[Ww]hat|[Ww]hich|[Ww]ho|[Hh]ow|[Ww]here|[Ww]hen|[Ww]hy|[Tt]hat|[Ii]t|[Tt]here|[Hh]ere|[Hh]e|[Ss]he|[Ll]et))['’]s|(?<=[\p{L}\p{N},]\s+)\p{Lu}[\p{L}\p{N}.&-]*)`;
// Before what it is on or a verb of saying, up to three words of its title between it and its owner.
const KIND_BEFORE_SAYING = String.raw`(?<=${PIECE_OWNER}(?:\s+[\p{L}\p{N}-]+){0,3}?\s+${PIECE_KIND})(?=\s+(?:on|about|of|says?|said|reports?|reported|finds?|found|describes?|described|states?|stated|claims?|claimed|explains?|explained|notes?|noted|concludes?|concluded)\b)`;
// Ending the question, the kind stands after its owner and the title's words alone, each capitalised
// or a number ("who wrote the 2019 Guardian profile?", "Burgdorfer's 1991 paper?", read by the bot
// without its "'s"): "Did New Jersey ban paper?" asks about the material, its owner a verb away.
// A lowercase word between keeps the kind too ("Krugman's latest piece?"), the cost of telling a
// verb from a title's word without reading either.
const KIND_ENDING = String.raw`(?<=${PIECE_OWNER}(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,3}?\s+${PIECE_KIND})(?=[\s?!.]*$)`;
const PIECE_POINTER = new RegExp(String.raw`\b${PIECE_KIND}(?:${KIND_BEFORE_SAYING}|${KIND_ENDING})`, 'gu');
// Not where the word before the kind makes one noun with it to WordNet that is a material ("does
// Starbucks use Kraft paper?", "Manila paper", "Crepe paper": kraft_paper is wrapping paper, a
// paper, a material): a material asked about, capitalised as a brand is, not a paper pointed at by
// its journal. A news article or a web page is one noun too, and writing: still a pointer.
const WORD_BEFORE = /([\p{L}\p{N}'’.&-]+)\s+$/u;
// "report" as the verb a source is asked by, as "say" is ("What does 'Health and Safety on the Rock'
// report?", "What did Kyodo News report about…", "what did users in the study report?"): after
// "do / does / did", ending the question or before "about / regarding". Not the noun ("what did the
// report on X find?", "did the report say…"), nor a verb with its object ("do drivers report more
// crashes?").
const REPORT_ASKED = /\breport(?<=\b(?:do|does|did)\s+(?:[^\s?!.;]+\s+){0,12}report)(?=\s+(?:about|regarding)\b|[\s\p{P}]*$)/gu;

/** The text without the words that point at the reports or a source (a report's name between them and the noun stays). */
export function withoutPointers(text: string): string {
  const cleaned = text.replace(REPORT_POINTER, (_pointer, beforeDoc?: string, beforeResearch?: string) => ` ${beforeDoc ?? beforeResearch ?? ''} `);
  return cleaned.replace(SOURCE_POINTER, ' ').replace(PIECE_POINTER, unlessOneNoun).replace(REPORT_ASKED, ' ');
}

/** ' ' for a source's kind pointed at, or the kind itself where the word before it makes one noun with it (WORD_BEFORE). */
function unlessOneNoun(kind: string, at: number, text: string): string {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - MAX_WORD_BEFORE), at))?.[1];
  if (before === undefined) return ' ';
  const reader = sharedWordNet();
  if (reader === null) return ' ';
  const noun = `${before.toLowerCase()}_${kind.toLowerCase()}`;
  return fromWordNet(reader, () => (isMaterial(reader, noun) ? [noun] : [])).length > 0 ? kind : ' ';
}
/** How far back the word before a kind is looked for: longer words are no kind of paper. */
const MAX_WORD_BEFORE = 40;

/** Whether a sense of the noun is, a few broader terms up, a material (kraft_paper: wrapping paper, paper, material). */
function isMaterial(reader: WordNet, noun: string): boolean {
  return (reader.entry(noun, 'noun')?.senses ?? []).some((sense) =>
    isOrIsUnder(reader, sense, KIND_OF, (synset) => synset.offset !== sense && synset.words.includes('material'), MATERIAL_DEPTH),
  );
}
/** Broader terms walked up to find a material: paper is one step below it, a kind of paper two. */
const MATERIAL_DEPTH = 3;
