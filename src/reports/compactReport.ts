// Makes a loaded report share what it repeats, in place: each evidence item's reference becomes
// the report's own References entry again (a JSON round trip through the cache or a copy from a
// worker gives every evidence item its own), and repeated strings (report id, perspectives, source
// and reference titles) become one string each. A large library holds every report in memory,
// so this is where its size is decided (bench/README.md has the figures).

import type { Report } from './model.js';

/** Returns one instance of each distinct string it is given (for one load). */
export type StringPool = (text: string) => string;

export function stringPool(): StringPool {
  const pool = new Map<string, string>();
  return (text) => {
    const pooled = pool.get(text);
    if (pooled !== undefined) return pooled;
    pool.set(text, text);
    return text;
  };
}

export function compactReport(report: Report, pooled: StringPool): void {
  const references = new Map(report.references.map((reference) => [reference.n, reference]));
  for (const reference of report.references) {
    reference.title = pooled(reference.title);
    if (reference.url !== null) reference.url = pooled(reference.url);
  }
  for (const claim of report.claims) {
    claim.reportId = report.id;
    claim.perspective = pooled(claim.perspective);
    for (const evidence of claim.evidence) {
      evidence.source = pooled(evidence.source);
      const shared = evidence.reference && references.get(evidence.reference.n);
      if (shared && shared.title === evidence.reference?.title && shared.url === evidence.reference.url) evidence.reference = shared;
    }
  }
}
