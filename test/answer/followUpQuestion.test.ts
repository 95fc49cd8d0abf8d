import { describe, expect, it } from 'vitest';
import { followUpQuestion } from '../../src/answer/followUpQuestion.js';

const FIRST = 'do heat pumps work in the cold?';

describe('followUpQuestion', () => {
  it('asks a short follow-up together with the first question', () => {
    expect(followUpQuestion(FIRST, 'and in winter?')).toBe(`${FIRST} and in winter?`);
    expect(followUpQuestion(FIRST, 'what about costs?')).toBe(`${FIRST} what about costs?`);
    expect(followUpQuestion(FIRST, 'report:heat-pumps')).toBe(`${FIRST} report:heat-pumps`);
  });

  // Joined to the first question, "ok cool" asked it again.
  it('asks a reply that only acknowledges or thanks as it is, where it asks nothing', () => {
    for (const reply of ['ok cool', 'lol ok cool', 'sounds good 👍', 'Got it, thanks!', 'thanks!', 'great, see you later']) expect(followUpQuestion(FIRST, reply), reply).toBe(reply);
    expect(followUpQuestion(FIRST, 'why?')).toBe(`${FIRST} why?`);
  });

  // Asking after a thing, not after someone: "how's it going?" on a rollout asks after the rollout.
  it('asks "how\'s it going?" together with the first question', () => {
    for (const reply of ["how's it going?", 'how are things going?']) expect(followUpQuestion(FIRST, reply), reply).toBe(`${FIRST} ${reply}`);
    expect(followUpQuestion(FIRST, "how's your day going?")).toBe("how's your day going?");
    // After a greeting it is small talk to the room, asked alone
    expect(followUpQuestion(FIRST, "good morning everyone! how's it going?")).toBe("good morning everyone! how's it going?");
  });

  it('asks a reply with enough words of its own as it is', () => {
    expect(followUpQuestion(FIRST, 'microplastics found in bottled drinking water')).toBe('microplastics found in bottled drinking water');
    expect(followUpQuestion(FIRST, `costs ${'x'.repeat(300)}`)).toBe(`costs ${'x'.repeat(300)}`);
    // Measured as typed, markup included (asksNothing measures the words left without it)
    const linked = `and costs? <https://example.org/${'a'.repeat(200)}|link>`;
    expect(followUpQuestion(FIRST, linked)).toBe(linked);
  });

  it('never combines help, list, status or show, on either side', () => {
    expect(followUpQuestion(FIRST, 'list')).toBe('list');
    expect(followUpQuestion(FIRST, 'show heat-pumps')).toBe('show heat-pumps');
    expect(followUpQuestion('help', 'and costs?')).toBe('and costs?');
  });

  it('asks the reply alone when there is no first question', () => {
    expect(followUpQuestion(undefined, ' and costs? ')).toBe('and costs?');
    expect(followUpQuestion('  ', 'and costs?')).toBe('and costs?');
  });
});
