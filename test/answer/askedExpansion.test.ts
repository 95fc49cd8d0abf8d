import { describe, expect, it } from 'vitest';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';

describe('what an abbreviation stands for, asked and told', () => {
  // Development sets' near-topic questions (held-out 12, 45): a claim naming the thing by its abbreviation has every word asked.
  it('reads an expansion asked by "what does <abbreviation> stand for" and "what is <abbreviation> short for"', () => {
    for (const question of ['What does MONIAC actually stand for?', 'What does DNA stand for?', "what does 'NASA' really stand for", "What's NATO short for?", 'What does the acronym CRISPR stand for?'])
      expect(askedAnswerKinds(question), question).toContain('expansion');
  });

  it('reads none where "stand for" follows anything but an abbreviation', () => {
    // Held-out 45's answerable "…what did its containers stand for?" asks what they represent.
    for (const question of ['How tall was the water economy contraption, and what did its containers stand for?', 'What does the US stand for in the talks?', 'What does the report stand for?', 'Does the DNA test stand up in court?'])
      expect(askedAnswerKinds(question), question).not.toContain('expansion');
  });

  it('reads an expansion told by "stands for", "short for" or an abbreviation in brackets after its words, and none in a claim naming it only by its abbreviation, where "stood for" says what a thing represents', () => {
    for (const text of ['MONIAC stands for Monetary National Income Analogue Computer.', 'The Monetary National Income Analogue Computer (MONIAC) was built in 1949.', 'deoxyribonucleic acid (DNA) carries the genes', 'NATO is short for the North Atlantic Treaty Organization.'])
      expect(givesAnswerKind(text, 'expansion'), text).toBe(true);
    for (const text of ['The MONIAC was built in 1949 by New Zealand economist Bill Phillips. Red-dyed water pumped around the machine stood for income flowing through the economy.', 'Watson and Crick proposed the double helix structure of DNA in 1953.'])
      expect(givesAnswerKind(text, 'expansion'), text).toBe(false);
  });
});
