// A report's compound words reached from a question's word that is one of their parts: "born"
// for the newborn a claim writes of, "ship" for an airship, "world" for worldwide, "sky" for
// skyglow. The index keys a compound whole, so a question saying its part never met it (the other
// way, a question's compound split into its parts, is compoundWords.ts's). Read one way only, from
// the part to a compound some claim uses, as gloss pairs are (glossedTerms.ts).

import type { Report } from '../reports/model.js';
import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import { termsOf } from './termsOf.js';
import { tokenize } from './tokenize.js';
import { RememberedPerReader } from './wordnet/rememberedPerReader.js';
import { baseForms, PARTS_OF_SPEECH, type WordNet } from './wordnet/wordNet.js';

/** A part's index key and the claim's compound it reaches, as an index key. */
export interface CompoundPair {
  part: string;
  compound: string;
}

/** Each part is at least this long: shorter ones cut words by chance ("e-ven"), as compoundWords.ts's. */
const MIN_PART = 3;
/** Each part of a word WordNet lacks is at least this long (review48: "deb-ridement"). */
const MIN_UNKNOWN_PART = 4;

/**
 * The compounds of a report's claims, each with the parts that reach it, a slice at a time: pauses
 * (yields) after every `claimsPerSlice` claims (as glossPairSlices). None without WordNet (null).
 */
export function* compoundPairSlices(report: Report, reader: WordNet | null, claimsPerSlice: number): Generator<void, CompoundPair[], void> {
  if (reader === null) return [];
  const remembered = partsOf.of(reader);
  const pairs = new Map<string, CompoundPair>();
  const seen = new Set<string>();
  for (const [i, claim] of report.claims.entries()) {
    if (i > 0 && i % claimsPerSlice === 0) yield;
    tokenize(claim.text).forEach((word, at) => {
      const folded = foldTerm(word);
      if (folded === null || folded.length < 2 * MIN_PART || seen.has(folded) || !LETTERS.test(folded)) return;
      // A name is no compound of words ("Washburn", "Newark", "Sunday"): a word written with a
      // capital is read only opening the claim, and there only as a word WordNet has that names nothing.
      if (CAPITALISED.test(word) && (at > 0 || !reader.has(folded) || names(reader, folded))) return;
      seen.add(folded);
      const compound = normalizeTerm(word);
      if (compound === null) return;
      let parts = remembered.get(folded);
      if (parts === undefined) {
        parts = compoundParts(reader, folded);
        remembered.set(folded, parts);
      }
      for (const part of parts) pairs.set(`${part}|${compound}`, { part, compound });
    });
  }
  return [...pairs.values()];
}

/**
 * The index keys of the words `folded` is made of ("newborn" -> new, born), each a word WordNet
 * has, stop words and particles left out; none when it is only a form of one of them ("shipping"
 * is ship's, "workers" work's) or, a word WordNet has, when none of its senses' definitions nor
 * synonyms says the part ("season" is no sea, "carpet" no car; "daylight" is "…while it is light
 * outside"); none for a word WordNet lacks that cuts into words more than one way.
 */
export function compoundParts(reader: WordNet, folded: string): string[] {
  const own = normalizeTerm(folded);
  const meanings = reader.has(folded) ? meaningKeys(reader, folded) : null;
  const parts = new Set<string>();
  let cuts = 0;
  for (let at = MIN_PART; at <= folded.length - MIN_PART; at++) {
    const cut = [folded.slice(0, at), folded.slice(at)] as const;
    // An ending WordNet has as a word ("work-ers", "driver-less") makes no compound, nor a
    // prefix one ("inter-national", "super-market").
    if (ENDINGS.has(cut[1]) || PREFIXES.has(cut[0]) || !reader.has(cut[0]) || !reader.has(cut[1])) continue;
    // A word WordNet lacks is cut only into words of some length: short pieces are mostly
    // fragments WordNet happens to have ("deb-ridement", "cry-pto", "phi-shing").
    if (meanings === null && (cut[0].length < MIN_UNKNOWN_PART || cut[1].length < MIN_UNKNOWN_PART)) continue;
    if (PARTS_OF_SPEECH.some((pos) => baseForms(folded, pos).some((base) => base === cut[0] || base === cut[1]))) continue;
    cuts++;
    for (const piece of cut) {
      const key = normalizeTerm(piece);
      // The compound's key must hold the part's, but for a final "e" or "i" the stemmer makes
      // ("deepfake" is deepfak, "day" dai): stemming may cut the part away ("affordability" is afford).
      if (key === null || key === own || own === null || !own.includes(key.replace(FINAL_E, '')) || PARTICLES.has(piece) || (meanings !== null && !meanings.has(key))) continue;
      parts.add(key);
    }
  }
  // A word WordNet lacks cut more than one way is no known compound ("riders-hip", "rider-ship").
  return meanings === null && cuts > 1 ? [] : [...parts];
}

/** Whether a sense of the word WordNet has is an instance (`@i`: Newark is an instance of a city). */
function names(reader: WordNet, folded: string): boolean {
  return reader.lookup(folded).some((entry) => entry.pos === 'noun' && entry.senses.some((offset) => reader.synset('noun', offset)?.pointers.some((pointer) => pointer.symbol === '@i')));
}

/** The index keys of every sense's definition and synonyms of a word WordNet has (by its base form: "pacemakers"). */
function meaningKeys(reader: WordNet, folded: string): Set<string> {
  const keys = new Set<string>();
  for (const entry of reader.lookup(folded)) {
    for (const offset of entry.senses) {
      for (const key of termsOf(reader.definition(entry.pos, offset) ?? '')) keys.add(key);
      for (const word of reader.synset(entry.pos, offset)?.words ?? []) for (const key of termsOf(word.replaceAll('_', ' '))) keys.add(key);
    }
  }
  return keys;
}

/** Endings that are words too: a word ending so is a form of its start, not a compound. */
const ENDINGS: ReadonlySet<string> = new Set(['ers', 'ess', 'ing', 'ings', 'less', 'hood', 'ism', 'ist', 'ment', 'ness', 'age', 'ate', 'ant', 'ent', 'ion', 'ive', 'ous', 'ery', 'dom', 'wise', 'ward', 'wards', 'like', 'able', 'ably', 'ity', 'ise', 'ize', 'ish', 'est', 'let', 'ette', 'ling', 'ally']);
/** Prefixes that are words too: the word is the rest modified, not two things. */
const PREFIXES: ReadonlySet<string> = new Set(['inter', 'super', 'counter', 'anti', 'semi', 'multi', 'post', 'pre', 'sub', 'non', 'mid', 'trans', 'micro', 'mega', 'mini', 'hyper', 'ultra', 'para', 'pro', 'con', 'dis']);
/** Particles: a verb's, not a thing's ("layout", "rollout" are no "out"). */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'over', 'under', 'back', 'down', 'away', 'through', 'about', 'round', 'along', 'across']);

const FINAL_E = /[ei]$/;
const CAPITALISED = /^\p{Lu}/u;
const LETTERS = /^[a-z]+$/;

/** A claim word's parts, by the word (reports share most of their words), per reader. */
const partsOf = new RememberedPerReader<readonly string[]>();
