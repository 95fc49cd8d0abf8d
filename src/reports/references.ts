// Links a claim's evidence to the References entry it cites. Generated reports name the same
// source in slightly different ways ("Navigating Data Challenges in the Digital Revolution" vs
// "navigating data challenges in the digital revolution - ScienceDirect"), so titles are compared
// without case and punctuation, and without a trailing " - Publisher" / " | Publisher".

import type { Reference } from './model.js';

export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function withoutPublisher(title: string): string {
  // Tried only from a whitespace run's start (lookbehind), so a long run is not tried again from
  // every position in it; `[^-–—|]+` takes the spaces the second `\s+` took.
  return title.replace(/(?<!\s)\s+[-–—|]\s[^-–—|]+$/u, '');
}

// Shorter than this, a shared prefix ("AI", "Report") says nothing about being the same source.
const MIN_PREFIX_MATCH = 16;

/** Builds a matcher over one report's references; returns undefined when no title matches. */
export function referenceMatcher(references: Reference[]): (source: string) => Reference | undefined {
  const byKey = new Map<string, Reference>();
  for (const ref of references) {
    for (const key of [titleKey(ref.title), titleKey(withoutPublisher(ref.title))]) {
      if (key && !byKey.has(key)) byKey.set(key, ref);
    }
  }
  return (source) => {
    const key = titleKey(source);
    if (!key) return undefined;
    const exact = byKey.get(key) ?? byKey.get(titleKey(withoutPublisher(source)));
    if (exact) return exact;
    if (key.length < MIN_PREFIX_MATCH) return undefined;
    // A reference title cut short, or a source named with a subtitle the reference omits.
    for (const [refKey, ref] of byKey) {
      if (refKey.length >= MIN_PREFIX_MATCH && (refKey.startsWith(key) || key.startsWith(refKey))) return ref;
    }
    return undefined;
  };
}
