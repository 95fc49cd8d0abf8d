// The terms a text is searched by: its words (tokenize.ts), each as the index keys it
// (normalizeTerm.ts: folded, stemmed, stop words dropped). The index reads claims the same way
// (ClaimIndex gives MiniSearch both), so questions, phrases, synonyms and filters meet it on the
// same terms.

import { normalizeTerm } from './normalizeTerm.js';
import { tokenize } from './tokenize.js';

export function termsOf(text: string): string[] {
  return tokenize(text).flatMap((word) => normalizeTerm(word) ?? []);
}

/**
 * Whether termsOf(text) would give any term, without building the array: a caller on the answer
 * path that reads an empty array meets another map in V8 than a full one, and an optimized caller
 * was thrown away on meeting it (bench/README.md, twenty-second session, speed24).
 */
export function hasTerms(text: string): boolean {
  for (const word of tokenize(text)) if (normalizeTerm(word) !== null) return true;
  return false;
}
