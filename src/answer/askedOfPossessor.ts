// Whose role a question asks by a possessive ("What was the name of the Vasa's captain?", "Who is
// 3M's chief executive?"): a person or a name given is an answer only from a report on that
// possessor. Another report's captain ("captain Wes Morgan" of Leicester City) gives a name beside
// the same role word and is no answer.

import type { Report } from '../reports/model.js';
import { matchesOf } from '../search/matchesOf.js';
import { termsOf } from '../search/termsOf.js';
import { kindOfPerson } from './kindOfPerson.js';

/** A word that qualifies a role between the possessive and its noun: "3M's current chief executive", "Enron's former CFO". */
const ROLE_QUALIFIER = String.raw`(?:(?:first|new|current|former|last|then|original|chief|head|lead|main|star|only|longtime|long-time)\s+)?`;
/**
 * A possessor named (capitalised words, as a question types a name; up to three before its last)
 * and the noun after its possessive: "the Vasa's captain", "Louis Washkansky's wife", "3M's current
 * chief executive" (a figure opening a name too). Lower-case possessors ("my kid's coach") name no
 * report's subject.
 */
const POSSESSED = new RegExp(String.raw`(?<![\p{L}\d])((?:[\p{Lu}\d][\p{L}\d.-]*\s+){0,3}[\p{Lu}\d][\p{L}\d.-]*)['’]s\s+${ROLE_QUALIFIER}([\p{L}-]+)`, 'gu');

/**
 * The keys of the names whose person a question asks by a possessive and a noun naming people
 * (kindOfPerson: captain, wife, founder, crew): "the Vasa's captain" -> vasa. None where the noun
 * names no one ("Shackleton's ship", "Kuwait's sovereign wealth fund").
 */
export function possessorsOfRoleAsked(question: string): Set<string> {
  const names = new Set<string>();
  for (const found of matchesOf(question, POSSESSED)) {
    const [, possessor, role] = found;
    if (possessor === undefined || role === undefined || !kindOfPerson(role)) continue;
    for (const name of termsOf(possessor)) names.add(name);
  }
  return names;
}

/**
 * Whether a claim's report is on one of the possessors (`names`, possessorsOfRoleAsked): its topic
 * or one of its claims has the name. A report on another subject ("Leicester City's 2016 title")
 * names its own captain.
 */
export function reportOnPossessor(report: Report, names: ReadonlySet<string>): boolean {
  const has = (text: string): boolean => termsOf(text).some((term) => names.has(term));
  return has(report.topic) || report.claims.some((claim) => has(claim.text));
}
