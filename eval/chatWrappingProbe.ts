// Whether the answer-or-decline decision holds when a question is wrapped in chat's commonest
// openers and closers ("lol", "hey", "ok so", "bruh", "lowkey", "quick q", "fr", "ngl", ", thx",
// " lol"): every development question is asked plain and wrapped, and each wrapping's declined,
// answered and R@3 are printed beside the plain question's, with the decisions it flips. The bot's
// decision should not depend on them; the development sets hold few chat-typed general questions,
// so their fits cannot show what a reading of the wrapping gains (eval/README.md, forty-fifth session).
//
//   npx tsx eval/chatWrappingProbe.ts [--only 'lol ,hey '] [--list] [--sets 'held-out 4']

import { readFileSync } from 'node:fs';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import { DEVELOPMENT_SETS } from './evalSets.js';
import { expectedIds, isUnanswerable, type EvalQuestion } from './evaluate.js';

/** A wrapping: its name as printed, and the question as chat types it with the wrapping. */
interface Wrapping {
  name: string;
  wrap: (question: string) => string;
}

// Chat opens a message in lower case: "lol who wrote…", not "lol Who wrote…". An acronym opening
// the question keeps its capitals ("NASA…"); a capitalised word is lowered, a name too ("berlin…"),
// as chat types names.
const lowered = (question: string): string => (/^\p{Lu}\p{Ll}/u.test(question) ? question.charAt(0).toLowerCase() + question.slice(1) : question);
const opener = (word: string): Wrapping => ({ name: `${word} …`, wrap: (question) => `${word} ${lowered(question)}` });
// A closer after the question's own stop ("…? lol"), or after a comma where it has none ("…, thx").
const closer = (name: string, afterStop: string, afterWord: string): Wrapping => ({
  name,
  wrap: (question) => (/[?!.…]\s*$/u.test(question) ? `${question.trimEnd()}${afterStop}` : `${question.trimEnd()}${afterWord}`),
});

const WRAPPINGS: readonly Wrapping[] = [
  { name: 'plain', wrap: (question) => question },
  ...['lol', 'hey', 'ok so', 'bruh', 'lowkey', 'quick q', 'fr', 'ngl'].map(opener),
  closer('…, thx', ' thx', ', thx'),
  closer('… lol', ' lol', ' lol'),
];

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}
const onlyNames = argument('--only')?.split(',');
const setsMatching = argument('--sets');
const list = process.argv.includes('--list');
const wrappings = WRAPPINGS.filter((w) => w.name === 'plain' || onlyNames === undefined || onlyNames.some((n) => w.name.startsWith(n.trim())));

interface Tally {
  answerable: number;
  answered: number;
  top3: number;
  unanswerable: number;
  declined: number;
  /** Decisions unlike the plain question's: an answerable one declined, an unanswerable one answered. */
  nowDeclined: number;
  nowAnswered: number;
}
const tallies = new Map<string, Tally>(wrappings.map((w) => [w.name, { answerable: 0, answered: 0, top3: 0, unanswerable: 0, declined: 0, nowDeclined: 0, nowAnswered: 0 }]));

for (const set of DEVELOPMENT_SETS) {
  if (setsMatching !== undefined && !set.name.includes(setsMatching)) continue;
  const questions = JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[];
  const library = Library.from(await loadReports(set.reports));
  for (const question of questions) {
    const expected = isUnanswerable(question) ? null : expectedIds(library, question);
    let plainAnswered = false;
    for (const wrapping of wrappings) {
      const asked = wrapping.wrap(question.q);
      const answer = answerQuestion(library, asked);
      const tally = tallies.get(wrapping.name) as Tally;
      if (wrapping.name === 'plain') plainAnswered = answer.answered;
      const flipped = wrapping.name !== 'plain' && answer.answered !== plainAnswered;
      if (expected === null) {
        tally.unanswerable++;
        if (!answer.answered) tally.declined++;
        if (flipped && answer.answered) tally.nowAnswered++;
      } else {
        tally.answerable++;
        if (answer.answered) tally.answered++;
        const ranked = answer.answered ? answer.items : answer.related;
        const position = ranked.findIndex((item) => expected.has(item.claim.id));
        if (position >= 0 && position < 3) tally.top3++;
        if (flipped && !answer.answered) tally.nowDeclined++;
      }
      if (list && flipped) console.log(`${set.name}\t${expected === null ? 'unanswerable' : 'answerable'}\t${answer.answered ? 'answered' : 'declined'}\t${asked}`);
    }
  }
}

const percent = (n: number, of: number): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)} %`);
console.log('| wrapping | declined (unanswerable) | answered (answerable) | R@3, nothing declined | unanswerable now answered | answerable now declined |');
console.log('|---|---|---|---|---|---|');
for (const [name, t] of tallies) {
  console.log(`| ${name} | ${percent(t.declined, t.unanswerable)} | ${percent(t.answered, t.answerable)} | ${(t.top3 / t.answerable).toFixed(3)} | ${t.nowAnswered} | ${t.nowDeclined} |`);
}
const wrapped = [...tallies].filter(([name]) => name !== 'plain').map(([, t]) => t);
const sum = (pick: (t: Tally) => number): number => wrapped.reduce((total, t) => total + pick(t), 0);
console.log(
  `wrapped, all wrappings: declined ${percent(sum((t) => t.declined), sum((t) => t.unanswerable))}, answered ${percent(sum((t) => t.answered), sum((t) => t.answerable))}, ` +
    `R@3 ${(sum((t) => t.top3) / sum((t) => t.answerable)).toFixed(3)}, flipped ${sum((t) => t.nowAnswered)} unanswerable / ${sum((t) => t.nowDeclined)} answerable`,
);
