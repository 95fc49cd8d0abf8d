// `npx tsx eval/wordnetReach.ts`: how far WordNet could reach for the ranking's paraphrase and
// cross misses (eval/README.md, ninth session). For each such question outside the first 3 (sets
// not held out), each looser reading of WordNet (every sense rather than the 3 commonest; broader,
// narrower and sibling terms; two hops) gives the question's words a set of related words; a claim
// is "bridged" when it has one of them that the question itself does not have. A reading helps
// only where it bridges the answer and not the wrong claims shown above it.

import { readFileSync } from 'node:fs';
import { rerankClaims } from '../src/answer/rerankClaims.js';
import { Library } from '../src/library/library.js';
import type { Claim } from '../src/reports/model.js';
import { loadReports } from '../src/reports/loadReports.js';
import { sharedWordNet } from '../src/search/wordnet/sharedWordNet.js';
import { foldTerm, normalizeTerm } from '../src/search/normalizeTerm.js';
import { evidenceText } from '../src/search/claimDocument.js';
import { termsOf } from '../src/search/termsOf.js';
import { tokenize } from '../src/search/tokenize.js';
import type { Synset, WordNet } from '../src/search/wordnet/wordNet.js';
import { expectedIds, isUnanswerable, searchedClaims, type EvalQuestion } from './evaluate.js';
import { EVAL_SETS } from './evalSets.js';

type Relation = 'synonym' | 'derived' | 'broader' | 'narrower' | 'sibling' | 'similar' | 'attribute';

/**
 * `phrases`: the question's runs of two or three words read as one WordNet lemma ("ocean floor");
 * `forms`: no WordNet, a claim key that holds a question key of 4+ letters or is held by it
 * ("ride" / ridership, "danger" / endanger): the word forms a stemmer and WordNet both miss.
 */
const READINGS: { name: string; relations: ReadonlySet<Relation>; hops: number; phrases?: true; forms?: true }[] = [
  { name: 'synonyms and derived forms, every sense', relations: new Set(['synonym', 'derived']), hops: 1 },
  { name: "an adjective's similar ones (&), every sense", relations: new Set(['similar']), hops: 1 },
  { name: 'attributes (=), every sense', relations: new Set(['attribute']), hops: 1 },
  { name: 'broader terms alone', relations: new Set(['broader']), hops: 1 },
  { name: "synonyms and derived forms of the question's phrases", relations: new Set(['synonym', 'derived']), hops: 1, phrases: true },
  { name: 'a key holding a question key or held by it (word forms)', relations: new Set(), hops: 0, forms: true },
  { name: '+ broader and narrower terms', relations: new Set(['synonym', 'derived', 'broader', 'narrower']), hops: 1 },
  { name: '+ siblings (narrower terms of broader ones)', relations: new Set(['synonym', 'derived', 'broader', 'narrower', 'sibling']), hops: 1 },
  { name: 'synonyms and derived forms, two hops', relations: new Set(['synonym', 'derived']), hops: 2 },
];

/** The one-word lemmas a word reaches by the relations, in `hops` steps, every sense. */
function reach(wordnet: WordNet, word: string, relations: ReadonlySet<Relation>, hops: number): Set<string> {
  const reached = new Set<string>();
  let frontier = [word];
  for (let hop = 0; hop < hops; hop++) {
    const next: string[] = [];
    const add = (lemma: string | undefined): void => {
      if (lemma === undefined || lemma.includes('_')) return;
      reached.add(lemma);
      next.push(lemma);
    };
    const addSynset = (synset: Synset | null): void => synset?.words.forEach(add);
    for (const from of frontier) {
      for (const entry of wordnet.lookup(from)) {
        for (const offset of entry.senses) {
          const synset = wordnet.synset(entry.pos, offset);
          if (!synset) continue;
          if (relations.has('synonym')) addSynset(synset);
          const own = synset.words.indexOf(entry.lemma) + 1;
          for (const pointer of synset.pointers) {
            if (relations.has('derived') && pointer.symbol === '+' && (pointer.source === own || pointer.source === 0)) {
              add(wordnet.synset(pointer.pos, pointer.offset)?.words[pointer.target - 1]);
            } else if (relations.has('broader') && (pointer.symbol === '@' || pointer.symbol === '@i')) {
              const broader = wordnet.synset(pointer.pos, pointer.offset);
              addSynset(broader);
              if (relations.has('sibling')) {
                for (const down of broader?.pointers ?? []) if (down.symbol === '~' || down.symbol === '~i') addSynset(wordnet.synset(down.pos, down.offset));
              }
            } else if (relations.has('narrower') && (pointer.symbol === '~' || pointer.symbol === '~i')) {
              addSynset(wordnet.synset(pointer.pos, pointer.offset));
            } else if ((relations.has('similar') && pointer.symbol === '&') || (relations.has('attribute') && pointer.symbol === '=')) {
              addSynset(wordnet.synset(pointer.pos, pointer.offset));
            }
          }
        }
      }
    }
    frontier = next;
  }
  return reached;
}

const wordnet = sharedWordNet();
if (wordnet === null) throw new Error('WordNet is not installed');
const counts = READINGS.map(() => ({ answer: 0, shown: 0, shownOf: 0, answerOnly: 0, shownOnly: 0 }));
let misses = 0;
for (const set of EVAL_SETS) {
  if (set.heldOut) continue;
  const questions = (JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[]).filter((q) => !isUnanswerable(q));
  const library = Library.from(await loadReports(set.reports));
  for (const question of questions) {
    if (question.kind !== 'paraphrase' && question.kind !== 'cross') continue;
    const expected = expectedIds(library, question);
    const { text, typed, found } = searchedClaims(library, question.q);
    const ranked = rerankClaims(library, text, found, typed);
    const position = ranked.findIndex((item) => expected.has(item.claim.id));
    if (position >= 0 && position < 3) continue;
    misses++;
    const own = new Set(termsOf(text));
    const words = tokenize(text).flatMap((word) => foldTerm(word) ?? []).filter((word) => /^\p{L}{3,}$/u.test(word));
    const keysOf = (claim: Claim): string[] => termsOf(`${claim.text}\n${evidenceText(claim)}`).filter((key) => !own.has(key));
    const answers = [...expected].flatMap((id) => library.claim(id) ?? []).map(keysOf);
    const shown = ranked.slice(0, 3).filter((item) => !expected.has(item.claim.id)).map((item) => keysOf(item.claim));
    // Runs of words side by side: a stop word between two words ends a run ("floor of the ocean").
    const folded = tokenize(text).map((word) => foldTerm(word));
    const phrases = folded.flatMap((_, i) =>
      [2, 3].flatMap((size) => {
        const run = folded.slice(i, i + size);
        return run.length === size && run.every((part) => part !== null && /^\p{L}{2,}$/u.test(part)) ? [run.join('_')] : [];
      }),
    );
    const ownKeys = [...own].filter((key) => key.length >= 4);
    READINGS.forEach(({ relations, hops, phrases: ofPhrases, forms }, r) => {
      const related = new Set((ofPhrases ? phrases : words).flatMap((word) => [...reach(wordnet, word, relations, hops)].flatMap((lemma) => normalizeTerm(lemma) ?? [])));
      const bridged = forms
        ? (keys: string[]): boolean => keys.some((key) => ownKeys.some((ownKey) => key.includes(ownKey) || (key.length >= 4 && ownKey.includes(key))))
        : (keys: string[]): boolean => keys.some((key) => related.has(key));
      const count = counts[r] as (typeof counts)[number];
      const answer = answers.some(bridged);
      const anyShown = shown.filter(bridged).length;
      count.answer += answer ? 1 : 0;
      count.shown += anyShown;
      count.shownOf += shown.length;
      if (answer && anyShown === 0) count.answerOnly++;
      if (!answer && anyShown > 0) count.shownOnly++;
    });
  }
}
console.log(`${misses} paraphrase and cross questions not in the first 3\n`);
console.log('| reading | answer bridged | wrong claims shown bridged | the answer only | wrong claims only |');
console.log('|---|---|---|---|---|');
READINGS.forEach(({ name }, r) => {
  const c = counts[r] as (typeof counts)[number];
  console.log(`| ${name} | ${c.answer} of ${misses} | ${c.shown} of ${c.shownOf} | ${c.answerOnly} | ${c.shownOnly} |`);
});
