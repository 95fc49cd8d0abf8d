// `npx tsx eval/listDefinitions.ts`: every term the development sets' reports define (aliases.ts
// definitionPairs, read as aliasesOf reads them), one line each: the set, the report, the term and
// its definition as written, and the keys a question is matched on; then each question whose
// words say a definition (the terms it is searched for too). To judge the patterns by eye
// (eval/README.md, twenty-second session).

import { readFileSync } from 'node:fs';
import { searchTextOf } from '../src/answer/answerQuestion.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import { aliasesOf, definitionPairs, textsOf } from '../src/search/aliases.js';
import { termsOf } from '../src/search/termsOf.js';
import { DEVELOPMENT_SETS } from './evalSets.js';

let written = 0;
let kept = 0;
const fired: string[] = [];
for (const set of DEVELOPMENT_SETS) {
  const loaded = await loadReports(set.reports, { cacheDir: null });
  for (const report of loaded.reports) {
    for (const [term, definition] of textsOf(report).flatMap(definitionPairs)) {
      written++;
      console.log(`${set.name}\t${report.id}\t${term}\t${definition}`);
    }
    for (const pair of aliasesOf(report).filter((pair) => pair.defines)) {
      kept++;
      console.log(`  keys\t${pair.a.join(' ')} <- ${pair.b.join(' ')}`);
    }
  }
  const library = Library.from(loaded);
  for (const { q } of JSON.parse(readFileSync(set.questions, 'utf8')) as { q: string }[]) {
    const terms = library.aliases.definedBy(termsOf(searchTextOf(q, library))).map((found) => found.term);
    if (terms.length > 0) fired.push(`${set.name}\t${q}\t+ ${[...new Set(terms)].join(' ')}`);
  }
}
console.log(`${written} definitions read, ${kept} kept (distinct, with enough keys)`);
for (const line of fired) console.log(line);
console.log(`${fired.length} questions searched for a defined term too`);
