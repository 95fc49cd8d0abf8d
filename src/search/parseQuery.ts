// The question syntax: free text, `"a quoted phrase"` that must appear, and filters
// `report:<id>`, `perspective:<word>`, `since:YYYY-MM-DD`, `strength:quoted|multi-source`.
// Problems are hints for the person asking, never exceptions.

import { EVIDENCE_STRENGTHS, type EvidenceStrength } from '../reports/evidenceFlags.js';
import { matchesOf } from './matchesOf.js';

export interface QueryFilters {
  report?: string;
  perspective?: string;
  /** YYYY-MM-DD */
  since?: string;
  /** How the claim must be supported; given more than once, every one must hold. */
  strength?: EvidenceStrength[];
}

export interface ParsedQuery {
  /** The free text to rank claims by (phrases included). */
  text: string;
  /** Phrases that must appear in the claim or its evidence, lowercased (none: NO_PHRASES). */
  phrases: readonly string[];
  filters: QueryFilters;
  /** What was wrong with the question, phrased for the person who asked. */
  problems: string[];
}

const FILTER_HELP = 'Filters: report:<id>, perspective:<word>, since:YYYY-MM-DD, strength:quoted or strength:multi-source.';

// A filter, `report:` or `perspective:` with its value forgotten (no word to search for), a
// "phrase" (straight or curly quotes), or a word.
const TOKEN = /([A-Za-z][\w-]*):("[^"]*"|“[^”]*”|\S+)|(report|perspective):(?=\s|$)|"([^"]*)"|“([^”]*)”|(\S+)/gi;
const NOT_FILTERS = /^(?:https?|mailto|ftp)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The phrases of every question that quotes none, and what a filter given no phrases reads
 * (questionFilter.ts): one array. The list parseQuery fills starts as an empty literal that V8
 * makes, once strings have been pushed into some, as a kind of array for strings; an empty `[]`
 * written elsewhere is another kind, and code compiled on one was thrown away at the other
 * (bench/README.md, fifty-sixth session).
 */
export const NO_PHRASES: readonly string[] = [];

export function parseQuery(question: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[] = [];
  const filters: QueryFilters = {};
  const problems: string[] = [];

  for (const match of matchesOf(question, TOKEN)) {
    const [whole, filterKey, filterValue, emptyKey, straightPhrase, curlyPhrase, word] = match;
    const key = filterKey ?? emptyKey;
    const rawValue = filterValue ?? (emptyKey === undefined ? undefined : '');
    if (key !== undefined && rawValue !== undefined && !NOT_FILTERS.test(key)) {
      const name = key.toLowerCase();
      const value = rawValue.replace(/^["“]|["”]$/g, '').trim();
      if (name === 'report' || name === 'perspective') {
        if (value) setFilter(filters, name, value.toLowerCase(), problems);
        else problems.push(`\`${name}:\` needs a value, e.g. \`${name}:${name === 'report' ? 'heat-pumps' : 'bias'}\`.`);
      } else if (name === 'since') {
        if (isValidDate(value)) setFilter(filters, 'since', value, problems);
        else problems.push(`\`since:${value}\` is not a date; write it as since:YYYY-MM-DD, e.g. since:2026-01-01.`);
      } else if (name === 'strength') {
        const strength = EVIDENCE_STRENGTHS.find((known) => known === value.toLowerCase());
        if (strength) filters.strength = [...new Set([...(filters.strength ?? []), strength])];
        else problems.push(`\`strength:${value}\` is not a strength; write strength:quoted (a verbatim quote) or strength:multi-source (two sources or more).`);
      } else {
        problems.push(`Unknown filter \`${key}:\`; it was searched as words. ${FILTER_HELP}`);
        words.push(key, value);
      }
    } else if (straightPhrase !== undefined || curlyPhrase !== undefined) {
      const phrase = (straightPhrase ?? curlyPhrase ?? '').replace(/\s+/g, ' ').trim();
      if (phrase) {
        phrases.push(phrase.toLowerCase());
        words.push(phrase);
      }
    } else {
      words.push(word ?? whole);
    }
  }

  const text = words.join(' ').trim();
  if (text === '' && Object.keys(filters).length === 0 && problems.length === 0) {
    problems.push(`Ask a question, e.g. "what are the risks of synthetic data?". ${FILTER_HELP}`);
  }
  return { text, phrases: phrases.length > 0 ? phrases : NO_PHRASES, filters, problems };
}

/** A filter takes one value: given again with another, the last is used and the person is told. */
function setFilter(filters: QueryFilters, name: 'report' | 'perspective' | 'since', value: string, problems: string[]): void {
  const earlier = filters[name];
  if (earlier !== undefined && earlier !== value) {
    problems.push(`\`${name}:\` is given twice (\`${name}:${earlier}\`, \`${name}:${value}\`); a question takes one, so \`${name}:${value}\` is used.`);
  }
  filters[name] = value;
}

function isValidDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
