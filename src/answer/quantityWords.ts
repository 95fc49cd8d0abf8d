// The words that say a number or ask for one, shared by the reranker's quantity (askedQuantity.ts)
// and the kinds of answer the no-answer decision reads (askedAnswerKind.ts), so that both read
// "how long", "how many" and "three years" the same way; and the words that multiply a figure, so
// that a sum of money ("€394 million", "$40m") is read whole wherever one is read.

/** Numbers in words ("three", "twenty", "million"), as a regular expression's alternatives. */
export const CARDINAL_WORDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)`;

/** The words that multiply a figure ("40 million", "2 billion euros"), as a regular expression's alternatives. */
export const MAGNITUDE_WORDS = String.raw`(?:thousand|million|billion|trillion)`;
/** A multiplier between a number and its unit, in words or as chat and the press write it short: "2.4 million km", "2m tonnes", "1.5bn miles". */
export const UNIT_MULTIPLIER = String.raw`(?:${MAGNITUDE_WORDS}|bn|m)`;

/** A figure's multiplier right after it, in words or short, where it has one: "€2 billion", "$40m", "£3bn", "$15k". */
export const FIGURE_MAGNITUDE = String.raw`(?:\s?(?:${UNIT_MULTIPLIER}|k)\b)?`;

/**
 * A half after a number, spaced or hyphened: "six and a half years", "two-and-a-half-hour",
 * "three and a half metres", "a year and a half later"; one spelling for every reading of a span,
 * a length, a weight and a pace.
 */
export const AND_A_HALF = String.raw`[\s-]+and[\s-]+a[\s-]+half`;

/** A fraction's sign written after a figure's digits, as "6½ years" and "2¾ hours" write it. */
export const FRACTION_SIGN = '[½¼¾⅓⅔]';

/** "how long", not "how long-term": asks for a span of time. */
export const HOW_LONG = String.raw`\bhow long\b(?![- ]term)`;

/** "how many": asks for a count. */
export const HOW_MANY = String.raw`\bhow many\b`;

/**
 * A figure asked in its unit: "in <unit>" (`units`: a regular expression's alternatives), not a
 * rate ("in kilometres per hour", "in miles an hour", "in tonnes each year", "in kg/day").
 */
export function askedInUnits(units: string): RegExp {
  return new RegExp(String.raw`\bin (?:${units})\b(?!\s*(?:per|an?|each|every|/)\b|/)`, 'i');
}
