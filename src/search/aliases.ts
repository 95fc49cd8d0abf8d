// Names the reports give one thing themselves: an acronym spelled out once ("battery energy
// storage systems (BESS)", "WHO (World Health Organization)"), brand names beside a generic name
// ("semaglutide (Wegovy, Ozempic)"), "X, also known as Y". Mined from every part of a report
// when it is served, so a question using one name also finds claims that use the other. With
// them, the report's specific terms that a question's everyday words reach through WordNet
// (glossedTerms.ts) and the compounds a question word is a part of (claimCompounds.ts), read by
// the reader the library is given.

import type { Report } from '../reports/model.js';
import { byCodeUnits } from '../runtime/byCodeUnits.js';
import { termsOf } from './termsOf.js';
import { compoundPairSlices } from './claimCompounds.js';
import { drained, glossPairSlices } from './glossedTerms.js';
import type { WordNet } from './wordnet/wordNet.js';

/** Two names of one thing, each as the index keys of its words. */
export interface AliasPair {
  a: string[];
  b: string[];
  /** A definition's word (a) for the report's term it defines (b), one way only (glossedTerms.ts). */
  gloss?: true;
  /** A part (a) for the claims' compound it is in (b), one way only (claimCompounds.ts). */
  compound?: true;
}

// "long form (ACRONYM)" and "ACRONYM (long form)": 2-10 letters/digits with 2+ capitals.
const INSIDE = /^\(([^()\n]{2,120})\)/;
/** How far before a parenthesis a long form may start. */
const BEFORE = 200;
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9-]{1,9}$/;
// "semaglutide (Wegovy, Ozempic)": capitalized names, no digits, after a lowercase word.
const NAME_LIST = /^[A-Z][a-z][A-Za-z-]*(?:(?:,\s*|\s+(?:and|or)\s+|\s*\/\s*)[A-Z][a-z][A-Za-z-]*){0,3}$/;
const KNOWN_AS = /([A-Za-z][A-Za-z -]{2,60}?),?\s+(?:also\s+)?(?:known|referred to)\s+as\s+(?:the\s+)?["“]?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2})/g;
/**
 * The most terms an everyday word may reach by WordNet (glossedTerms.ts) in the library served:
 * one that reaches more is too general here ("people" reaches every kind of person the reports
 * name). Chosen among 2, 3 and 5 (eval/README.md, twenty-sixth session, rank28).
 */
const MAX_GLOSSED = 2;
/** Words of a long form that its acronym may skip ("Department of Energy (DOE)" or "(DE)"). */
const SKIPPABLE = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);

/**
 * Every alias pair a report defines, in any of its parts, and its gloss pairs by `reader`'s WordNet
 * (none when WordNet is absent: null).
 */
export function aliasesOf(report: Report, reader: WordNet | null): AliasPair[] {
  return drained(aliasSlices(report, reader, Infinity));
}

/**
 * aliasesOf a slice at a time: pauses (yields) after every `perSlice` texts of the report, then
 * every `perSlice` claims of its gloss pairs (glossPairSlices), and returns the same pairs in the
 * same order.
 */
export function* aliasSlices(report: Report, reader: WordNet | null, perSlice: number): Generator<void, AliasPair[], void> {
  const texts = [
    report.topic,
    report.summary,
    ...report.angles,
    ...report.claims.flatMap((claim) => [claim.text, ...claim.evidence.flatMap((e) => [e.quote ?? '', e.finding ?? ''])]),
    ...report.focusAreas.flatMap((area) => [area.title, ...area.points.map((point) => point.text)]),
    report.conclusions,
  ];
  // A source's or reference's title names its journal or publisher in parentheses ("…decline of
  // Tasmanian devils (Ecology and Evolution)", "…Legend of the wolf (Nature)"): there a name list
  // after a lowercase word is where the title was published, not the thing's other names.
  const titles = [...report.claims.flatMap((claim) => claim.evidence.map((e) => e.source)), ...report.references.map((reference) => reference.title)];
  const pairs = new Map<string, AliasPair>();
  const read = [...texts.map((text) => ({ text, pairsOf: namePairs })), ...titles.map((text) => ({ text, pairsOf: titleNamePairs }))];
  for (const [i, { text, pairsOf }] of read.entries()) {
    if (i > 0 && i % perSlice === 0) yield;
    if (!text) continue;
    for (const [a, b] of pairsOf(text)) {
      const pair = { a: termsOf(a), b: termsOf(b) };
      if (pair.a.length === 0 || pair.b.length === 0 || pair.a.join(' ') === pair.b.join(' ')) continue;
      pairs.set(pairKey(pair), pair);
    }
  }
  for (const { word, term } of yield* glossPairSlices(report, reader, perSlice)) {
    const pair: AliasPair = { a: [word], b: [term], gloss: true };
    pairs.set(pairKey(pair), pair);
  }
  for (const { part, compound } of yield* compoundPairSlices(report, reader, perSlice)) {
    const pair: AliasPair = { a: [part], b: [compound], compound: true };
    pairs.set(pairKey(pair), pair);
  }
  return [...pairs.values()];
}

/** What tells pairs apart: their names, and whether it is a gloss or compound pair (linked one way only). */
export function pairKey(pair: AliasPair): string {
  return `${pair.a.join(' ')}|${pair.b.join(' ')}${pair.gloss ? '|gloss' : pair.compound ? '|compound' : ''}`;
}

/** The pairs of names (as written) one text defines: acronyms, "known as", a generic word's brand names. */
export function namePairs(text: string): [string, string][] {
  return pairsOfNames(text, true);
}

/**
 * The pairs of names a source's or a reference's title defines: acronyms and "known as" alone. A
 * name list in parentheses there is where the title was published ("(Ecology and Evolution)"),
 * not a generic word's brand names ("semaglutide (Wegovy, Ozempic)").
 */
export function titleNamePairs(text: string): [string, string][] {
  return pairsOfNames(text, false);
}

function pairsOfNames(text: string, nameLists: boolean): [string, string][] {
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
    if (nameLists && generic && NAME_LIST.test(inner)) {
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
 * A pair as the table keeps it: how many of the reports served give it, and where it stands among
 * a name's entries: the first report giving it (by file, `listedAs`), then its place among that
 * report's pairs. No list of the reports per pair: the bench's 2,000 reports give 2,077 pairs
 * 220,058 times, and a Map each held 22 MB (bench/README.md, forty-ninth session).
 */
interface PairRecord {
  pair: AliasPair;
  /** One string for every report that defines it. */
  key: string;
  reports: number;
  listedAs: string;
  index: number;
}

interface NameEntry {
  name: string[];
  other: string[];
  gloss?: true;
  compound?: true;
  record: PairRecord;
}

/**
 * The aliases of the reports served, kept in step with them (a pair stays while any report
 * defines it), and the expansions they give a question. A name's other names are listed in the
 * order of the reports that define them (by file), as a load in file order adds them, whatever
 * order they were served in: a question's expansions of one weight are summed in this order, and
 * a cold start serves reports as its parse workers finish them (bench/README.md, forty-ninth session).
 */
export class AliasTable {
  /** Pair key -> the pair, how many reports define it and where it stands. */
  private readonly pairs = new Map<string, PairRecord>();
  /**
   * First key of a name -> the names starting with it and what each is also called, and how many
   * of them are gloss pairs' (more than MAX_GLOSSED: the word is too general to reach any);
   * `sorted` false when an entry came or a pair's place changed since they were last ordered.
   */
  private readonly byFirstKey = new Map<string, { entries: NameEntry[]; glossed: number; sorted: boolean }>();
  /** Report id -> its pairs' keys, in the order it gave them (a pair's index there is its place). */
  private readonly ofReport = new Map<string, string[]>();
  /** Report id -> where it is listed (its file); unique, as files are. */
  private readonly listedAsOf = new Map<string, string>();
  private version_ = 0;

  /** Changes whenever the names do (expandQuestion remembers a question's expansions until then). */
  get version(): number {
    return this.version_;
  }

  /** `listedAs`: where the report is listed (its file), which orders the names it gives among others'. */
  add(reportId: string, pairs: readonly AliasPair[], listedAs = reportId): void {
    this.remove(reportId);
    if (pairs.length > 0) this.version_++;
    const keys: string[] = [];
    pairs.forEach((pair, index) => {
      const key = pairKey(pair);
      const known = this.pairs.get(key);
      keys.push(known ? known.key : key);
      if (known) {
        known.reports++;
        if (byPlace(listedAs, index, known.listedAs, known.index) < 0) this.move(known, listedAs, index);
      } else {
        const record: PairRecord = { pair, key, reports: 1, listedAs, index };
        this.pairs.set(key, record);
        this.link(pair.a, pair.b, record, pair.gloss ? 'gloss' : pair.compound ? 'compound' : undefined);
        if (!pair.gloss && !pair.compound) this.link(pair.b, pair.a, record);
      }
    });
    if (keys.length > 0) {
      this.ofReport.set(reportId, keys);
      this.listedAsOf.set(reportId, listedAs);
    }
  }

  remove(reportId: string): void {
    if (this.ofReport.has(reportId)) this.version_++;
    const listedAs = this.listedAsOf.get(reportId);
    /** Pairs still given by others that stood at this report's place: they move to the next report's. */
    const moved = new Set<PairRecord>();
    for (const key of this.ofReport.get(reportId) ?? []) {
      const known = this.pairs.get(key);
      if (!known) continue;
      if (--known.reports > 0) {
        if (known.listedAs === listedAs) moved.add(known);
        continue;
      }
      moved.delete(known);
      this.pairs.delete(key);
      this.unlink(known.pair.a, known.pair.b);
      if (!known.pair.gloss && !known.pair.compound) this.unlink(known.pair.b, known.pair.a);
    }
    this.ofReport.delete(reportId);
    this.listedAsOf.delete(reportId);
    if (moved.size > 0 && listedAs !== undefined) this.placeAgain(moved, listedAs);
  }

  /**
   * Each of `records` at the first place any report still served gives it. They stood at a report
   * that went, before every other report giving them: the reports listed after it are read in
   * order until each has its next one (a popular pair's is a few reports on), not all of them.
   */
  private placeAgain(records: Set<PairRecord>, after: string): void {
    const later: [string, string][] = [];
    for (const [reportId, listedAs] of this.listedAsOf) if (byCodeUnits(listedAs, after) > 0) later.push([listedAs, reportId]);
    later.sort((a, b) => byCodeUnits(a[0], b[0]));
    const left = new Set(records);
    for (const [listedAs, reportId] of later) {
      (this.ofReport.get(reportId) ?? []).forEach((key, index) => {
        const record = this.pairs.get(key);
        if (record === undefined || !left.has(record)) return;
        left.delete(record);
        this.move(record, listedAs, index);
      });
      if (left.size === 0) return;
    }
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
  othersOf(terms: readonly string[]): { term: string; source: string; of: number; gloss?: true; compound?: true }[] {
    if (this.byFirstKey.size === 0) return [];
    const asked = new Set(terms);
    const found: { term: string; source: string; of: number; gloss?: true; compound?: true }[] = [];
    for (const term of asked) {
      const names = this.byFirstKey.get(term);
      if (names === undefined) continue;
      if (!names.sorted) {
        // Stable: a pair's two entries under one first key keep their order.
        names.entries.sort((x, y) => byPlace(x.record.listedAs, x.record.index, y.record.listedAs, y.record.index));
        names.sorted = true;
      }
      const tooGeneral = names.glossed > MAX_GLOSSED;
      for (const { name, other, gloss, compound } of names.entries) {
        if (gloss && tooGeneral) continue;
        if (!name.every((key) => asked.has(key))) continue;
        for (const key of other) found.push(gloss ? { term: key, source: term, of: other.length, gloss } : compound ? { term: key, source: term, of: other.length, compound } : { term: key, source: term, of: other.length });
      }
    }
    return found;
  }

  /** `name` for `other`, as a gloss pair's or a compound pair's one way; only gloss pairs count towards MAX_GLOSSED. */
  private link(name: string[], other: string[], record: PairRecord, oneWay?: 'gloss' | 'compound'): void {
    const first = name[0] as string;
    let names = this.byFirstKey.get(first);
    if (names === undefined) {
      names = { entries: [], glossed: 0, sorted: true };
      this.byFirstKey.set(first, names);
    }
    names.entries.push(oneWay === 'gloss' ? { name, other, gloss: true, record } : oneWay === 'compound' ? { name, other, compound: true, record } : { name, other, record });
    // Pushed last: out of order only when a report listed earlier comes after.
    const before = names.entries[names.entries.length - 2];
    if (before !== undefined && byPlace(before.record.listedAs, before.record.index, record.listedAs, record.index) > 0) names.sorted = false;
    if (oneWay === 'gloss') names.glossed++;
  }

  /** The pair now stands at this place: the names it is under are ordered again when next read. */
  private move(record: PairRecord, listedAs: string, index: number): void {
    record.listedAs = listedAs;
    record.index = index;
    const under = this.byFirstKey.get(record.pair.a[0] as string);
    if (under) under.sorted = false;
    if (!record.pair.gloss && !record.pair.compound) {
      const back = this.byFirstKey.get(record.pair.b[0] as string);
      if (back) back.sorted = false;
    }
  }

  /** Undoes link(name, other): the entry is the one holding these very arrays (a pair links each way once). */
  private unlink(name: string[], other: string[]): void {
    const first = name[0] as string;
    const names = this.byFirstKey.get(first);
    const at = names?.entries.findIndex((entry) => entry.name === name && entry.other === other) ?? -1;
    if (names === undefined || at < 0) return;
    if (names.entries[at]?.gloss) names.glossed--;
    names.entries.splice(at, 1);
    if (names.entries.length === 0) this.byFirstKey.delete(first);
  }
}

/** By the listing report (code units, as loadReports orders files), then the place in it. */
function byPlace(listedA: string, indexA: number, listedB: string, indexB: number): number {
  return byCodeUnits(listedA, listedB) || indexA - indexB;
}
