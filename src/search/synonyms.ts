// Chat words WordNet does not know, to the words reports use. Everyday words ("cheap", "quit",
// "teenagers") are related by WordNet (expandQuestion.ts); these groups are only for what it
// lacks: chat abbreviations and slang, and common phrases and newer words of work, health,
// energy and data that it has no entry for (the reason is beside each group). A question using
// one member is also searched for the others, at a lower weight than its own words. A verb
// phrase it lacks is read one way (ONE_WAY: "came up with" searched as devised, not the reverse).
// General English only, never words picked from one report: the bot is judged on reports it has
// never seen.

const GROUPS: string[][] = [
  // chat abbreviations and slang (WordNet has none of them)
  ['ppl', 'people'],
  ['govt', 'gov', 'government'],
  ['stat', 'stats', 'statistic', 'statistics', 'figure', 'figures', 'percent', 'percentage'], // "stat" only as a medical adverb
  ['wfh', 'work from home', 'working from home', 'remote', 'telework', 'telecommute', 'home working'], // no wfh, telework
  ['onsite', 'on site', 'in person', 'office'], // no onsite, in person
  ['hybrid', 'part time', 'flexible'], // its hybrid is a crossbreed
  // phrases and newer words it lacks
  ['new grads', 'new hires', 'entry level', 'early career', 'junior', 'graduate', 'trainee'],
  ['mentorship', 'mentoring', 'coaching'],
  ['young people', 'youth', 'teens', 'adolescent'],
  ['older adults', 'old people', 'elderly', 'seniors'],
  ['well being', 'wellbeing', 'health'],
  ['side effect', 'side effects', 'adverse events', 'adverse effects', 'tolerability'],
  ['lose weight', 'losing weight', 'weight loss', 'slimming'],
  ['put back on', 'gain back', 'regain', 'rebound'],
  ['lean mass', 'lean tissue', 'muscle'],
  ['cardio', 'cardiovascular', 'heart'],
  ['burnout', 'exhaustion', 'stress'],
  ['ghg', 'greenhouse gas', 'emissions', 'carbon'],
  ['subzero', 'sub zero', 'below freezing', 'freezing', 'cold'],
  ['heatwave', 'heatwaves', 'heat wave', 'extreme heat'],
  ['pv', 'photovoltaic', 'solar'],
  ['renewables', 'renewable energy', 'clean energy', 'green energy'],
  ['microplastics', 'microplastic', 'nanoplastics', 'plastic particles', 'plastic bits'],
  ['dataset', 'datasets', 'training data', 'data'],
  ['ai', 'artificial intelligence', 'machine learning', 'ml', 'llm', 'llms', 'language model', 'language models'],
  ['made up', 'fake', 'synthetic', 'generated'],
  ['personal data', 'privacy'],
  ['new ideas', 'innovation'],
  ['long term', 'long run', 'lifetime'],
  ['short term', 'temporary'],
  ['save money', 'savings', 'cheaper', 'payback'],
  ['upfront', 'up front', 'purchase price', 'installation cost'],
  // words it has but never joins: each the comparative of its own word (little, few), and people
  // say "less" of what reports count as "fewer"
  ['less', 'fewer'],
];

import { lifelessDying } from './lifelessDying.js';
import { normalizeTerm } from './normalizeTerm.js';
import { termsOf } from './termsOf.js';

/** How much "money" counts as revenue or income (ONE_WAY): a kind of money, one of several. */
export const MONEY_WEIGHT = 0.2;

/** An index key to search, with the key of the question's word it stands for. */
export interface Synonym {
  term: string;
  source: string;
}

/**
 * Phrases WordNet lacks, read one way: the phrase is searched by the words reports write for it,
 * never those words by the phrase. "Who came up with…" asks who made something, and the answer
 * says it was devised, invented, designed, developed, created or introduced (WordNet has "think up"
 * and "dream up", not "come up with"; its "come up" is "arise").
 */
const ONE_WAY: { phrase: RegExp; words: string[]; weight?: number; unless?: (text: string, at: number) => boolean }[] = [
  { phrase: /\b(come|came|comes|coming) up with\b/i, words: ['invented', 'devised', 'designed', 'developed', 'created', 'introduced'] },
  // "The planet" is the Earth, which WordNet files as one planet, never as a synonym of "world":
  // "people on the planet", "the planet's geysers" are the world's, counted worldwide or globally.
  { phrase: /\b(?:the|our) (planet)(?:['’]s)?(?![\w-])/i, words: ['world', 'worldwide', 'global', 'globally'] },
  // Money a business or a state makes is what reports count as its revenue or income ("how much
  // money does estonia make from e-residency?"); WordNet files neither under money. Money is
  // also spent, lent or given: at MONEY_WEIGHT, less than a synonym.
  { phrase: /\b(money)\b/i, words: ['revenue', 'revenues', 'income'], weight: MONEY_WEIGHT },
  // A death asked is told as a killing as often ("How many people died when Lake Nyos let out its
  // gas?": "…released a cloud of carbon dioxide that killed about 1,746 people"; "the Halifax
  // explosion death toll": "Approximately 2,000 people were killed"). WordNet has kill causing
  // die, read one way (relatedWords.ts: "killed" finds "died" and "deaths"), never the reverse.
  // Not where nobody dies: "the wind died down", "i'm dying to know", "before the battery dies"
  // (a lifeless thing, lifelessDying.ts).
  { phrase: /\b(die|died|dies|dying(?!\s+to\b)|deaths?)\b(?![\s-]+down\b)/i, words: ['killed'], unless: lifelessDying },
];
const oneWay = ONE_WAY.map(({ phrase, words, weight, unless }) => ({ phrase, terms: words.flatMap((word) => normalizeTerm(word) ?? []), weight, unless }));

/**
 * Index keys to search for the one-way phrases the text uses, each with the key of the phrase's
 * word it stands for (the verb, "planet") and its weight when it is not a synonym's.
 */
export function phraseSynonymsFor(text: string): (Synonym & { weight: number | undefined })[] {
  const found: (Synonym & { weight: number | undefined })[] = [];
  for (const { phrase, terms, weight, unless } of oneWay) {
    const match = phrase.exec(text);
    const verb = match?.[1];
    const source = verb === undefined ? null : normalizeTerm(verb);
    if (source === null || (unless !== undefined && unless(text, (match as RegExpExecArray).index))) continue;
    for (const term of terms) found.push({ term, source, weight });
  }
  return found;
}

interface Group {
  phrases: string[][];
  /** The one-word members, as index keys: what a question is expanded with. */
  words: string[];
}

// A phrase member must keep two words after stop words are dropped ("over time" would be "time").
const groups: Group[] = GROUPS.map((members) => {
  const phrases = members.map(termsOf).filter((keys) => keys.length > 0);
  const words = [...new Set(phrases.filter((keys) => keys.length === 1).map((keys) => keys[0] as string))];
  return { phrases, words };
});

// People split phrases: "put the weight back on" still says "put back on".
const MAX_WORDS_BETWEEN = 2;

function containsPhrase(terms: string[], phrase: string[]): boolean {
  for (let start = 0; start < terms.length; start++) {
    if (terms[start] !== phrase[0]) continue;
    let at = start;
    let matched = 1;
    for (let i = at + 1; i < terms.length && matched < phrase.length && i - at <= MAX_WORDS_BETWEEN + 1; i++) {
      if (terms[i] === phrase[matched]) {
        matched++;
        at = i;
      }
    }
    if (matched === phrase.length) return true;
  }
  return false;
}

/** Each group member's first key -> the groups using it, as [group, member] indexes, in order. */
const membersByFirstKey = new Map<string, [number, number][]>();
groups.forEach((group, g) =>
  group.phrases.forEach((phrase, m) => {
    const first = phrase[0] as string;
    const list = membersByFirstKey.get(first) ?? [];
    list.push([g, m]);
    membersByFirstKey.set(first, list);
  }),
);

/**
 * Index keys to search besides the question's own: the one-word members of every group the
 * question uses a member of, each with the question's key it stands for (the first key of the
 * member it used). `terms` are the question's keys in order.
 */
export function synonymsFor(terms: string[]): Synonym[] {
  // Only groups with a member starting with one of the question's keys can be used; each is
  // tried as before (its members in order, the first the question contains is the one used).
  const members = new Map<number, number[]>();
  for (const term of new Set(terms)) {
    for (const [g, m] of membersByFirstKey.get(term) ?? []) {
      const list = members.get(g);
      if (list) list.push(m);
      else members.set(g, [m]);
    }
  }
  const own = new Set(terms);
  const extra = new Map<string, string>();
  for (const g of [...members.keys()].sort((a, b) => a - b)) {
    const group = groups[g] as Group;
    const candidates = (members.get(g) as number[]).sort((a, b) => a - b);
    let used: string[] | undefined;
    for (const m of candidates) {
      const phrase = group.phrases[m] as string[];
      if (containsPhrase(terms, phrase)) {
        used = phrase;
        break;
      }
    }
    if (!used) continue;
    for (const word of group.words) if (!own.has(word) && !extra.has(word)) extra.set(word, used[0] as string);
  }
  // By push from a literal (not a spread and .map): with no synonyms or some, one kind of array.
  const found: Synonym[] = [];
  for (const [term, source] of extra) found.push({ term, source });
  return found;
}
