// What two parts of a first-seen answer cost, old way and new, on the bench's library: the
// reports a declined or unmatched answer suggests (every report of the library, ordered:
// suggestNext.ts's reportsByRelevance, against byRelevance over every report as before), and the
// message's plain-text fallback (blocks.ts's fallbackTextOf, made with every message before; now
// only when Slack rejects the blocks). Each question once, the two ways taking turns going first.
// `npx tsx bench/suggestAndRenderCost.ts [--reports 2000] [--questions 3000]` (run the bench once first: it writes the cache).

import { parseArgs } from 'node:util';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { byRelevance, reportsByRelevance } from '../src/answer/suggestNext.js';
import { answerMessage } from '../src/render/slack/answerBlocks.js';
import { fallbackTextOf } from '../src/render/slack/blocks.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions } from './generateQuestions.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '2000' }, questions: { type: 'string', default: '3000' } } });
const reports = Number(values.reports);
const { library, reportIds } = await openCorpusLibrary(reports, DEFAULT_SEED);
const questions = distinctQuestions(DEFAULT_SEED, Number(values.questions), reportIds);

const micros = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1000;
const before: number[] = [];
const after: number[] = [];
const fallback: number[] = [];
const render: number[] = [];
questions.forEach((q, i) => {
  const answer = answerQuestion(library, q.text);
  let started = process.hrtime.bigint();
  const message = answerMessage(answer, { offset: 0, shareable: true });
  render.push(micros(started));
  started = process.hrtime.bigint();
  fallbackTextOf(message.blocks);
  fallback.push(micros(started));
  if (!answer.suggestions) return;
  // The relevance suggestNext reads: the words' hits summed by report.
  const byReport = new Map<string, number>();
  for (const hit of library.index.search(q.text, undefined, { limit: 200, aliases: library.aliases })) {
    const claim = library.claim(hit.id);
    if (claim) byReport.set(claim.reportId, (byReport.get(claim.reportId) ?? 0) + hit.score);
  }
  const old = (): unknown => byRelevance(library.reports, (r) => byReport.get(r.id)).map((r) => ({ id: r.id, topic: r.topic }));
  const now = (): unknown => reportsByRelevance(library, byReport);
  for (const [run, into] of (i % 2 === 0 ? [[old, before], [now, after]] : [[now, after], [old, before]]) as [() => unknown, number[]][]) {
    started = process.hrtime.bigint();
    run();
    into.push(micros(started));
  }
});
const fig = (xs: number[]): string => `p50 ${percentile(xs, 50).toFixed(1)} µs, p99 ${percentile(xs, 99).toFixed(1)} µs, sum ${(xs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} ms`;
console.log(`${questions.length} questions, ${library.reports.length} reports; ${before.length} with suggestions`);
console.log(`suggested reports, byRelevance over every report (before): ${fig(before)}`);
console.log(`suggested reports, reportsByRelevance (now):               ${fig(after)}`);
console.log(`answerMessage (now, without the fallback text):            ${fig(render)}`);
console.log(`fallbackTextOf (no longer made with every message):        ${fig(fallback)}`);
