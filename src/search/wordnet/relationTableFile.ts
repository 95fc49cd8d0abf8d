// Where a relation table comes from: the cache folder when it holds one built from the same
// WordNet files by the same code, else a child process builds it (a few seconds of CPU, off the
// event loop) and it is saved there for the next start.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { childProcessArgs, workerUrl } from '../../workerThread.js';
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
 * with `build`, built in a child process and saved there (when `cacheDir` is not null). Null
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
  const bytes = await buildInChildProcess(dir, cacheDir);
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

/**
 * The build's heap kept small: it runs beside the bot, and a container's limit counts both. Its
 * objects live a few seconds, so V8's default young generation and heap growth only let garbage
 * pile up; a smaller heap collects it sooner, for a little more CPU (bench/README.md, forty-eighth
 * session). The old space allowed is twice what the build needs.
 */
const BUILD_HEAP = ['--max-semi-space-size=1', '--max-old-space-size=256'];

/**
 * A new folder for the child process's file: in the cache folder, which the bot writes anyway (a
 * container may allow nothing else), else the system's temporary folder.
 */
async function scratchFolder(cacheDir: string | null): Promise<string> {
  if (cacheDir !== null) {
    try {
      await mkdir(resolve(cacheDir), { recursive: true });
      return await mkdtemp(join(resolve(cacheDir), 'wordnet-table-build-'));
    } catch {
      // Not writable: the temporary folder below.
    }
  }
  return mkdtemp(join(tmpdir(), 'report-bot-wordnet-table-'));
}

/**
 * The table of the WordNet files in `dir`, built by a child process. Not a worker thread: the
 * build's memory was the bot's process's, and much of it stayed resident after the worker ended
 * (the allocator keeps a thread's freed memory); a process gives all of it back when it exits
 * (bench/README.md, forty-eighth session). A process awaiting it stays up until it ends, as it did
 * for the worker; a bot stopping (process.exit) does not wait for it.
 */
async function buildInChildProcess(dir: string, cacheDir: string | null): Promise<Uint8Array> {
  const scratch = await scratchFolder(cacheDir);
  try {
    const out = join(scratch, 'table.bin');
    const errors = join(scratch, 'stderr.txt');
    const stderr = openSync(errors, 'w');
    const child = spawn(process.execPath, [...BUILD_HEAP, ...childProcessArgs(workerUrl(import.meta.url, 'relationTableProcess'), [dir, out])], { stdio: ['ignore', 'ignore', stderr] });
    closeSync(stderr);
    // The bot exiting meanwhile: the build is stopped, and its folder goes (the finally below never runs).
    const kill = (): void => {
      child.kill();
      rmSync(scratch, { recursive: true, force: true });
    };
    process.once('exit', kill);
    try {
      const code = await new Promise<number | null>((resolveCode, reject) => {
        child.once('error', reject);
        child.once('exit', (exitCode) => resolveCode(exitCode));
      });
      if (code !== 0) throw new Error(`relation table process exited (code ${code}): ${(await readFile(errors, 'utf8').catch(() => '')).trim()}`);
      return await readFile(out);
    } finally {
      process.off('exit', kill);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
