// The evidence flags of a claim in words, for a person reading an answer (terminal or Slack).

import type { EvidenceFlag } from '../reports/evidenceFlags.js';

const FLAG_WORDS: Record<EvidenceFlag, string> = {
  'no-evidence': 'none given in the report',
  'single-source': 'one source',
  'no-quote': 'no verbatim quote',
  'unlisted-source': 'a source not in the References',
  'no-link': 'no link to a source',
};

/** E.g. "Evidence: one source · no verbatim quote"; "" when the claim has no flag. Plain text, no markup. */
export function evidenceFlagsText(flags: readonly EvidenceFlag[]): string {
  return flags.length === 0 ? '' : `Evidence: ${flags.map((flag) => FLAG_WORDS[flag]).join(' · ')}`;
}
