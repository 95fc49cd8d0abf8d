import { describe, expect, it } from 'vitest';
import { askedOutcome } from '../../src/answer/askedOutcome.js';

describe('askedOutcome', () => {
  // Questions of the development sets (eval/README.md, tenth session).
  it('reads the outcome a yes/no question asks whether something changes', () => {
    const asked: [string, string][] = [
      ['Does raising the minimum wage affect crime rates?', 'crime rates'],
      ['do new bike lanes push up house prices nearby?', 'house prices nearby'],
      ['does melatonin help with jet lag?', 'with jet lag'],
      ['does boiling vegetables destroy the vitamins?', 'the vitamins'],
      ['do payday loans trap people in debt in the UK?', 'people in debt in the UK'],
      ["Does working from home reduce a company's carbon emissions?", "a company's carbon emissions"],
      ['Do induction cooktops interfere with pacemakers?', 'pacemakers'],
      ['Did the Kenya cash transfers push up local prices?', 'local prices'],
      ['hey quick q, does untreated hearing loss increase the risk of falls?', 'the risk of falls'],
    ];
    for (const [question, outcome] of asked) expect(askedOutcome(question), question).toBe(outcome);
  });

  it('reads none in a question asking what, how or why, or with no verb of change', () => {
    for (const question of [
      'what did cities do during covid that quickly changed how people got around?',
      'how does varicela zoster reactivaton damage the brain',
      'Why does water boil at a lower temperature at high altitude?',
      'does stopping the medication make you regain weight?',
      'How much does a heat pump cost?',
      'Congestion charges reduce traffic, do they?',
      'Did the pilots change how families spent the money?',
    ])
      expect(askedOutcome(question), question).toBeNull();
  });
});
