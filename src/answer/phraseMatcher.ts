// Whether a claim contains the quoted phrases of a question: in its text, evidence quotes,
// findings or sources (read as one text, each on its own line), ignoring case, with curly
// apostrophes as straight ones and any run of whitespace as one space.

import type { Claim } from '../reports/model.js';
import { keepShape } from '../runtime/keptShapes.js';

/**
 * A test of claims for `phrases`, folded once per question. A phrase filter checks hundreds of
 * claims per question (bench, 20k claims: 200-400), so each claim is first searched field by
 * field, lowercased only, as far as needed: that settles almost every claim, and folding the
 * whole claim's text (a join and two regular expressions over all its evidence) is left to the
 * few it does not.
 */
export function phraseMatcher(phrases: readonly string[]): (claim: Claim) => boolean {
  // Decided on the question's own list, before mapping it: an empty array and a filled one are
  // different kinds to V8, and code compiled on one was thrown away on meeting the other.
  if (phrases.length === 0) return acceptsEvery;
  const wanted: FoldedPhrase[] = [];
  for (const phrase of phrases) wanted.push(foldedPhrase(phrase));
  return (claim) => {
    const fields = new LowercasedFields(claim);
    let folded: string | undefined;
    return wanted.every(({ text, plain, pieces, heads }) => {
      // A plain phrase found in one field is found in the folded text: folding leaves it as it is.
      if (plain && fields.some((field) => field.includes(text))) return true;
      // Each piece (no whitespace, no apostrophe) lies within one field of the folded text, as
      // it is there: one missing from every field means the phrase is not in the claim.
      if (!pieces.every((piece) => fields.some((field) => field.includes(piece)))) return false;
      // Where folding changes nothing inside a field (no curly apostrophe, no whitespace but
      // single spaces), a plain phrase not in any one field can only run across a line break:
      // the part before its first break ends a field.
      if (plain && !fields.some((field) => UNFOLDED.test(field)) && !heads.some((head) => fields.some((field) => field.trimEnd().endsWith(head)))) return false;
      folded ??= foldForPhrase(fieldsOf(claim).join('\n'));
      return folded.includes(text);
    });
  };
}

const acceptsEvery = (): boolean => true;

interface FoldedPhrase {
  text: string;
  /** No space at either end (all the lowercased field must match is the folded phrase itself). */
  plain: boolean;
  pieces: string[];
  /** The text before each of its spaces. */
  heads: string[];
}

function foldedPhrase(phrase: string): FoldedPhrase {
  const text = foldForPhrase(phrase);
  const heads: string[] = [];
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) heads.push(text.slice(0, at));
  return { text, plain: !text.startsWith(' ') && !text.endsWith(' '), pieces: text.split(/[ ']/).filter((piece) => piece !== ''), heads };
}

/** What folding would change within a field: a curly apostrophe, whitespace other than one space. */
const UNFOLDED = /[’‘]|[^\S ]| {2}/;

/**
 * A claim's fields, lowercased one at a time as a search gets to them (most phrases are found
 * in the first). Lowercasing a field alone gives what lowercasing it within the joined text
 * gives: fields are separated by line breaks, which no letter's case depends on (Greek final
 * sigma stops at them).
 */
class LowercasedFields {
  private readonly lowered: string[] = [];

  constructor(private readonly claim: Claim) {}

  some(test: (field: string) => boolean): boolean {
    for (let i = 0; ; i++) {
      let field = this.lowered[i];
      if (field === undefined) {
        const written = fieldAt(this.claim, i);
        if (written === undefined) return false;
        field = this.lowered[i] = written.toLowerCase();
      }
      if (test(field)) return true;
    }
  }
}

// One kept for the life of the process, so a full GC keeps its map (src/runtime/keptShapes.ts):
// every claim's fields are gone between two questions, and the piece test's feedback for them
// went with the map, so its code compiled after a full GC was thrown away at the next quoted phrase.
keepShape(new LowercasedFields({ id: '', reportId: '', text: '', perspective: '', evidence: [], line: 0 }));

/** The claim's i-th field: its text, then each evidence item's quote, finding and source. */
function fieldAt(claim: Claim, i: number): string | undefined {
  if (i === 0) return claim.text;
  const evidence = claim.evidence[Math.floor((i - 1) / 3)];
  if (!evidence) return undefined;
  const part = (i - 1) % 3;
  return part === 0 ? (evidence.quote ?? '') : part === 1 ? (evidence.finding ?? '') : evidence.source;
}

function fieldsOf(claim: Claim): string[] {
  return [claim.text, ...claim.evidence.flatMap((e) => [e.quote ?? '', e.finding ?? '', e.source])];
}

function foldForPhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
