import { describe, expect, it } from 'vitest';
import { askedEvent, namedIn } from '../../src/answer/askedEvent.js';
import { sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';
import type { WordNet } from '../../src/search/wordnet/wordNet.js';

// Held-out 36-59's unanswerable yes/no questions of an event no claim tells (the Bubble Act's
// repeal, anyone fired over Challenger, Mary Mallon's marriage), answered by claims on the subject.
describe('the event a yes/no question asks happened', () => {
  it('reads the verb after "ever", through adverbs, "been" and a light verb, and whether its subject is named', () => {
    for (const [question, word, named] of [
      ['Was the Bubble Act ever repealed?', 'repealed', true],
      ['Did Hanseatic merchants ever trade with Iceland?', 'trade', true],
      ['Did Mary Mallon ever marry or have children?', 'marry', true],
      ['has the millau bridge ever been shut because of high winds?', 'shut', false],
      ['Was the soldier ever fully cleared and given his career back?', 'cleared', false],
      ["Have the Brooklyn Bridge's main cables ever had to be replaced?", 'replaced', true],
      ['Did Ali and Foreman ever have a rematch?', 'rematch', true],
      ['btw did eurotunnel ever make money?', 'money', false],
      ['Has a judge ever thrown out a firm\'s excuse?', 'thrown', false],
      ['Can a dragon mum who breeds on her own ever have daughters?', 'daughters', false],
    ] as const)
      expect(askedEvent(question), question).toMatchObject({ word, named });
  });

  // Held-out 61 (unanswerable, answered): "ever get compensated" read no event, "get" taking no noun.
  it('reads the participle after "get" as the event: a passive\'s, not a light verb\'s object', () => {
    for (const [question, word] of [
      ['Did patients who got wrong Theranos results ever get compensated?', 'compensated'],
      ['did anyone get fired over the leak?', 'fired'],
      ['Did Lincoln ever get shot at?', 'shot'],
    ] as const)
      expect(askedEvent(question)?.word, question).toBe(word);
    expect(askedEvent('Did Holmes ever get a pardon?')?.word).toBe('pardon');
  });

  // review63: a participle before the thing got is its adjective; "used to" an idiom's.
  it('reads the thing got after "get" and a participle used as an adjective, and no event for "get used to"', () => {
    for (const [question, word] of [
      ['Did the town ever get paved roads?', 'roads'],
      ['Did the village ever get piped water?', 'water'],
      ['Did the soldiers ever get armoured vehicles?', 'vehicles'],
      ['Did he ever get sent to prison?', 'sent'],
      ['did anyone get fired over the leak?', 'fired'],
    ] as const)
      expect(askedEvent(question)?.word, question).toBe(word);
    expect(askedEvent('did the crew ever get used to the noise?')).toBeNull();
  });

  it('reads the participle after "was / has anyone", past the words saying who or where (named where a word there is capitalised)', () => {
    expect(askedEvent('Was anyone at NASA or Thiokol fired or prosecuted over Challenger?')).toMatchObject({ word: 'fired', named: true });
    expect(askedEvent('Had anybody ever been killed on a paying zeppelin flight before that?')).toMatchObject({ word: 'killed', named: false });
    expect(askedEvent("Did anybody from the ship's company die before they all got home?")).toMatchObject({ word: 'die', named: false });
  });

  it('reads the verb after a named subject opened by "did / was", with neither "ever" nor "anyone"', () => {
    expect(askedEvent('Did the FCC punish CBS over the War of the Worlds broadcast?')).toMatchObject({ word: 'punish', named: true });
    expect(askedEvent('Was Joseph Paxton knighted for the Crystal Palace?')).toMatchObject({ word: 'knighted', named: true });
    expect(askedEvent('Were the rose windows of Notre-Dame damaged in the fire?')).toMatchObject({ word: 'damaged', named: true });
    expect(askedEvent('Does the facial tumour disease also infect quolls?')).toBeNull();
  });

  it('reads no bare event where the words after the subject tell none a claim would have: a phrasal verb, a verb of aspect or stance, a state after "was"', () => {
    for (const question of [
      'Did Dylan turn up in Stockholm in December to accept the award?',
      'Did Newton cash out early or did he hang on to his stock?',
      'Did the returned original Coke end up beating Pepsi in sales?',
      'Did the Bounty go round South America on its way out?',
      'Did Larwood keep his place in the England side after that tour?',
      'Did people living in Switzerland start heading over the border to do their shopping?',
      'Was Michelangelo even keen to take on that famous ceiling job?',
      'Was Sacagawea related to any of the Shoshone people they ran into?',
    ])
      expect(askedEvent(question), question).toBeNull();
  });

  // review62: the bare event was read in the first clause before any later one was read for "ever"
  // or "anyone", and hid them.
  it('reads "ever" or "anyone" in a later clause before the bare event of the first', () => {
    expect(askedEvent('ok. Did Mary Mallon ever marry?')).toMatchObject({ word: 'marry', named: true });
    expect(askedEvent('hi! was anyone at NASA fired over Challenger?')).toMatchObject({ word: 'fired', named: true });
    expect(askedEvent('Quick question. Was the Bubble Act ever repealed?')).toMatchObject({ word: 'repealed', named: true });
    expect(askedEvent('I read about the Bubble Act. Was it ever repealed?')).toMatchObject({ word: 'repealed' });
  });

  // review62: a ranking word in the subject of a yes/no question ranks the subject, not "ever": any
  // before "ever" read no event.
  it('reads the event after "ever" where a ranking word is in the subject of a yes/no question', () => {
    for (const [question, word] of [
      ['Did the first settlers ever return to England?', 'return'],
      ['Did the last Titanic survivor ever testify?', 'testify'],
      ['Did the tallest man ever marry?', 'marry'],
      ['Was the only survivor ever rescued?', 'rescued'],
      ['btw did the first settlers ever return?', 'return'],
      ['Has the oldest tree ever been cut down?', 'cut'],
    ] as const)
      expect(askedEvent(question)?.word, question).toBe(word);
  });

  it('reads none where no event is asked, or "anyone" only opens the question', () => {
    for (const question of [
      'Did the heat pump work?',
      'Is it true that AED batteries last 5 years?',
      'What\'s the largest diamond ever found?',
      'does anyone know if the svalbard seed vault flooded?',
      'Is anyone here working on the budget?',
      // A superlative's "ever" ranks; "Ever" with a capital is a name's.
      'Was the Titanic the largest ship ever built?',
      'Is the Golden Gate the longest bridge ever built?',
      'Was Foreman the hardest puncher Ali ever faced?',
      'Was she the only woman ever elected to the council?',
      'Who was the first woman ever elected to the council?',
      'Is this the fastest train ever built?',
      'How long was the Ever Given held in Egypt after it was refloated?',
    ])
      expect(askedEvent(question), question).toBeNull();
  });

  it('weighs a subject typed in lower case as named where the claims write it with a capital', () => {
    const typedLow = askedEvent('did lincoln ever visit paris?');
    expect(typedLow).toMatchObject({ word: 'visit', named: false });
    expect(namedIn(typedLow!, ['In 1848 the young Abraham Lincoln spoke in Boston.'])).toBe(true);
    expect(namedIn(typedLow!, ['lincoln green is a dyed wool.'])).toBe(false);
    expect(namedIn(askedEvent('has the millau bridge ever been shut because of high winds?')!, ['The bridge closes to lorries in winds over 90 km/h.'])).toBe(false);
    expect(namedIn(askedEvent('Did Lincoln ever visit Paris?')!, [])).toBe(true);
  });

  // Its time on long runs of "ever" and "anyone" is bench/longReadings.ts's; here, without a clock,
  // that a 1,000-character message full of them looks up no more words than its first clause does.
  it('reads only the first "ever" or "anyone" of a long message, however many follow', () => {
    for (const clause of ['did anyone ever quite so ', 'was anyone ever at the place where anybody ever had ever been ever ']) {
      const message = clause.repeat(40).slice(0, 1000);
      expect(askedEvent(message), message).toBeNull();
      expect(wordNetLookupsOf(message), message).toBe(wordNetLookupsOf(clause));
    }
    expect(wordNetLookupsOf('did anyone ever quite so ')).toBeGreaterThan(0);
  });
});

/** How many words askedEvent looks up in WordNet reading the question. */
function wordNetLookupsOf(question: string): number {
  const reader = sharedWordNet();
  if (reader === null) throw new Error('the tests read WordNet');
  let lookups = 0;
  const counting = Object.create(reader) as WordNet;
  counting.entry = (lemma, pos) => {
    lookups++;
    return reader.entry(lemma, pos);
  };
  askedEvent(question, counting);
  return lookups;
}
