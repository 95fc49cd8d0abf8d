// Where a relation table comes from: the cache folder when it holds one built from the same
// WordNet files by the same code, else a worker thread builds it (a few seconds of CPU, off the
// event loop) and it is saved there for the next start.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { startWorker, workerUrl } from '../../workerThread.js';
import { tableBuildKey } from './buildRelationTable.js';
import { relationSourceKey } from './relatedWords.js';
import { RelationTable, TABLE_LAYOUT } from './relationTable.js';
import { parseDataLine, parseIndexLine, PARTS_OF_SPEECH, WordNet, LEMMA } from './wordNet.js';

const TABLE_PREFIX = 'wordnet-relations-';

/**
 * The table file for the WordNet files in `dir` under `cacheDir`: its name changes with the
 * files (their sizes and the package's version), with the code the table replays, with the
 * code that stems its words (normalizeTerm.ts and the stemmer) and with the code that builds and
 * encodes it (tableCodeKey).
 */
export function relationTableFile(dir: string, cacheDir: string): string {
  const hash = createHash('sha256');
  hash.update(`${TABLE_LAYOUT}\n`);
  try {
    hash.update(readFileSync(join(dir, '..', 'package.json')));
  } catch {
    // A folder of WordNet files without the package: their sizes below still tell them apart.
  }
  for (const name of [...PARTS_OF_SPEECH.flatMap((pos) => [`index.${pos}`, `data.${pos}`]), 'index.sense']) hash.update(`${name} ${statSync(join(dir, name)).size}\n`);
  // The table keeps each related word's stem: another stemmer's version makes another table.
  try {
    hash.update(readFileSync(createRequire(import.meta.url).resolve('stemmer')));
  } catch {
    hash.update('stemmer not found as a file\n');
  }
  hash.update(tableCodeKey());
  return join(resolve(cacheDir), `${TABLE_PREFIX}${hash.digest('hex').slice(0, 16)}.bin`);
}

/**
 * The code a table file's name hashes: what reads WordNet's files, what relatedWords.ts replays,
 * and what builds and encodes the table (buildRelationTable.ts, whatever TABLE_LAYOUT says).
 */
export function tableCodeKey(): string {
  return [relationSourceKey(), parseIndexLine, parseDataLine, WordNet.prototype.senseCounts, WordNet.prototype.tagCountsOf, LEMMA, tableBuildKey()].map((code) => `${String(code)}\n`).join('');
}

/**
 * The relation table of the WordNet files in `dir`: read from `cacheDir` when it holds it; else,
 * with `build`, built on a worker thread and saved there (when `cacheDir` is not null). Null
 * when there is none to read and `build` is false. Rejects when the build fails.
 */
export async function loadRelationTable(dir: string, cacheDir: string | null, build: boolean): Promise<RelationTable | null> {
  const file = cacheDir === null ? null : relationTableFile(dir, cacheDir);
  if (file !== null) {
    try {
      return new RelationTable(await readFile(file));
    } catch {
      // Absent, unreadable or not a table: built again below.
    }
  }
  if (!build) return null;
  const bytes = await buildOnWorker(dir);
  const table = new RelationTable(bytes);
  if (file !== null) {
    // Written whole under another name, then renamed: a start never reads half a table.
    const partial = `${file}.${process.pid}.partial`;
    await mkdir(dirname(file), { recursive: true })
      .then(() => writeFile(partial, bytes))
      .then(() => rename(partial, file))
      .then(() => removeOtherTables(file))
      .catch(() => undefined);
  }
  return table;
}

/** Tables made from other files or by other code (15 MB each) are not read again: removed. */
async function removeOtherTables(file: string): Promise<void> {
  const folder = dirname(file);
  for (const name of await readdir(folder)) {
    if (name.startsWith(TABLE_PREFIX) && name.endsWith('.bin') && join(folder, name) !== file) await rm(join(folder, name), { force: true });
  }
}

function buildOnWorker(dir: string): Promise<Uint8Array> {
  return new Promise((resolveBytes, reject) => {
    const worker = startWorker(workerUrl(import.meta.url, 'relationTableWorker'), { workerData: { dir } });
    // A bot stopping does not wait for the table.
    worker.unref();
    let done = false;
    worker.on('message', (buffer: ArrayBuffer) => {
      done = true;
      resolveBytes(new Uint8Array(buffer));
    });
    worker.on('error', (error) => reject(error));
    worker.on('exit', (code) => {
      if (!done) reject(new Error(`relation table worker exited (code ${code})`));
    });
  });
}
