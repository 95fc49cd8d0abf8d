import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { botRanker, declining, evaluate, untunedRanker, type EvalQuestion } from '../../eval/evaluate.js';
import type { Library } from '../../src/library/library.js';
import { bundledLibrary } from '../support/reportsFolders.js';

const FIRST_KINDS = ['keyword', 'paraphrase', 'evidence', 'source', 'typo'];

let library: Library;
let questions: EvalQuestion[];
beforeAll(async () => {
  library = await bundledLibrary();
  questions = JSON.parse(await readFile(new URL('../../eval/questions.json', import.meta.url), 'utf8'));
});

describe('ranking on the bundled reports (eval/questions.json)', () => {
  // The set gained 17 paraphrases in everyday words (2026-11-30), harder than the first 12 and
  // closer to the held-out sets' (eval/README.md). Since the third session the bot declines more
  // (a fitted decision, answerability.ts): a declined question counts as a miss here, so these
  // hold the answers at their level with it; the ranking alone is held in the next test.
  it('keeps its level on the first five kinds: Recall@3 >= 0.88, MRR >= 0.83, paraphrase Recall@3 >= 0.65', () => {
    const metrics = evaluate(library, questions.filter((q) => FIRST_KINDS.includes(q.kind)), botRanker(library));
    expect(metrics.get('all')?.recall3).toBeGreaterThanOrEqual(0.88);
    expect(metrics.get('all')?.mrr).toBeGreaterThanOrEqual(0.83);
    expect(metrics.get('paraphrase')?.recall3).toBeGreaterThanOrEqual(0.65);
  });

  // The decision's cut answers 97 % of all development sets' answerable questions pooled, not a
  // share of each: fitted on twenty-six sets it answers 109 of this set's 115 (110 would be 95 %;
  // eval/README.md, twenty-fifth session). No slack on purpose: one more declined (108) fails, so
  // the guard catches a refit that declines more than that.
  it('answers 94 % of the answerable questions and declines 45 % of the unanswerable ones', () => {
    const { answered, declined } = declining(questions, botRanker(library));
    expect(answered).toBeGreaterThanOrEqual(0.94);
    expect(declined).toBeGreaterThanOrEqual(0.45);
  });

  it('beats MiniSearch with default options', () => {
    const tuned = evaluate(library, questions, botRanker(library)).get('all');
    const untuned = evaluate(library, questions, untunedRanker(library)).get('all');
    expect(tuned?.mrr).toBeGreaterThan(untuned?.mrr ?? 1);
  });

  it('has at least 40 questions of the eval kinds, each naming claims that exist (none for unanswerable ones)', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set([...FIRST_KINDS, 'conversational', 'multi', 'cross', 'unanswerable']));
    for (const question of questions) expect(question.expect.length === 0).toBe(question.kind === 'unanswerable');
    // evaluate() throws on a question whose expected claim is missing.
    expect(() => evaluate(library, questions, () => [])).not.toThrow();
  });
});
