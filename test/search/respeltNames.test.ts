// Held-out 61's "how many world titels did urugauy have after 1950 and when did brazill win theres"
// and "lol brazils papers celebrated before the game…": a name of the library's typed misspelt, or
// its possessive without the apostrophe, read as typed.
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../src/search/normalizeTerm.js';
import { besideTopic } from '../../src/search/clippedWords.js';
import { type LibraryNames, withNamesRespelt, type Writing } from '../../src/search/respeltNames.js';
import { tokenize } from '../../src/search/tokenize.js';
import { editDistance } from '../../src/search/editDistance.js';
import { WordNet, wordnetDbDir } from '../../src/search/wordnet/wordNet.js';

const wordnet = new WordNet(wordnetDbDir());
afterAll(() => wordnet.close());

/** The names of claims with these texts (their words, as tokenize.ts splits them). */
function namesOf(claims: readonly string[]): LibraryNames {
  const claimKeys = claims.map((claim) => new Set(tokenize(claim).flatMap((word) => normalizeTerm(word) ?? [])));
  const writings = (key: string): Writing[] =>
    claims.flatMap((claim) => tokenize(claim).flatMap((word, i) => (normalizeTerm(word) === key ? [{ word, opening: i === 0 }] : [])));
  const keys = new Set(claimKeys.flatMap((set) => [...set]));
  return {
    has: (word) => keys.has(normalizeTerm(word) ?? ''),
    keysNear: (key, edits) => [...keys].filter((other) => other !== key && editDistance(other, key) <= edits),
    writings,
    keysStartingWith: () => [],
    writtenAs: (key, context) => (claimKeys.some((own) => own.has(key) && besideTopic(own, context)) ? key : null),
  };
}
/** Every word a topic word. */
const TOPIC = (): number => 1;

const library = namesOf([
  'The win gave Uruguay its second world title, while Brazil had to wait until 1958.',
  'The day before, Brazilian newspapers declared Brazil champions in the game.',
  'In 1950 Uruguay beat Brazil, and the papers of Brazil and Uruguay and Americans wrote of Ghiggia scoring.',
  // Two edits from "brazill", one more than Brazil: the nearest name is meant.
  'The Jornal do Brasil wrote of the title in 1950.',
]);

describe('withNamesRespelt', () => {
  it('writes a name the claims write, typed misspelt, as the name, in the case typed', () => {
    expect(withNamesRespelt('how many world titles did urugauy have after 1950 and when did brazill win', wordnet, library, TOPIC)).toBe('how many world titles did uruguay have after 1950 and when did brazil win');
    expect(withNamesRespelt('Did Gigghia score in 1950?', wordnet, library, TOPIC)).toBe('Did Ghiggia score in 1950?');
    // A swap of two letters is one slip: "Hosue" within one edit of House.
    expect(withNamesRespelt('When did the Sydney Opera Hosue open?', wordnet, namesOf(['The Sydney Opera House opened in 1973.']), TOPIC)).toBe('When did the Sydney Opera House open?');
  });

  it('writes a possessive typed without its apostrophe, before what it owns, as the name', () => {
    expect(withNamesRespelt('lol brazils papers celebrated before the game', wordnet, library, TOPIC)).toBe('lol brazil papers celebrated before the game');
    expect(withNamesRespelt('did uruguays title come in 1950?', wordnet, library, TOPIC)).toBe('did uruguay title come in 1950?');
  });

  it('leaves a word as typed where it is a word, no name, a name\'s plural, near a common word or two names, or of another topic', () => {
    // A word WordNet knows; a plural the claims write ("Americans"); a word no name is near; a plural before no noun.
    for (const text of ['how many titles did they win?', 'did americans celebrate too?', 'what did zxqvwk say?', 'what about brazils?', 'how did papers report it?', 'did uruguays ever win?', 'how many brazils were there?']) expect(withNamesRespelt(text, wordnet, library, TOPIC), text).toBe(text);
    // A key the claims write in lower case inside a text is no name.
    expect(withNamesRespelt('did brazill win?', wordnet, namesOf(['In 1950 Brazil lost.', 'A brazil is a nut.']), TOPIC)).toBe('did brazill win?');
    // A common word the claims write as near ("brige": bridge or Bride), a word as typed nearer no
    // name than the search forgives ("anyone" is two edits from Canyon), a name's plural.
    expect(withNamesRespelt('golden gate brige design', wordnet, namesOf(['The Bride of the gate.', 'The golden gate bridge design.']), TOPIC)).toBe('golden gate brige design');
    expect(withNamesRespelt('has anyone tried it?', wordnet, namesOf(['They tried it in Canyon.']), TOPIC)).toBe('has anyone tried it?');
    expect(withNamesRespelt('was it the houthis?', wordnet, namesOf(['It was the Houthi militia.']), TOPIC)).toBe('was it the houthis?');
    // A name that only opens the claims says nothing of its case: Matthew is as near as Mayhew.
    expect(withNamesRespelt('where was Mathew born?', wordnet, namesOf(['Matthew Webb was born in Dawley.', 'Born in 1848, the doctor met Mayhew.']), TOPIC)).toBe('where was Mathew born?');
    // Near two names: which was meant is not known.
    expect(withNamesRespelt('was the winner gorban?', wordnet, namesOf(['The winner was Gorbin.', 'The winner was Gorvan.']), TOPIC)).toBe('was the winner gorban?');
    expect(withNamesRespelt('was the winner gorban?', wordnet, namesOf(['The winner was Gorbin.']), TOPIC)).toBe('was the winner gorbin?');
    // A name only claims on another topic write is another's ("Willy Voet" is no Lilly of the insulin claims).
    expect(withNamesRespelt('What happened to Willy Voet at the border?', wordnet, namesOf(['Eli Lilly sold insulin.', 'Voet was stopped at the border.']), TOPIC)).toBe('What happened to Willy Voet at the border?');
  });
});
