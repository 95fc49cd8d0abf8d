// The words a report names its subject by, as index keys: people ask about "the company", "the
// stadium" or "the founder" in the report's own words for its subject, which its title, topic and
// summary say and its claims repeat, while the claim that answers need not say them ("Elizabeth
// Holmes founded Theranos in 2003", for "when was the company started?"). The reranker reads a
// claim's share of the question that only these add (rerankFeatures.ts subjectOnly).

import type { Report } from '../reports/model.js';
import type { LibraryView } from '../library/libraryView.js';
import { indexedTermsOfClaim } from '../search/claimTerms.js';
import { termsOf } from '../search/termsOf.js';

/** A word of this many of a report's claims (any field) is one it names its subject by; one claim's word is that claim's. */
const CLAIMS_SAYING_IT = 2;

/**
 * The keys of the report's title (its file stem), topic and summary, and every key two or more of
 * its claims have in any field (their sentences, evidence, sources and headings). Worked out once
 * per report (a report's text and keys do not change while it is the same object).
 */
export function reportSubjectKeys(library: LibraryView, report: Report): ReadonlySet<string> {
  let keys = known.get(report);
  if (!keys) {
    keys = subjectKeysNow(library, report);
    known.set(report, keys);
  }
  return keys;
}
const known = new WeakMap<Report, ReadonlySet<string>>();

function subjectKeysNow(library: LibraryView, report: Report): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const text of [report.id.replace(/[-_]+/g, ' '), report.topic, report.summary]) for (const key of termsOf(text)) keys.add(key);
  const claimsWith = new Map<string, number>();
  for (const claim of report.claims) {
    for (const key of indexedTermsOfClaim(library.index, claim, report)) {
      if (keys.has(key)) continue;
      const count = (claimsWith.get(key) ?? 0) + 1;
      if (count >= CLAIMS_SAYING_IT) keys.add(key);
      else claimsWith.set(key, count);
    }
  }
  return keys;
}
