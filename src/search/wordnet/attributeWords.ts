// What an adjective measures, and the nouns its synonyms derive: "how heavy" asks a weight ("could
// weigh no more than six tons … the maximum weight"), "how pricey" a cost ("had to cost less than
// £550"). WordNet links "heavy" to "weight" by an attribute pointer (`=`), and "pricey" to "cost"
// only through its synonym "costly" (costly + cost): relatedWords.ts reads neither, only the word's
// own derived forms ("heavy" + heaviness, "pricey" + price).

import { commonSenses } from './relatedWords.js';
import type { WordNet } from './wordNet.js';

export interface AttributeWord {
  word: string;
  weight: number;
}

/**
 * How much the noun an adjective's sense is a value of counts ("heavy" -> weight), times the
 * share of the word's uses that sense has: what the adjective says of a thing is where it stands
 * on that scale, as much as a synonym of its sense says it.
 */
export const ATTRIBUTE_WEIGHT = 0.5;
/**
 * How much a measure derived from another word of the adjective's sense counts ("pricey", as
 * "costly", + cost), times the sense's share: as the word's own derived form counts
 * (relatedWords.ts RELATION_WEIGHTS.derived).
 */
export const SYNONYM_DERIVED_WEIGHT = 0.3;

/**
 * The attribute nouns and the synonyms' derived measures of a word's common adjective senses
 * (relatedWords.ts commonSenses: by their share of the word's uses, all parts of speech
 * together), one-word ones, each at its heaviest. None for a word with no adjective sense among its
 * most common.
 */
export function attributeWords(wordnet: WordNet, word: string): AttributeWord[] {
  const weights = new Map<string, number>();
  const add = (related: string, weight: number): void => {
    if (related === word || !ONE_WORD.test(related)) return;
    if ((weights.get(related) ?? 0) < weight) weights.set(related, weight);
  };
  for (const { entry, sense, share } of commonSenses(wordnet, word)) {
    if (entry.pos !== 'adj') continue;
    const synset = wordnet.synset('adj', entry.senses[sense] as number);
    if (synset === null) continue;
    const own = synset.words.findIndex((w) => w.toLowerCase() === entry.lemma) + 1;
    for (const pointer of synset.pointers) {
      if (pointer.symbol === '=' && pointer.pos === 'noun') {
        for (const attribute of wordnet.synset('noun', pointer.offset)?.words ?? []) add(attribute.toLowerCase(), ATTRIBUTE_WEIGHT * share);
      } else if (pointer.symbol === '+' && pointer.source !== own && pointer.source !== 0 && pointer.pos === 'noun') {
        // Another word of the sense's derived noun: its own ("pricey" + price) relatedWords reads.
        // Only a measure (noun.attribute): "tiny" as "lilliputian" derives a person, "sweet" as "angelic" an angel.
        const noun = wordnet.synset('noun', pointer.offset);
        const derived = noun?.words[pointer.target - 1];
        if (derived !== undefined && noun?.lexFile === NOUN_ATTRIBUTE) add(derived.toLowerCase(), SYNONYM_DERIVED_WEIGHT * share);
      }
    }
  }
  return [...weights].map(([related, weight]) => ({ word: related, weight }));
}

/** WordNet's lexicographer file of nouns naming a quality or measure (lexnames(5WN): noun.attribute). */
const NOUN_ATTRIBUTE = 7;

/** A phrase ("monetary_value") is no index key; nor is a word WordNet writes with a hyphen or a capital. */
const ONE_WORD = /^[a-z]+$/;
