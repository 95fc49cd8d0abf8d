import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rankingLibrary, rankingOf } from '../../bench/rankingAtScale.js';
import { declining, evaluate, expectedIds, isUnanswerable, type EvalQuestion, type Metrics } from '../../eval/evaluate.js';
import { DOMAINS_ON_SET_TOPICS, domainsOnTopicsOf, generatedReports } from '../../eval/generatedDistractors.js';
import { DEVELOPMENT_SETS } from '../../eval/evalSets.js';
import { DOMAINS } from '../../bench/vocabulary.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Library } from '../../src/library/library.js';
import type { Report } from '../../src/reports/model.js';
import { PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';
import { bundledLibrary } from '../support/reportsFolders.js';

describe('the generated reports a set is hidden among (eval/generatedDistractors.ts)', () => {
  it('has judged every development set, in the generator\'s own domains, and says so for a set it has not', () => {
    expect(Object.keys(DOMAINS_ON_SET_TOPICS).sort()).toEqual(DEVELOPMENT_SETS.map((set) => set.name).sort());
    const slugs = new Set(DOMAINS.map((domain) => domain.slug));
    for (const domains of Object.values(DOMAINS_ON_SET_TOPICS)) for (const slug of domains) expect(slugs.has(slug)).toBe(true);
    expect(() => domainsOnTopicsOf('held-out 99')).toThrow(/held-out 99/);
  });

  it('refuses to leave out a domain it does not have, or every domain, instead of looping', () => {
    expect(() => generatedReports(1, ['no-such-domain'])).toThrow(/no-such-domain/);
    expect(() => generatedReports(1, DOMAINS.map((domain) => domain.slug))).toThrow(/every generator domain/);
  });
});

describe('the same answers at every size (bench/rankingAtScale.ts)', () => {
  it('ranks the eval questions among thousands of generated claims, pruned as in production, no worse than scoring every match', async () => {
    // The bench's generated reports (seed 1), enough that the library crosses
    // PRUNING_MIN_DOCUMENTS and answers with the pruned search large libraries use.
    const reports = [...generatedReports(300), ...(await bundledLibrary()).reports];
    const questions = await tuningQuestions();
    const pruned = rankingOf(reports, questions);
    const exhaustive = rankingOf(reports, questions, { exhaustive: true });
    expect(pruned.claims).toBeGreaterThan(PRUNING_MIN_DOCUMENTS);
    expect(pruned.all.recall3).toBeGreaterThanOrEqual(exhaustive.all.recall3);
    expect(pruned.all.mrr).toBeGreaterThanOrEqual(exhaustive.all.mrr - 0.01);
    expect(pruned.answered).toBeGreaterThanOrEqual(exhaustive.answered - 0.01);
    expect(pruned.declined).toBeGreaterThanOrEqual(exhaustive.declined - 0.04);
  }, 180_000);

  it('ranks the eval questions among thousands of claims on other topics about as well as over their reports alone, but for the four known losses', async () => {
    // The generator writes on the bundled reports' topics too, and a claim on the same subject
    // can match a question's words better than its answer does: those domains are left out, so
    // what is measured is the size (term statistics, pruning, the reranker and the no-answer
    // decision in a large library), not the generator (eval/README.md, ninth session).
    const own = (await bundledLibrary()).reports;
    const questions = await tuningQuestions();
    const alone = answering(own);
    const atSize = answering([...generatedReports(250, DOMAINS_ON_SET_TOPICS.tuning), ...own]);
    expect(alone.library.claimCount).toBeLessThan(PRUNING_MIN_DOCUMENTS);
    expect(atSize.library.claimCount).toBeGreaterThan(PRUNING_MIN_DOCUMENTS);
    // Exactly the known ones are lost: a fifth, or another instead of one, fails; so does one of
    // them answered again (then take it off the list).
    const inFirstThree = (answers: Answering, question: EvalQuestion): boolean => {
      const expected = expectedIds(answers.library, question);
      return answers.rank(question.q).slice(0, 3).some((id) => expected.has(id));
    };
    const lost = questions.filter((question) => !isUnanswerable(question) && inFirstThree(alone, question) && !inFirstThree(atSize, question));
    expect(lost.map((question) => question.q).sort()).toEqual([...LOST_AT_SIZE].sort());
    // Every other question as well at size as alone, within SIZE_MARGIN.
    const others = questions.filter((question) => !LOST_AT_SIZE.includes(question.q));
    const figures = (answers: Answering) => ({ ...declining(others, answers.rank), all: evaluate(answers.library, others, answers.rank).get('all') as Metrics });
    const [small, large] = [figures(alone), figures(atSize)];
    expect(large.all.recall3).toBeGreaterThanOrEqual(small.all.recall3 - SIZE_MARGIN);
    expect(large.all.mrr).toBeGreaterThanOrEqual(small.all.mrr - SIZE_MARGIN);
    expect(large.answered).toBeGreaterThanOrEqual(small.answered - SIZE_MARGIN);
  }, 180_000);
});

/**
 * How much worse at size than alone a figure may be, the known losses aside: three of the tuning
 * set's 111 other answerable questions.
 */
const SIZE_MARGIN = 0.03;

/**
 * The tuning questions in the first 3 over the bundled reports alone and not among the generated
 * claims: lost at size since the thirty-first session, with either model since (eval/README.md,
 * thirty-second and thirty-third sessions), left to a later session. The ozempic knockoffs question
 * ("…? someone at lunch said they put ppl in hospital") was found at size from the forty-second
 * session, when who said it stopped being searched, to the forty-eighth, when the reranker's window
 * grew to five and its refit put it out of the first 3 at size; "can people in America actually afford these
 * weight loss meds?" is found at size since then. "do battery plants still make money once there are
 * lots of them?" is answered over the bundled reports alone (3rd) since money is searched as revenue
 * (forty-ninth session, para51), in the first 3 neither alone nor at size before: among the generated
 * claims many others say revenue.
 */
const LOST_AT_SIZE: readonly string[] = [
  'can the power grid cope if everyone heats their house with electricity in January?',
  'what limits how useful batteries are for running the grid?',
  '<@U02AB3CD4> what did the report say about ozempic knockoffs? someone at lunch said they put ppl in hospital',
  'do battery plants still make money once there are lots of them?',
];

interface Answering {
  library: Library;
  /** The claims answerQuestion gives (none when it declines), by claim id: remembered per question. */
  rank: (question: string) => string[];
}

/** A library of `reports` built as bench/rankingAtScale.ts builds one (rankingLibrary), answering as the bot does. */
function answering(reports: Report[]): Answering {
  const library = rankingLibrary(reports);
  const answers = new Map<string, string[]>();
  const rank = (question: string): string[] => {
    let ids = answers.get(question);
    if (ids === undefined) {
      ids = answerQuestion(library, question).items.map((item) => item.claim.id);
      answers.set(question, ids);
    }
    return ids;
  };
  return { library, rank };
}

async function tuningQuestions(): Promise<EvalQuestion[]> {
  return JSON.parse(await readFile(new URL('../../eval/questions.json', import.meta.url), 'utf8')) as EvalQuestion[];
}
