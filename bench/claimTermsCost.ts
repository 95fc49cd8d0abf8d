// What the answerability decision's claim words cost (claimTerms.ts), for every claim of
// the bench corpus read cold, and how much the heap grows by loading the corpus.
// `npx tsx --expose-gc bench/claimTermsCost.ts [--reports 2000]` (run the bench once first: it writes the cache).

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Claim, Report } from '../src/reports/model.js';
import { indexedTermsOfClaim, termsOfClaim, termsOfClaimByField } from '../src/search/claimTerms.js';
import { CLAIM_FIELDS, claimDocument } from '../src/search/claimDocument.js';
import { tokenize } from '../src/search/tokenize.js';
import { CORPUS_ROOT, DEFAULT_SEED, ensureCorpus } from './generateCorpus.js';
import { openLibrary } from './openLibrary.js';

// `--by-field`: time the plain reading (each field's text through termsOf) instead; `--from-claims`:
// termsOfClaim, reading the claim (what the decision did before the index kept each claim's keys).
// By default, what the decision reads: the keys the index recorded (indexedTermsOfClaim).
const { values } = parseArgs({
  options: { reports: { type: 'string', default: '2000' }, 'by-field': { type: 'boolean', default: false }, 'from-claims': { type: 'boolean', default: false } },
});
const way = values['by-field'] ? 'termsOfClaimByField' : values['from-claims'] ? 'termsOfClaim' : 'indexedTermsOfClaim';
const reports = Number(values.reports);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const corpus = await ensureCorpus(reports, DEFAULT_SEED);
process.env.REPORT_CACHE_DIR ??= join(CORPUS_ROOT, 'cache', `reports-${reports}-seed${DEFAULT_SEED}`);
gc();
const heapBefore = process.memoryUsage().heapUsed;
const library = await openLibrary(corpus.dir);
gc();
const heapAfter = process.memoryUsage().heapUsed;
const read: (claim: Claim, report: Report) => ReadonlySet<string> =
  way === 'termsOfClaimByField' ? termsOfClaimByField : way === 'termsOfClaim' ? termsOfClaim : (claim, report) => indexedTermsOfClaim(library.index, claim, report);
const pairs = library.reports.flatMap((report) => report.claims.map((claim) => ({ claim, report })));
const words = new Map<string, number>(CLAIM_FIELDS.map((field) => [field, 0]));
let terms = 0;
for (const { claim, report } of pairs) {
  const document = claimDocument(claim, report);
  for (const field of CLAIM_FIELDS) words.set(field, (words.get(field) ?? 0) + tokenize(document[field]).length);
}
const started = process.hrtime.bigint();
for (const { claim, report } of pairs) terms += read(claim, report).size;
const ms = Number(process.hrtime.bigint() - started) / 1e6;
gc();
const heapRead = process.memoryUsage().heapUsed;
console.log(`${pairs.length} claims; heap ${(heapBefore / 2 ** 20).toFixed(1)} -> ${(heapAfter / 2 ** 20).toFixed(1)} MB after loading`);
console.log(`${way}, each claim once: ${ms.toFixed(1)} ms, ${((ms * 1000) / pairs.length).toFixed(1)} µs a claim; ${(terms / pairs.length).toFixed(1)} distinct terms a claim`);
console.log(`heap after reading every claim once (the claims' keys dropped, what is remembered kept): ${((heapRead - heapAfter) / 2 ** 20).toFixed(1)} MB more`);
console.log(`words a claim by field: ${CLAIM_FIELDS.map((field) => `${field} ${((words.get(field) ?? 0) / pairs.length).toFixed(1)}`).join(', ')}`);
