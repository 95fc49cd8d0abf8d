import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { warmUpAnswers } from '../../src/answer/warmUp.js';
import { warmUpQuestions } from '../../src/answer/warmUpQuestions.js';
import type { Library } from '../../src/library/library.js';
import type { Report } from '../../src/reports/model.js';
import { normalizeTerm } from '../../src/search/normalizeTerm.js';
import { bundledLibrary } from '../support/reportsFolders.js';

let library: Library;
beforeAll(async () => {
  library = await bundledLibrary();
});

const ASKED = [
  'does stopping the medication make you regain weight?',
  'tokenizaton vocabulary',
  'perspective:economic costs',
  '"synthetic data" model collapse',
  'what is the capital of France?',
];

const asAnswered = (question: string) => {
  const answer = answerQuestion(library, question);
  return { answered: answer.answered, items: answer.items.map((item) => [item.claim.id, item.score]), related: answer.related.map((item) => item.claim.id), suggestions: answer.suggestions };
};

describe('warming up the answer path', () => {
  it('asks questions that take each path: filters, phrases, typos, chat, declined, words alone', () => {
    const questions = warmUpQuestions(library);
    for (const path of [/^perspective:\S+ \S/, /^since:\d{4}-\d\d-\d\d /, /^report:\S+ /, /^strength:quoted /, /^strength:multi-source /, /^"[^"]+" /, /^what does the research say about /, /^hey, /, /^what is the capital of France\?$/]) {
      expect(questions.some((question) => path.test(question)), String(path)).toBe(true);
    }
    // Report ids named are the library's own.
    for (const question of questions.filter((q) => q.startsWith('report:') && !q.includes('no-such-report'))) {
      expect(library.report(question.slice('report:'.length).split(' ')[0] ?? '')).toBeDefined();
    }
  });

  it('asks words that match no claim but are 3 edits from one, so the suggestions\' trie walk is compiled', () => {
    // Typo neighbours up to 2 edits come from the deletion index; only suggested words farther
    // away walk the trie, and a walk that finds nothing leaves its branches for a finding uncompiled.
    const far = warmUpQuestions(library).filter((question) => {
      const key = normalizeTerm(question);
      if (question.includes(' ') || key === null) return false;
      return answerQuestion(library, question).items.length === 0 && library.index.termsNear(key, 2, false)?.size === 0 && (library.index.termsNear(key, 3, false)?.size ?? 0) > 0;
    });
    expect(far.length).toBeGreaterThanOrEqual(2);
  });

  it('changes no answer, and renders each one it asks', async () => {
    const before = ASKED.map(asAnswered);
    const rendered: string[] = [];
    const asked = await warmUpAnswers(library, { render: (answer) => rendered.push(answer.question) });
    expect(asked).toBe(warmUpQuestions(library).length);
    expect(rendered).toEqual(warmUpQuestions(library));
    expect(ASKED.map(asAnswered)).toEqual(before);
  });

  it('stops between two questions when told to', async () => {
    let asked = 0;
    const done = await warmUpAnswers(library, { render: () => asked++, stopped: () => asked >= 3 });
    expect(done).toBe(3);
  });

  it('after a reload, builds what the next search would build, changing no answer', async () => {
    // Two libraries of the reports on disk, each given the same reloads; one prepared after each.
    const [prepared, plain] = [await bundledLibrary(), await bundledLibrary()];
    const report = prepared.reports[0] as Report;
    const reloaded = (word: string): Report => ({
      ...report,
      claims: report.claims.map((claim, i) => (i === 0 ? { ...claim, text: `${claim.text} A ${word} effect.` } : claim)),
    });
    const questions = [...ASKED, ...warmUpQuestions(plain), 'thermoacustic effect', 'magnetocaloric', 'magnetocalorc effect', 'magneto'];
    const answers = (of: Library) => questions.map((question) => {
      const answer = answerQuestion(of, question);
      return { answered: answer.answered, items: answer.items.map((item) => [item.claim.id, item.score]), related: answer.related.map((item) => item.claim.id), suggestions: answer.suggestions };
    });
    for (const word of ['thermoacoustic', 'magnetocaloric']) {
      const changed = reloaded(word);
      for (const library of [prepared, plain]) library.put(changed);
      prepared.index.prepare();
      expect(answers(prepared), word).toEqual(answers(plain));
    }
    expect(answerQuestion(prepared, 'magnetocalorc effect').items[0]?.claim.id).toBe(prepared.reports[0]?.claims[0]?.id);
  });
});
