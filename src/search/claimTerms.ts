// The index keys of a claim, all fields together, as the index reads them (the answerability
// decision compares the question with the first claims' keys). Read for each claim the first
// time it is among the first answers, so made cheap: most of a claim's words are its sources,
// perspective and report topic, texts many claims share, whose keys are remembered per text;
// the claim's own words are each stemmed once (normalizeTerm's table is large, so a lookup in it
// costs more than in the claim's small set of words). The keys are those, in the order, that
// reading every field's text with termsOf gives (test/search/claimTerms.test.ts).

import type { Claim, Report } from '../reports/model.js';
import { BoundedMap } from './boundedMap.js';
import { CLAIM_FIELDS, claimDocument } from './claimDocument.js';
import { normalizeTerm } from './normalizeTerm.js';
import { termsOf } from './termsOf.js';
import { needsSegmenter, tokenize } from './tokenize.js';

/**
 * The keys of a claim as the index recorded them when it indexed the claim (claimKeys.ts), or,
 * for a claim it has none for (the public API), read from the claim: the same keys in the same order.
 */
export function indexedTermsOfClaim(index: { keysOfClaim(id: string): ReadonlySet<string> | undefined }, claim: Claim, report: Report): ReadonlySet<string> {
  return index.keysOfClaim(claim.id) ?? termsOfClaim(claim, report);
}

/** The keys of a claim, as `termsOfClaimByField` gives them. */
export function termsOfClaim(claim: Claim, report: Report): Set<string> {
  const document = claimDocument(claim, report);
  const terms = new Set<string>();
  addWordsOf(document.text, terms);
  addWordsOf(document.evidence, terms);
  // Lines joined by a line break split where they are joined, unless the whole needs the segmenter.
  if (needsSegmenter(document.sources)) addAll(termsOf(document.sources), terms);
  else for (const { source, reference } of claim.evidence) addAll(termsOfShared(`${source}\n${reference?.title ?? ''}`), terms);
  addAll(termsOfShared(document.perspective), terms);
  addAll(termsOfShared(document.topic), terms);
  return terms;
}

/** The keys of a claim read field by field, as the index reads them: what termsOfClaim must equal. */
export function termsOfClaimByField(claim: Claim, report: Report): Set<string> {
  const document = claimDocument(claim, report);
  return new Set(CLAIM_FIELDS.flatMap((field) => termsOf(document[field])));
}

/** Adds the keys of a text's words, each distinct word stemmed once, in the order termsOf gives. */
function addWordsOf(text: string, terms: Set<string>): void {
  const seen = new Set<string>();
  for (const word of tokenize(text)) {
    if (seen.has(word)) continue;
    seen.add(word);
    const term = normalizeTerm(word);
    if (term !== null) terms.add(term);
  }
}

function addAll(from: readonly string[], terms: Set<string>): void {
  for (const term of from) terms.add(term);
}

// Sources, perspectives and topics repeat across claims; bounded so that an endless stream of
// new reports cannot grow it.
const MAX_SHARED_TEXTS = 20_000;
const sharedTerms = new BoundedMap<string, readonly string[]>(MAX_SHARED_TEXTS);

function termsOfShared(text: string): readonly string[] {
  let terms = sharedTerms.get(text);
  if (terms === undefined) {
    terms = termsOf(text);
    sharedTerms.set(text, terms);
  }
  return terms;
}
