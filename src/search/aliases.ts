// Names the reports give one thing themselves: an acronym spelled out once ("battery energy
// storage systems (BESS)", "WHO (World Health Organization)"), brand names beside a generic name
// ("semaglutide (Wegovy, Ozempic)"), "X, also known as Y"; and the terms a report defines
// ("Permafrost, ground that stays frozen for at least two consecutive years, …"), so a question
// saying the definition in everyday words ("frozen ground") finds the term too. Mined from every
// part of a report when it is served, so a question using one name also finds claims that use the other.

import type { Report } from '../reports/model.js';
import { CARDINAL_WORDS } from '../answer/quantityWords.js';
import { termsOf } from './termsOf.js';

/**
 * Two names of one thing, each as the index keys of its words; or, with `defines`, a term (`a`)
 * and the first words of the definition a report gives it that say what the thing is (`b`:
 * "Permafrost, ground that stays frozen for at least two consecutive years, …": ground, frozen).
 */
export interface AliasPair {
  a: string[];
  b: string[];
  defines?: true;
}

// "long form (ACRONYM)" and "ACRONYM (long form)": 2-10 letters/digits with 2+ capitals.
const INSIDE = /^\(([^()\n]{2,120})\)/;
/** How far before a parenthesis a long form may start. */
const BEFORE = 200;
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9-]{1,9}$/;
// "semaglutide (Wegovy, Ozempic)": capitalized names, no digits, after a lowercase word.
const NAME_LIST = /^[A-Z][a-z][A-Za-z-]*(?:(?:,\s*|\s+(?:and|or)\s+|\s*\/\s*)[A-Z][a-z][A-Za-z-]*){0,3}$/;
const KNOWN_AS = /([A-Za-z][A-Za-z -]{2,60}?),?\s+(?:also\s+)?(?:known|referred to)\s+as\s+(?:the\s+)?["“]?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2})/g;
/** Words of a long form that its acronym may skip ("Department of Energy (DOE)" or "(DE)"). */
const SKIPPABLE = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);

/** Every part of a report where a name or a term may be defined. */
export function textsOf(report: Report): string[] {
  return [
    report.topic,
    report.summary,
    ...report.angles,
    ...report.claims.flatMap((claim) => [claim.text, ...claim.evidence.flatMap((e) => [e.source, e.quote ?? '', e.finding ?? ''])]),
    ...report.focusAreas.flatMap((area) => [area.title, ...area.points.map((point) => point.text)]),
    report.conclusions,
    ...report.references.map((reference) => reference.title),
  ].filter((text) => text !== '');
}

/** Every alias pair a report defines, in any of its parts. */
export function aliasesOf(report: Report): AliasPair[] {
  const texts = textsOf(report);
  const pairs = new Map<string, AliasPair>();
  for (const text of texts) {
    if (!text) continue;
    for (const [a, b] of namePairs(text)) {
      const pair = { a: termsOf(a), b: termsOf(b) };
      if (pair.a.length === 0 || pair.b.length === 0 || pair.a.join(' ') === pair.b.join(' ')) continue;
      pairs.set(`${pair.a.join(' ')}|${pair.b.join(' ')}`, pair);
    }
  }
  // The definitions after the names (a warm-up asks by a report's first pair).
  const definitions = new Map<string, AliasPair>();
  for (const text of texts) {
    if (!text) continue;
    for (const [term, definition] of definitionPairs(text)) {
      const pair = definitionOf(term, definition);
      if (pair !== null) definitions.set(`${pair.a.join(' ')}|${pair.b.join(' ')}`, pair);
    }
  }
  return [...pairs.values(), ...definitions.values()];
}

/** A term a report defines: one to three words, capitalised at a sentence's start or quoted. */
const TERM = String.raw`(?:["“'‘*_]+([A-Za-z][A-Za-z-]*(?:\s+[a-z][A-Za-z-]*){0,2})["”'’*_]+|([A-Z][a-z][A-Za-z-]*(?:\s+[a-z][A-Za-z-]*){0,2}))`;
/** Where a sentence ends (the next one may define a term). */
const SENTENCE_END = /[.!?:]\s+/g;
/**
 * A word of a noun phrase without an article ("ground", "wetlands"): not a preposition, an adverb
 * or a participle, which make a predicate of what follows ("concentrated in regions where…",
 * "offered as a compromise that…").
 */
const BARE_NOUN_WORD = String.raw`(?!(?:in|on|at|as|to|for|by|with|from|of|into|over|under|through|about|not|also|often|now|still|more|less|most|very|mostly|mainly|largely|only)\b)[a-z][a-z-]*(?<!ed|ing|ly)`;
/**
 * What a definition is: a noun phrase and its relative clause ("a type of terrain that forms…",
 * "ground that stays frozen…", "wetlands whose…"), or a clause of the term itself ("in which
 * borrowers guarantee…", "under which departing staff…").
 */
const DEFINING_CLAUSE = String.raw`((?:(?:an?|the)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}|${BARE_NOUN_WORD}(?:\s+${BARE_NOUN_WORD}){0,2}|in|by|under|through|with)\s+(?:that|which|who|whose|where)\s+[^,;.()]{3,120})`;
/** "Permafrost, ground that stays frozen for at least two consecutive years, stores…" (at a sentence's start, as the rest). */
const APPOSITION = new RegExp(`^${TERM},\\s+${DEFINING_CLAUSE},`);
/** "Thermokarst is a type of terrain that forms where…". */
const IS_A = new RegExp(`^${TERM}\\s+(?:is|are)\\s+${DEFINING_CLAUSE}`);
/** "'Shrinkflation' describes products that shrink in size…", "X refers to…". */
const DESCRIBES = new RegExp(`^${TERM}\\s+(?:describes|refers to|is defined as|is the term for|is shorthand for|denotes)\\s+([^;.()]{8,160})`);
/** What every defining sentence opens with: a term of one to three words, then a comma, "is", "are" or a defining verb. */
const OPENS_DEFINING = /^["“'‘*_]*[A-Za-z][A-Za-z-]*(?:\s+[a-z][A-Za-z-]*){0,2}["”'’*_]*(?:,|\s+(?:is|are|describes|refers|denotes)\b)/;
/** How much of a sentence a definition is looked for in. */
const SENTENCE_HEAD = 320;
/** "…paludiculture (farming on wet peat)": a word before a parenthesis of three or more lower-case words glossing it. */
const GLOSSED_WORD = /(?<![A-Za-z-])([a-z][a-z-]{3,})\s+$/;
const GLOSS = /^\(((?:an?\s+|the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){2,12})\)/;
/** A sentence's first word that opens a clause, not a term: "If adherence is…", "This means…". */
const NOT_A_TERM = /^(?:if|when|while|as|this|that|these|those|it|its|they|such|each|every|all|most|many|some|both|one|there|here|what|which|who|how|why|where|but|and|or|so|yet|because|although|though|after|before|since|until|unless|in|on|at|for|from|with|by|of|to|a|an|the)$/i;
/** Words in -ly that are nouns, not adverbs opening a sentence ("Historically, …"). */
const NOUNS_IN_LY = /^(?:anomaly|monopoly|duopoly|oligopoly|family|assembly|supply|ally|rally|italy|july|lily|jelly|belly|bully|folly|homily)$/i;
/** Adverbs that open a sentence, set apart by a comma: "Historically, countries that…" defines nothing. */
const SENTENCE_ADVERBS = /^(?:however|today|overall|instead|meanwhile|still|now|also|together|nevertheless|nonetheless|moreover|furthermore|indeed|thus|hence|therefore|likewise|again|elsewhere|later|earlier|first|second|third|finally|next|then|otherwise|besides|conversely|globally|traditionally)$/i;
function isSentenceAdverb(term: string): boolean {
  return !term.includes(' ') && (SENTENCE_ADVERBS.test(term) || (/^[A-Za-z]{3,}ly$/.test(term) && !NOUNS_IN_LY.test(term)));
}
/** A parenthesis that says more of the word before it, not what it is: "shift (fewer breaks…)", "(attributed to…)", "(see below)". */
const NOT_A_GLOSS = /^(?:fewer|more|less|most|least|mostly|mainly|about|around|roughly|nearly|almost|over|under|up|down|see|including|excluding|compared|versus|vs|and|or|but|not|only|also|[a-z]+ed)\b/;
/**
 * Words of a definition that say how much, how long or how, not what the thing is: numbers,
 * quantifiers, units of time, adverbs of degree and small words the stop words lack, verbs any
 * sentence has ("ground that stays frozen for at least two consecutive years": a question asking
 * "at least two years" or what "stays" the same is not asking about permafrost). Stop words are
 * left out already (termsOf).
 */
const NOT_A_DEFINING_WORD = new RegExp(
  String.raw`(?<!\w)(?:[\d.,/]*\d[\w.,/%-]*|${CARDINAL_WORDS}|first|second|third|once|twice|least|few|fewer|fewest|several|half|dozens|hundreds|thousands|millions|per|percent|consecutive|successive|seconds|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|less|while|out|up|off|part|main|key|mainly|mostly|chiefly|partly|largely|suddenly|shortly|usually|typically|naturally|stays?|remains?|keeps?|gets?|makes?|takes?|goes|comes?|becomes?|uses?)(?!\w)`,
  'gi',
);
/** The first words of a definition kept: its head says what the thing is. */
const DEFINITION_KEYS = 8;
/** How many of a definition's words a question must have for the term to be searched too. */
export const MIN_DEFINITION_MATCH = 2;

/**
 * A term and its definition (as written) as the index keys a question is matched on: the
 * definition's first DEFINITION_KEYS words that say what the thing is (not the term's own, nor
 * NOT_A_DEFINING_WORD); null when fewer than MIN_DEFINITION_MATCH are left.
 */
export function definitionOf(term: string, definition: string): AliasPair | null {
  const a = termsOf(term);
  const own = new Set(a);
  const b = [...new Set(termsOf(definition.replace(NOT_A_DEFINING_WORD, ' ')).filter((key) => !own.has(key)))].slice(0, DEFINITION_KEYS);
  return a.length === 0 || b.length < MIN_DEFINITION_MATCH ? null : { a, b, defines: true };
}

/**
 * The terms (as written) one text defines, each with its definition's words. Read at each
 * sentence's start and at each parenthesis only: anchored patterns, cheap on a long report.
 */
export function definitionPairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  const starts = [0, ...Array.from(text.matchAll(SENTENCE_END), (end) => (end.index as number) + end[0].length)];
  for (const start of starts) {
    const first = text.charCodeAt(start);
    // A term opens with a capital or a quote or markup ("'Shrinkflation'", "*Permafrost*").
    if (!((first >= 65 && first <= 90) || '"“\'‘*_'.includes(text[start] ?? ' '))) continue;
    const head = text.slice(start, start + SENTENCE_HEAD);
    if (!OPENS_DEFINING.test(head)) continue;
    for (const pattern of [APPOSITION, IS_A, DESCRIBES]) {
      const match = pattern.exec(head);
      if (match === null) continue;
      const term = (match[1] ?? match[2] ?? '').trim();
      const definition = (match[3] ?? '').trim();
      if (term === '' || definition === '' || NOT_A_TERM.test(term.split(/\s+/)[0] ?? '') || (match[2] !== undefined && isSentenceAdverb(term))) continue;
      pairs.push([term, definition]);
    }
  }
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const gloss = GLOSS.exec(text.slice(open, open + 200))?.[1];
    const term = gloss === undefined ? undefined : GLOSSED_WORD.exec(text.slice(Math.max(0, open - 40), open))?.[1];
    // A gloss that names the word again lists its kinds ("mass timber (cross-laminated timber and glulam)").
    if (gloss === undefined || term === undefined || NOT_A_TERM.test(term) || NOT_A_GLOSS.test(gloss)) continue;
    if (!new RegExp(`(?<![a-z-])${term}(?![a-z-])`, 'i').test(gloss)) pairs.push([term, gloss]);
  }
  return pairs;
}

/** The pairs of names (as written) one text defines. */
export function namePairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const inner = INSIDE.exec(text.slice(open, open + 130))?.[1]?.trim();
    if (inner === undefined) continue;
    const before = text.slice(Math.max(0, text.lastIndexOf(')', open - 1) + 1, open - BEFORE), open);
    if (ACRONYM.test(inner)) {
      const long = spelledOut(inner, before);
      if (long) pairs.push([long, inner]);
      continue;
    }
    const acronym = /(?:^|\s)([A-Za-z][A-Za-z0-9-]{1,9})\s*$/.exec(before)?.[1];
    if (acronym && ACRONYM.test(acronym) && spelledOut(acronym, inner) === inner.replace(/\s+/g, ' ')) {
      pairs.push([inner, acronym]);
      continue;
    }
    const generic = /(?:^|\s)([a-z][a-z-]{3,})\s*$/.exec(before)?.[1];
    if (generic && NAME_LIST.test(inner)) {
      for (const name of inner.split(/,\s*|\s+(?:and|or)\s+|\s*\/\s*/)) pairs.push([generic, name]);
    }
  }
  if (/known as|referred to as/i.test(text)) {
    for (const [, before = '', name = ''] of text.matchAll(KNOWN_AS)) {
      // The thing named is the last few words before "known as".
      const words = before.trim().split(/\s+/).slice(-2).join(' ');
      if (words && name) pairs.push([words, name]);
    }
  }
  return pairs;
}

/**
 * The words just before an acronym that it abbreviates, as written ("Cold Climate Air Source Heat
 * Pump" for ccASHP, "glucagon-like peptide-1" for GLP-1), or null when its letters do not match.
 */
function spelledOut(acronym: string, before: string): string | null {
  // A plural acronym ("LLMs") abbreviates the plural long form.
  const letters = acronym.replace(/(?<=[A-Z0-9])s$/, '').toLowerCase().replace(/[^a-z]/g, '');
  const words = before.trimEnd().split(/\s+/);
  // Walk back from the acronym's last letter; a hyphenated word may give one letter per part.
  let need = letters.length;
  let start = words.length;
  for (let i = words.length - 1; i >= 0 && need > 0; i--) {
    const word = (words[i] ?? '').replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9-]+$/g, '');
    const parts = word.split('-').filter((part) => /^[A-Za-z]/.test(part));
    if (parts.length === 0 || (SKIPPABLE.has(word.toLowerCase()) && letters[need - 1] !== word[0]?.toLowerCase())) {
      if (parts.length === 0 && word !== '') return null;
      start = i;
      continue;
    }
    const initials = parts.map((part) => part[0]?.toLowerCase()).join('');
    if (letters.slice(need - initials.length, need) === initials) need -= initials.length;
    else if (letters[need - 1] === initials[0] && parts.length > 1) need -= 1;
    else return null;
    start = i;
  }
  if (need > 0) return null;
  const long = words.slice(start).join(' ').replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return long.includes(' ') || long.includes('-') ? long : null;
}

/**
 * The aliases of the reports served, kept in step with them (a pair stays while any report
 * defines it), and the expansions they give a question.
 */
export class AliasTable {
  /** Pair key -> the pair and how many reports define it. */
  private readonly pairs = new Map<string, { pair: AliasPair; reports: number }>();
  /** First key of a name -> the names starting with it and what each is also called. */
  private readonly byFirstKey = new Map<string, { name: string[]; other: string[] }[]>();
  /** A key of a definition -> the definitions having it, each with the term it defines. */
  private readonly byDefinitionKey = new Map<string, { definition: string[]; term: string[] }[]>();
  private readonly ofReport = new Map<string, string[]>();
  private version_ = 0;

  /** Changes whenever the names do (expandQuestion remembers a question's expansions until then). */
  get version(): number {
    return this.version_;
  }

  add(reportId: string, pairs: readonly AliasPair[]): void {
    this.remove(reportId);
    if (pairs.length > 0) this.version_++;
    const keys: string[] = [];
    for (const pair of pairs) {
      const key = `${pair.a.join(' ')}|${pair.b.join(' ')}`;
      keys.push(key);
      const known = this.pairs.get(key);
      if (known) known.reports++;
      else {
        this.pairs.set(key, { pair, reports: 1 });
        if (pair.defines) this.linkDefinition(pair.b, pair.a);
        else {
          this.link(pair.a, pair.b);
          this.link(pair.b, pair.a);
        }
      }
    }
    if (keys.length > 0) this.ofReport.set(reportId, keys);
  }

  remove(reportId: string): void {
    if (this.ofReport.has(reportId)) this.version_++;
    for (const key of this.ofReport.get(reportId) ?? []) {
      const known = this.pairs.get(key);
      if (!known) continue;
      if (--known.reports > 0) continue;
      this.pairs.delete(key);
      if (known.pair.defines) this.unlinkDefinition(known.pair.b, known.pair.a);
      else {
        this.unlink(known.pair.a, known.pair.b);
        this.unlink(known.pair.b, known.pair.a);
      }
    }
    this.ofReport.delete(reportId);
  }

  get size(): number {
    return this.pairs.size;
  }

  /** The pairs a report defines, as it gave them to `add`. */
  pairsOf(reportId: string): AliasPair[] {
    return (this.ofReport.get(reportId) ?? []).flatMap((key) => this.pairs.get(key)?.pair ?? []);
  }

  /**
   * The other names of every name the question's keys contain (all of a name's keys, in any
   * order), each key with the question key it stands for: the first key of the name used.
   */
  othersOf(terms: readonly string[]): { term: string; source: string; of: number }[] {
    if (this.byFirstKey.size === 0) return [];
    const asked = new Set(terms);
    const found: { term: string; source: string; of: number }[] = [];
    for (const term of asked) {
      for (const { name, other } of this.byFirstKey.get(term) ?? []) {
        if (!name.every((key) => asked.has(key))) continue;
        for (const key of other) found.push({ term: key, source: term, of: other.length });
      }
    }
    return found;
  }

  /**
   * The terms whose definitions the question's keys say in part (MIN_DEFINITION_MATCH of its
   * words or more: "frozen ground" for permafrost, defined as "ground that stays frozen…"), each
   * key of a term with the question key it stands for (the first of the definition's words the
   * question has). Not a term the question names already.
   */
  definedBy(terms: readonly string[]): { term: string; source: string }[] {
    if (this.byDefinitionKey.size === 0) return [];
    const asked = new Set(terms);
    const seen = new Set<{ definition: string[]; term: string[] }>();
    const found: { term: string; source: string }[] = [];
    for (const key of asked) {
      for (const entry of this.byDefinitionKey.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const had = entry.definition.filter((word) => asked.has(word));
        if (had.length < MIN_DEFINITION_MATCH || entry.term.every((word) => asked.has(word))) continue;
        for (const word of entry.term) found.push({ term: word, source: had[0] as string });
      }
    }
    return found;
  }

  private linkDefinition(definition: string[], term: string[]): void {
    const entry = { definition, term };
    for (const key of new Set(definition)) {
      const list = this.byDefinitionKey.get(key) ?? [];
      list.push(entry);
      this.byDefinitionKey.set(key, list);
    }
  }

  private unlinkDefinition(definition: string[], term: string[]): void {
    for (const key of new Set(definition)) {
      const list = (this.byDefinitionKey.get(key) ?? []).filter((entry) => entry.definition !== definition || entry.term !== term);
      if (list.length > 0) this.byDefinitionKey.set(key, list);
      else this.byDefinitionKey.delete(key);
    }
  }

  private link(name: string[], other: string[]): void {
    const first = name[0] as string;
    const list = this.byFirstKey.get(first) ?? [];
    list.push({ name, other });
    this.byFirstKey.set(first, list);
  }

  private unlink(name: string[], other: string[]): void {
    const first = name[0] as string;
    const list = (this.byFirstKey.get(first) ?? []).filter((entry) => entry.name !== name || entry.other !== other);
    if (list.length > 0) this.byFirstKey.set(first, list);
    else this.byFirstKey.delete(first);
  }
}
