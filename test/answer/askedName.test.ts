import { describe, expect, it } from 'vitest';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { namesOtherThanTyped, typedKeys } from '../../src/answer/askedName.js';

describe('a name asked and given', () => {
  // The development sets' name questions (held-out 8, 28, 30-31, 34-35, 38, 41-47).
  it('reads a name asked by "what was the name of", a possessive\'s name, "what brand name", "what\'s it called"', () => {
    for (const question of [
      'What was the name of the dog kept alive on the early insulin extract?',
      "What's the name of the tattoo artist who started the Save the Pigments petition?",
      "What was Frau Troffea's first name?",
      "What was thalidomide's brand name in West Germany?",
      'Under what brand name did Eli Lilly first sell insulin?',
      "iirc vietnam has some program pushing water-saving rice in the mekong? what's it called",
      'hey <@U123ABC> quick q - what was the secret soviet op called when they shipped the missiles over?',
      'What is the bridge that bypasses the Hoover Dam called, and when did it open?',
      "Does Nadia Comăneci have kids? What's her son called?",
      'what do they call the rule?',
    ])
      expect(askedAnswerKinds(question), question).toContain('name');
  });

  it('reads none where "called" names a thing, "what … is called" is inside a clause, or a name is asked about', () => {
    for (const question of [
      'What was the product called Undark used for?',
      'Which kid chose what the icy world beyond Neptune is called?',
      'Why was the name changed from Boulder Dam back to Hoover Dam?',
      'How many people in Iceland are named Jón?',
      'What is the so-called Dutch disease?',
      'What was the bridge named after?',
      'What grammar test does a new name have to pass in Iceland?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('name');
  });

  it('gives a name by the words that give one or in quotes, not by any name in the claim', () => {
    for (const text of [
      'At the Vanavara trading post a farmer named S. Semenov described being thrown from his chair.',
      'One diabetic dog, known as Marjorie, was kept alive for seventy days.',
      'Chemie Grünenthal launched thalidomide under the brand name Contergan in West Germany.',
      'The deployment was code-named Operation Anadyr.',
      'Vietnam\'s "One Must Do, Five Reductions" programme promotes AWD in the Mekong Delta.',
    ])
      expect(givesAnswerKind(text, 'name'), text).toBe(true);
    for (const text of [
      "Justice Arthur Drysdale's inquiry blamed Mont-Blanc's captain and pilot.",
      'The Ross Sea party lost three men, including its leader Aeneas Mackintosh.',
      'The bridge was named after its designer.',
      'Clause 61, known as the security clause, established a council of 25 barons.',
      '“We were told a perfect 10 was not possible,” she said.',
    ])
      expect(givesAnswerKind(text, 'name'), text).toBe(false);
  });

  // review49's probes (held-out 47, 35): a claim names the thing beside its noun in its own text.
  it('gives a name by a capitalised word inside a claim\'s own text that the question did not type', () => {
    const boat = typedKeys('what was the name of the boat that won the 1979 fastnet?');
    expect(namesOtherThanTyped("The 1979 race was won on corrected time by Ted Turner's yacht Tenacious.", boat)).toBe(true);
    const moon = typedKeys("What was the name of Pluto's biggest moon?");
    expect(namesOtherThanTyped("Pluto's largest moon, Charon, is about half its size.", moon)).toBe(true);
    expect(namesOtherThanTyped('The dwarf planet has five moons, the largest of them orbiting Pluto.', moon)).toBe(false);
    const reedBoat = typedKeys("What was the name of Heyerdahl's later reed-boat expedition across the Atlantic?");
    expect(namesOtherThanTyped("Heyerdahl's book about the expedition became an international bestseller.", reedBoat)).toBe(false);
  });
});
