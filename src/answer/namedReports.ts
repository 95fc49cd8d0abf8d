// A kind of answer is given by a claim of a report on what the question names: the price of a
// Titanic ticket is not given by a Kodak report's "$25", though the search finds that claim for
// "first-class" and "cost". Read by the decision (answerability.ts) over the claims whose kinds it
// reads (answerKindMissing, kindMissingShownFirst).

import type { Claim, Report } from '../reports/model.js';
import type { LibraryView } from '../library/libraryView.js';
import type { CoverageQuestion } from '../search/questionCoverage.js';
import { rememberedTermsOf } from './claimCoverage.js';

/** A claim with its report, as the decision reads it. */
type GivenClaim = { claim: Claim; report: Report };

/**
 * The keys a report may have the question's names by (`names`: its spelt-out names' keys,
 * askedNames.ts): each name as typed and in the other words the question is expanded by
 * ("America" as "U.S.", "French" as France), for the names some claim of the library has in one
 * of those forms. A name no claim has (a place the reports never speak of, a typo) is
 * uncoveredNames' to weigh, and in no report either: none.
 */
export function namedForms(library: LibraryView, question: CoverageQuestion, names: ReadonlySet<string>): ReadonlySet<string> {
  const forms = new Set<string>();
  for (const name of names) {
    const ofName = [name];
    for (const expansion of question.expansions) if (expansion.source === name) ofName.push(expansion.term);
    if (ofName.some((form) => library.index.claimsWith(form) > 0)) for (const form of ofName) forms.add(form);
  }
  return forms;
}

/**
 * The claims of `claims` whose report has one of the names' forms (`forms`, namedForms) in a
 * claim, in any field; all of them when there is no name to read. A report on another thing,
 * found for the question's other words, gives a kind of answer for that thing.
 */
export function claimsOfNamedReports<T extends GivenClaim>(library: LibraryView, forms: ReadonlySet<string>, claims: readonly T[]): readonly T[] {
  if (forms.size === 0) return claims;
  const named = new Map<Report, boolean>();
  const kept: T[] = [];
  for (const given of claims) {
    let has = named.get(given.report);
    if (has === undefined) {
      has = reportHasForm(library, given, forms);
      named.set(given.report, has);
    }
    if (has) kept.push(given);
  }
  return kept.length === claims.length ? claims : kept;
}

/** Whether the claim's report has one of `forms` in a claim's keys: the claim itself first (its keys are read already), then its other claims. */
function reportHasForm(library: LibraryView, { claim, report }: GivenClaim, forms: ReadonlySet<string>): boolean {
  const has = (other: Claim): boolean => {
    const terms = rememberedTermsOf(library, other, report);
    for (const form of forms) if (terms.has(form)) return true;
    return false;
  };
  return has(claim) || report.claims.some((other) => other !== claim && has(other));
}
