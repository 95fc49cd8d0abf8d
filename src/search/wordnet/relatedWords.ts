// Words WordNet relates to a question's word, each with how much it should count in a search
// against the word itself: synonyms of its most common senses, its derivationally related forms
// ("efficient" -> "efficiency"), and narrower terms (hyponyms: "vehicle" -> "car"). Broader terms
// (hypernyms) are left out: measured elsewhere, they made answers worse ("car" -> "vehicle"
// matches every claim about transport). So are an adjective's "similar" clusters ("skilled" ->
// "hot", "good", "mean"): dropping them lifted the tuning set and held-out set 2 (eval/README.md).

import { irregularForms, senseKey, type PartOfSpeech, type Synset, type WordNet } from './wordNet.js';

export interface RelatedWord {
  /** Lowercase, one word. */
  word: string;
  weight: number;
}

/**
 * How much each relation counts (the question's own word counts 1), times the share of the
 * word's uses its sense has in WordNet's tagged corpus; see eval/README.md.
 */
export const RELATION_WEIGHTS = { synonym: 0.5, derived: 0.3, hyponym: 0.1 };
/** Senses of a word used, most frequent first: rarer senses are rarely what a question means. */
export const MAX_SENSES = 3;
/** Narrower synsets taken per sense: a general word has hundreds ("work" has 40). */
const MAX_HYPONYMS = 12;

export function relatedWords(wordnet: WordNet, word: string): RelatedWord[] {
  const weights = new Map<string, number>();
  const add = (candidate: string, weight: number): void => {
    // Phrases ("heat_pump") are not one index term; searching their words apart is too loose.
    if (candidate.includes('_') || candidate === word) return;
    if ((weights.get(candidate) ?? 0) < weight) weights.set(candidate, weight);
  };
  for (const { lemma, pos, offset, share } of commonSenses(wordnet, word)) {
    const synset = wordnet.synset(pos, offset);
    if (!synset) continue;
    // A relation counts as much as the sense is likely what the question means ("put" as
    // "place" in most uses, as "frame in words" in a few).
    const likely = share;
    for (const synonym of synset.words) add(synonym, RELATION_WEIGHTS.synonym * likely);
    const own = synset.words.indexOf(lemma) + 1;
    let hyponyms = 0;
    for (const pointer of synset.pointers) {
      if (pointer.symbol === '+' && pointer.source === own) {
        const target = wordnet.synset(pointer.pos, pointer.offset);
        const related = target?.words[pointer.target - 1];
        if (related) add(related, RELATION_WEIGHTS.derived * likely);
      } else if ((pointer.symbol === '~' || pointer.symbol === '~i') && hyponyms < MAX_HYPONYMS) {
        hyponyms++;
        for (const narrower of wordsOf(wordnet.synset(pointer.pos, pointer.offset))) add(narrower, RELATION_WEIGHTS.hyponym * likely);
      }
    }
  }
  // The stemmer leaves irregular forms apart ("children" is no "child"): a related word is
  // searched in them too ("kid" finds a claim about children).
  for (const [related, weight] of [...weights]) for (const form of irregularForms(related)) add(form, weight);
  return [...weights].map(([related, weight]) => ({ word: related, weight }));
}

/** Added to each sense's tag count: senses never seen in the tagged corpus are not impossible. */
const UNSEEN_COUNT = 1;

interface Sense {
  lemma: string;
  pos: PartOfSpeech;
  offset: number;
  /** Its share of the word's uses in WordNet's tagged corpus, all parts of speech together. */
  share: number;
}

/** The word's most frequent senses, across its parts of speech, most frequent first. */
function commonSenses(wordnet: WordNet, word: string): Sense[] {
  const senses: (Sense & { count: number })[] = [];
  for (const entry of wordnet.lookup(word)) {
    const counts = wordnet.senseCounts(entry.lemma);
    entry.senses.forEach((offset, i) => {
      const count = counts.get(senseKey(entry.pos, offset)) ?? 0;
      // Ties keep WordNet's own order (its senses are listed most frequent first).
      senses.push({ lemma: entry.lemma, pos: entry.pos, offset, share: 0, count: count + UNSEEN_COUNT - i * 1e-6 });
    });
  }
  const total = senses.reduce((sum, sense) => sum + sense.count, 0);
  return senses
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_SENSES)
    .map(({ count, ...sense }) => ({ ...sense, share: count / total }));
}

function wordsOf(synset: Synset | null): string[] {
  return synset ? synset.words : [];
}
