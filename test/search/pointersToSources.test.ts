import { describe, expect, it } from 'vitest';
import { chatQuestion } from '../../src/search/chatQuestion.js';

// As the bot reads a question: chatQuestion drops a name's "'s" before the pointers to a source.
describe('a source pointed at by its kind ending the question', () => {
  // "paper" ending a question after a capitalised word a verb away was read as a source's kind
  // (review 45's could): the material asked about, not a paper pointed at.
  it('keeps the kind when a lowercase word stands between it and a name', () => {
    for (const question of ['Did New Jersey ban paper?', 'Does Starbucks still use paper?', 'Did the UK ban paper?', 'Did New Jersey ban paper bags?', 'can a Tesla run on paper?'])
      expect(chatQuestion(question), question).toBe(question);
  });

  // "Kraft paper" is a kind of paper (WordNet's kraft_paper), capitalised as a brand: the material
  // asked about, not a paper pointed at by its journal (review 46's could).
  it('keeps the kind when the name before it makes one noun with it', () => {
    for (const question of ['does Starbucks use Kraft paper?', 'did they print it on Crepe paper?', 'is it Manila paper?'])
      expect(chatQuestion(question), question).toBe(question);
    expect(chatQuestion('did you read the Nature paper?')).toBe('did you read the Nature ?');
    // A news article and a web page are one noun too, but writing, not a material.
    expect(chatQuestion('who wrote the BBC News article?')).toBe('who wrote the BBC News ?');
    expect(chatQuestion('what does the NASA Web page say about it?')).toBe('what does the NASA Web say about it?');
  });

  it('drops the kind after its owner and the title words, capitalised or a number', () => {
    expect(chatQuestion('Who wrote the Guardian profile?')).toBe('Who wrote the Guardian ?');
    expect(chatQuestion('Who wrote the 2019 Guardian profile?')).toBe('Who wrote the 2019 Guardian ?');
    expect(chatQuestion('did you read the BBC News piece?')).toBe('did you read the BBC News ?');
    expect(chatQuestion("what was in Burgdorfer's 1991 paper?")).toBe('what was in Burgdorfer 1991 ?');
    expect(chatQuestion("thoughts on Krugman's piece?")).toBe('thoughts on Krugman ?');
  });
});
