// `npx tsx eval/mentionCheck.ts`: how the reading of a question browsing the reports for a thing
// (src/answer/askedMention.ts) decides on names it was not written for. Every capitalised word
// (four letters or more, not opening the question) of each development set's questions is asked of that
// set's reports in four browsing shapes ("Do any of the reports mention X?", "anything on X?",
// "what do we know about X", "any mention of X?"), and the bot's answered / declined is set
// against whether some claim's text, evidence or sources has a word starting with X as written (a
// literal reading: "European" counts for "Europe", "Tōhoku" does not for "Tohoku"). Prints the
// agreement and each question where they differ; eval/README.md, eighteenth session.

import { readFileSync } from 'node:fs';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import { claimDocument } from '../src/search/claimDocument.js';
import type { EvalQuestion } from './evaluate.js';
import { DEVELOPMENT_SETS } from './evalSets.js';

const SHAPES = ['Do any of the reports mention X?', 'anything on X?', 'what do we know about X', 'any mention of X?'];
let agree = 0;
let total = 0;
let answeredUnnamed = 0;
let declinedNamed = 0;
const differing: string[] = [];
// Never a set marked held out: its questions stay unread until it is measured.
for (const set of DEVELOPMENT_SETS) {
  const library = Library.from(await loadReports(set.reports));
  const given = library.reports.flatMap((report) =>
    report.claims.map((claim) => {
      const { text, evidence, sources } = claimDocument(claim, report);
      return `${text}\n${evidence}\n${sources}`.toLowerCase();
    }),
  );
  const names = new Set<string>();
  for (const question of JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[]) {
    for (const word of question.q.split(/\s+/).slice(1)) {
      const name = /^([A-Z][a-z]{3,})[?,.!]?$/.exec(word)?.[1];
      if (name !== undefined) names.add(name);
    }
  }
  for (const name of names) {
    const named = given.some((text) => new RegExp(`\\b${name.toLowerCase()}`).test(text));
    for (const shape of SHAPES) {
      const question = shape.replace('X', name);
      const { answered } = answerQuestion(library, question);
      total++;
      if (answered === named) agree++;
      else {
        if (answered) answeredUnnamed++;
        else declinedNamed++;
        differing.push(`  ${set.name}: ${answered ? 'answered' : 'declined'}, ${named ? 'named' : 'not named'}: ${question}`);
      }
    }
  }
}
console.log(`${agree} of ${total} decided as the claims' words say; answered though no claim names it: ${answeredUnnamed}; declined though one does: ${declinedNamed}`);
console.log(differing.join('\n'));
