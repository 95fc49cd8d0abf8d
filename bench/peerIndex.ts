// The peer the bench measures the bot against: FlexSearch 0.8, a fast JavaScript full-text
// library, as someone would set it up for English claims. A `Document` index over the same
// fields as the bot's ClaimIndex (claim text, evidence, sources, perspective, topic), each
// tokenized "forward" (so a word typed in part matches, as the bot completes the last word), an
// encoder of FlexSearch's own LatinBalance charset (case and accent folding, letter dedupe, light
// phonetic folding: forgives some typos) with its English pack (stop words, suffix stemmer), and
// `suggest` on (a claim matching some of the question's words is still returned, as the bot's OR
// query does). It is asked the question as typed: FlexSearch has no `report:` or `since:` filters.

import { readFileSync } from 'node:fs';
import { Charset, Document, Encoder } from 'flexsearch';
import EnglishPreset from 'flexsearch/lang/en';
import type { Report } from '../src/reports/model.js';
import { claimDocument, type ClaimDocument } from '../src/search/claimDocument.js';

/** The claim is what is answered, so its field comes first: FlexSearch merges fields in order. */
const FIELDS = ['text', 'evidence', 'sources', 'perspective', 'topic'] as const;
/** As many results as an answer keeps (MAX_ITEMS in src/answer/answerQuestion.ts). */
const LIMIT = 50;

const version = (JSON.parse(readFileSync(new URL('../node_modules/flexsearch/package.json', import.meta.url), 'utf8')) as { version: string }).version;

export const PEER_NAME = `FlexSearch ${version} Document (forward, LatinBalance + English, suggest)`;

export interface PeerIndex {
  /** Claim ids, best first, at most 50. */
  search(question: string): string[];
}

export function peerIndex(reports: readonly Report[]): PeerIndex {
  const index = new Document<ClaimDocument>({
    encoder: new Encoder(Charset.LatinBalance).assign(EnglishPreset),
    tokenize: 'forward',
    document: { id: 'id', index: [...FIELDS] },
  });
  for (const report of reports) {
    for (const claim of report.claims) {
      // The same text per field as the bot's index.
      index.add(claimDocument(claim, report));
    }
  }
  return {
    search: (question) =>
      index
        .search(question, { limit: LIMIT, suggest: true, merge: true })
        .slice(0, LIMIT)
        .map((result) => String(result.id)),
  };
}
