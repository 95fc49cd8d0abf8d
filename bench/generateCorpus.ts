// Writes a generated corpus to bench/.corpus/ (gitignored) and reuses it on the next run: N
// reports (`npm run bench -- --reports N`) or the one huge report (5,000 claims, ~2.8 MB).
// Run directly to only generate: `npx tsx bench/generateCorpus.ts --reports 2000 [--seed 1]`.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { byCodeUnits } from '../src/runtime/byCodeUnits.js';
import { generateReport, reportName } from './generateReport.js';

/** Bump when generated text changes, so an old corpus is not measured as the new one. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 1;
export const HUGE_REPORT_CLAIMS = 5000;

export const CORPUS_ROOT = fileURLToPath(new URL('./.corpus/', import.meta.url));

export interface Corpus {
  dir: string;
  /** Report file names, sorted. */
  files: string[];
  bytes: number;
}

interface CorpusStamp {
  version: number;
  seed: number;
  files: string[];
  bytes: number;
}

/** Where the corpus of `reports` reports for `seed` is written. */
export function corpusDir(reports: number, seed = DEFAULT_SEED): string {
  return join(CORPUS_ROOT, `reports-${reports}-seed${seed}-v${GENERATOR_VERSION}`);
}

/** The corpus of `reports` reports for `seed`, generated unless it is already on disk. */
export async function ensureCorpus(reports: number, seed = DEFAULT_SEED): Promise<Corpus> {
  return ensure(corpusDir(reports, seed), seed, Array.from({ length: reports }, (_, i) => () => generateReport(seed, i)));
}

/** A folder holding one report of 5,000 claims, about 2.8 MB. */
export async function ensureHugeReport(seed = DEFAULT_SEED): Promise<Corpus> {
  const dir = join(CORPUS_ROOT, `huge-seed${seed}-v${GENERATOR_VERSION}`);
  return ensure(dir, seed, [() => ({ ...generateReport(seed, 99_999, { claims: HUGE_REPORT_CLAIMS, richEvidence: true }), name: 'huge-report.md' })]);
}

/**
 * A corpus's report ids (its file names without `.md`), sorted by code units as loadReports lists
 * reports: what the question generator draws `report:` filters from.
 */
export function reportIdsOf(corpus: Corpus): string[] {
  return corpus.files.map((file) => file.replace(/\.md$/, '')).sort(byCodeUnits);
}

/** The ids of a corpus's reports without generating their text. */
export function corpusReportIds(reports: number, seed = DEFAULT_SEED): string[] {
  return Array.from({ length: reports }, (_, i) => reportName(seed, i).replace(/\.md$/, ''));
}

async function ensure(dir: string, seed: number, makers: (() => { name: string; text: string })[]): Promise<Corpus> {
  const stampFile = join(dir, '.corpus.json');
  const existing = await readStamp(stampFile);
  if (existing && existing.version === GENERATOR_VERSION && existing.seed === seed && existing.files.length === makers.length) {
    return { dir, files: existing.files, bytes: existing.bytes };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  const BATCH = 64;
  for (let start = 0; start < makers.length; start += BATCH) {
    const batch = makers.slice(start, start + BATCH).map((make) => make());
    await Promise.all(batch.map((report) => writeFile(join(dir, report.name), report.text)));
    for (const report of batch) {
      files.push(report.name);
      bytes += Buffer.byteLength(report.text);
    }
  }
  files.sort();
  // Written last: a corpus without its stamp was interrupted and is generated again.
  const stamp: CorpusStamp = { version: GENERATOR_VERSION, seed, files, bytes };
  await writeFile(stampFile, JSON.stringify(stamp));
  return { dir, files, bytes };
}

async function readStamp(file: string): Promise<CorpusStamp | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CorpusStamp;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { reports: { type: 'string', default: '2000' }, seed: { type: 'string' }, huge: { type: 'boolean', default: false } } });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const corpus = values.huge ? await ensureHugeReport(seed) : await ensureCorpus(Number(values.reports), seed);
  process.stdout.write(`${corpus.dir}: ${corpus.files.length} reports, ${(corpus.bytes / 1e6).toFixed(1)} MB\n`);
}
