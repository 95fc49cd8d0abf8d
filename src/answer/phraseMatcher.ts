// Whether a claim contains the quoted phrases of a question: in its text, evidence quotes,
// findings or sources (read as one text, each on its own line), ignoring case, with curly
// apostrophes as straight ones and any run of whitespace as one space.

import type { Claim } from '../reports/model.js';

/**
 * A test of claims for `phrases`, folded once per question. A phrase filter checks hundreds of
 * claims per question (bench, 20k claims: 200+), so each claim is first searched field by field,
 * lowercased only: that settles almost every claim, and folding the whole claim's text (a join
 * and two regular expressions over all its evidence) is left to the few it does not.
 */
export function phraseMatcher(phrases: readonly string[]): (claim: Claim) => boolean {
  const wanted = phrases.map(foldedPhrase);
  if (wanted.length === 0) return () => true;
  return (claim) => {
    const fields = fieldsOf(claim, lowercased);
    let folded: string | undefined;
    return wanted.every(({ text, plain, pieces }) => {
      // A plain phrase found in one field is found in the folded text: folding leaves it as it is.
      if (plain && fields.some((field) => field.includes(text))) return true;
      // Each piece (no whitespace, no apostrophe) lies within one field of the folded text, as
      // it is there: one missing from every field means the phrase is not in the claim.
      if (!pieces.every((piece) => fields.some((field) => field.includes(piece)))) return false;
      folded ??= foldForPhrase(fieldsOf(claim, asWritten).join('\n'));
      return folded.includes(text);
    });
  };
}

interface FoldedPhrase {
  text: string;
  /** No space at either end (all the lowercased field must match is the folded phrase itself). */
  plain: boolean;
  pieces: string[];
}

function foldedPhrase(phrase: string): FoldedPhrase {
  const text = foldForPhrase(phrase);
  return { text, plain: !text.startsWith(' ') && !text.endsWith(' '), pieces: text.split(/[ ']/).filter((piece) => piece !== '') };
}

/** The texts a phrase is looked for in, in order; joined by line breaks they are the claim's text. */
function fieldsOf(claim: Claim, read: (text: string) => string): string[] {
  // A loop, not flatMap: this runs for hundreds of claims per question.
  const fields = [read(claim.text)];
  for (const evidence of claim.evidence) {
    fields.push(read(evidence.quote ?? ''), read(evidence.finding ?? ''), read(evidence.source));
  }
  return fields;
}

// Lowercasing a field alone gives what lowercasing it within the joined text gives: fields are
// separated by line breaks, which no letter's case depends on (Greek final sigma stops at them).
const lowercased = (text: string): string => text.toLowerCase();
const asWritten = (text: string): string => text;

function foldForPhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
