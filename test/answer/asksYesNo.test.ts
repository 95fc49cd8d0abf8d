import { describe, expect, it } from 'vitest';
import { asksYesNo, checksWhatWasHeard } from '../../src/answer/asksYesNo.js';
import { chatQuestion } from '../../src/search/chatQuestion.js';

describe('asksYesNo', () => {
  it('hears an auxiliary opening the question, after what the chat reading keeps of an opener', () => {
    for (const question of [
      'Does the facial tumour disease also infect quolls?',
      'Did Herb Brooks go on to coach in the NHL?',
      'hey is it true AED batteries last like 5 years? when should we swap ours',
      'quick q: does insurance cover cochlear implants for adults?',
      'so um is it true the big battery in australia tanked frequency prices?',
      'folks, are EU companies that make bolts and car parts covered by CBAM or not?',
      'does anyone know if CPAP actually stops heart attacks? my dad just got one',
      "can't the council just ban gas boilers?",
    ])
      expect(asksYesNo(chatQuestion(question)), question).toBe(true);
  });

  it('hears no yes/no question in a wh-question, in asking the room for a figure or the reports for their words, or in a month', () => {
    for (const question of [
      'Is there a quote showing that Illinois has the most lead pipes?',
      'Can you show me the evidence that Tambora was a VEI 7 eruption?',
      'does the heat pump report mention installers?',
      'hey, did the report say whether those warning labels on food packaging actually changed what people bought?',
      'How often does Old Faithful erupt?',
      'does anyone know how many measles cases texas had this year?',
      'hey can you remind me how much weight ppl lost on wegovy in the trials?',
      'May 2023 heatwave: how hot did it get?',
      'microplastics',
    ])
      expect(asksYesNo(chatQuestion(question)), question).toBe(false);
  });

  it('hears a question checking something heard, and not one asking of its subject afresh', () => {
    for (const question of [
      'is drinking plastic bits actually dangerous for you',
      'did google really change a data center in uruguay because people protested?',
      'hey all, is it true airpods can be used as hearing aids now?? :ear:',
      'Is it true that lumps of rock at the bottom of the ocean make oxygen?',
    ])
      expect(checksWhatWasHeard(question), question).toBe(true);
    for (const question of ['Does the facial tumour disease also infect quolls?', 'Did Gilbert Blane ever meet James Lind?', 'does old faithful still erupt in winter?', 'Is it safe to visit the Chernobyl exclusion zone as a tourist?'])
      expect(checksWhatWasHeard(question), question).toBe(false);
  });
});
