// The terms a text is searched by: its words (tokenize.ts), each as the index keys it
// (normalizeTerm.ts: folded, stemmed, stop words dropped). The index reads claims the same way
// (ClaimIndex gives MiniSearch both), so questions, phrases, synonyms and filters meet it on the
// same terms.

import { normalizeTerm } from './normalizeTerm.js';
import { tokenize } from './tokenize.js';

export function termsOf(text: string): string[] {
  return tokenize(text).flatMap((word) => normalizeTerm(word) ?? []);
}
