// What an abbreviation stands for, asked ("What does MONIAC stand for?", "What is DNA short for?")
// and told ("MONIAC stands for…", "short for", a spelled-out name before its abbreviation in brackets), for
// the kinds of answer (askedAnswerKind.ts). A claim naming the thing by its abbreviation has every
// word of the question without spelling it out.

/** An abbreviation: two or more capitals (digits and "&" among them), in quotes or not: "MONIAC", "DNA", "R&D". */
const ABBREVIATION = String.raw`["'‘“]?\p{Lu}[\p{Lu}\d&]+["'’”]?`;

/** "the acronym / abbreviation / letters" before it; not "the" alone: "what does the US stand for in the talks?" asks a position. */
const NAMED = String.raw`(?:the\s+(?:acronym|abbreviation|initials|letters?)\s+)?`;

/**
 * An expansion asked: "what does / did <abbreviation> (actually, really, even) stand for", "what is
 * / was <abbreviation> short for". "Stand for" after anything but an abbreviation asks what it
 * represents ("what did its containers stand for?"), which a claim tells in its own words.
 */
export const EXPANSION_ASKED = new RegExp(
  String.raw`\b[Ww]hat\s+(?:does|do|did)\s+${NAMED}${ABBREVIATION}\s+(?:\p{Ll}+\s+)?stand\s+for\b|\b[Ww]hat(?:['’]s|\s+is|\s+was)\s+${NAMED}${ABBREVIATION}\s+short\s+for\b`,
  'u',
);

/**
 * An expansion told: an abbreviation then "stands / stood for" or "is short for", an acronym or
 * abbreviation named, or an abbreviation in brackets after words ("Monetary National Income
 * Analogue Computer (MONIAC)", "deoxyribonucleic acid (DNA)"): the words before it spell it out.
 * Not "stood for" after anything else, which says what a thing represents ("Red-dyed water… stood
 * for income").
 */
export const EXPANSION_GIVEN = /\p{Lu}[\p{Lu}\d&]+["'’”]?\s+(?:st(?:ands?|ood) for|(?:is|was) short for)\b|\b(?:acronym|abbreviation|initialism)s?\b|[\p{L}\d][\p{L}\d-]*\s+\(\p{Lu}[\p{Lu}\d&]+\)/u;
