// The search index saved beside the parsed-report cache, so a restart loads it instead of indexing
// every claim again (figures: the README, Performance). It names the reports it holds with their
// content hashes; the Library keeps the claims of unchanged files and re-indexes only the rest (see
// Library.adopt). Like the cache, a snapshot is trusted only when it proves itself: its header
// names the format, the code that made it (reports and search modules, locked dependencies),
// whether the library had WordNet (the names it holds depend on it) and the byte order, and
// carries a SHA-256 of its body. Anything else is a problem, and the index is built from the
// reports as without a snapshot; another format, code or WordNet is only outdated (expected after
// an upgrade), a note rather than a problem.
//
// Layout: one line of header JSON, then the body: the index's other data as JSON (metaBytes long;
// each distinct alias pair once, a report naming its pairs by number), then the postings' short ids (4 bytes each), each claim's keys and sentence (4 bytes each: claimKeys.ts) and
// the postings' frequencies (2 bytes each).

import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { codeFingerprint, parserFingerprint } from '../reports/parserFingerprint.js';
import { writeFileAside } from '../reports/writeFileAside.js';
import { yieldToEventLoop } from '../reports/yieldToEventLoop.js';
import { type AliasPair, pairKey } from '../search/aliases.js';
import { ClaimIndex, type ClaimIndexState } from '../search/claimIndex.js';
import type { IndexState } from '../search/indexState.js';

/** Bump when the layout or the data changes shape. */
export const SNAPSHOT_FORMAT = 8;
export const SNAPSHOT_FILE = 'index.bin';

/** A report the snapshot's index holds: its file, the file's content hash and its id. */
export interface SnapshotReport {
  file: string;
  hash: string;
  reportId: string;
  /** The names it defines (aliases.ts), so a restart need not read every report for them again. */
  aliases?: AliasPair[];
}

export interface IndexSnapshot {
  index: ClaimIndex;
  reports: SnapshotReport[];
  /** The ids of the claims the index holds. */
  claimIds: string[];
}

/** What a snapshot is made with besides the code: whether the library had WordNet (Library.wordnet). */
export interface SnapshotMaker {
  wordnet: boolean;
}

interface Header {
  format: number;
  code: string;
  /** Whether the names it holds were mined with WordNet: without it a report has no gloss pairs (aliases.ts). */
  wordnet: boolean;
  endian: string;
  sha256: string;
  metaBytes: number;
  postings: number;
  /** Numbers in the claims' keys. */
  claimKeys: number;
}

/** A report as the snapshot stores it: its alias pairs by their number in `aliasPairs`. */
type StoredReport = Omit<SnapshotReport, 'aliases'> & { aliases?: number[] };

/**
 * The alias pairs are stored once each: reports share most of theirs (gloss pairs above all), and
 * a warm start parsed and kept each report's copy (bench/README.md, twenty-seventh session, speed29).
 */
type Meta = Omit<IndexState, 'postingIds' | 'postingFrequencies'> &
  Omit<ClaimIndexState, 'index' | 'claimKeys'> & { reports: StoredReport[]; aliasPairs: AliasPair[] };

const LIBRARY_SOURCE = new URL('./', import.meta.url);
const SEARCH_SOURCE = new URL('../search/', import.meta.url);
/** How WordNet is read, which the gloss pairs among the names depend on (glossedTerms.ts). */
const WORDNET_SOURCE = new URL('../search/wordnet/', import.meta.url);
let fingerprint: Promise<string | null> | undefined;

/**
 * The code a snapshot must have been made by: the report parser's, the library's and the search
 * modules' (how words are indexed, how aliases are mined, how WordNet is read for them).
 */
function snapshotFingerprint(): Promise<string | null> {
  fingerprint ??= Promise.all([parserFingerprint(), codeFingerprint(LIBRARY_SOURCE), codeFingerprint(SEARCH_SOURCE), codeFingerprint(WORDNET_SOURCE)])
    .then(([parser, library, search, wordnet]) => (parser === null ? null : `${parser}:${library}:${search}:${wordnet}`))
    .catch(() => null);
  return fingerprint;
}

export function snapshotFileOf(cacheFolder: string): string {
  return join(cacheFolder, SNAPSHOT_FILE);
}

/**
 * The snapshot in `file`; null when there is none; a problem when there is one not to trust, or
 * (outdated) one in another format, made by other code, or by a library that had WordNet when this
 * one has not, or the other way round.
 */
export async function readIndexSnapshot(file: string, maker: SnapshotMaker): Promise<IndexSnapshot | { problem: string; outdated?: true } | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null; // not written yet
  }
  const problem = (why: string): { problem: string } => ({ problem: `${file}: ${why}; the index is built from the reports` });
  const newline = bytes.indexOf(10);
  if (newline < 0) return problem('truncated (no body)');
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Header;
  } catch {
    return problem('corrupt header');
  }
  if (typeof header?.format !== 'number') return problem('corrupt header');
  if (header.format !== SNAPSHOT_FORMAT) return { ...problem(`snapshot format ${header.format}, expected ${SNAPSHOT_FORMAT}`), outdated: true };
  const code = await snapshotFingerprint();
  if (code === null) return problem('its code cannot be fingerprinted');
  if (header.code !== code) return { ...problem('made by another version of the bot'), outdated: true };
  if (header.wordnet !== maker.wordnet) return { ...problem(`made ${header.wordnet ? 'with' : 'without'} WordNet, which this bot runs ${maker.wordnet ? 'with' : 'without'}`), outdated: true };
  if (header.endian !== endianness()) return problem('made on a machine of another byte order');
  const body = bytes.subarray(newline + 1);
  if ((await sha256Of([body])) !== header.sha256) return problem('checksum mismatch (truncated or corrupt)');
  const { metaBytes, postings, claimKeys: keyCount } = header;
  if (!(metaBytes >= 0 && postings >= 0 && keyCount >= 0 && metaBytes + postings * 6 + keyCount * 4 === body.length)) return problem('sizes do not match its body');
  try {
    const meta = JSON.parse(body.subarray(0, metaBytes).toString('utf8')) as Meta;
    const postingIds = typedView(body, metaBytes, postings, Uint32Array);
    const claimKeys = typedView(body, metaBytes + postings * 4, keyCount, Uint32Array);
    const postingFrequencies = typedView(body, metaBytes + postings * 4 + keyCount * 4, postings, Uint16Array);
    const { reports: stored, aliasPairs, surfaceTerms, surfaceWords, ...indexMeta } = meta;
    const reports = stored.map((report) => withPairs(report, aliasPairs));
    const index = await ClaimIndex.load({ index: { ...indexMeta, postingIds, postingFrequencies }, surfaceTerms, surfaceWords, claimKeys });
    return { index, reports, claimIds: meta.ids };
  } catch (error) {
    return problem(`unreadable (${(error as Error).message})`);
  }
}

/**
 * Saves `index`, which holds exactly `reports` (their names mined as `maker` says). Returns false
 * when this index cannot be saved so (its MiniSearch keeps its data differently); a write failure throws.
 */
export async function writeIndexSnapshot(file: string, index: ClaimIndex, reports: SnapshotReport[], maker: SnapshotMaker): Promise<boolean> {
  const code = await snapshotFingerprint();
  const state = index.state();
  if (code === null || state === null) return false;
  const { postingIds, postingFrequencies, ...indexMeta } = state.index;
  const { stored, aliasPairs } = numberedPairs(reports);
  const meta: Meta = { ...indexMeta, surfaceTerms: state.surfaceTerms, surfaceWords: state.surfaceWords, reports: stored, aliasPairs };
  const metaBytes = Buffer.from(JSON.stringify(meta), 'utf8');
  const body = [metaBytes, bytesOf(postingIds), bytesOf(state.claimKeys), bytesOf(postingFrequencies)];
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    code,
    wordnet: maker.wordnet,
    endian: endianness(),
    sha256: await sha256Of(body),
    metaBytes: metaBytes.length,
    postings: postingIds.length,
    claimKeys: state.claimKeys.length,
  };
  // Spaces pad the header so the postings start 4-byte aligned in the file, and can be read in place.
  let headerLine = JSON.stringify(header);
  headerLine += ' '.repeat((4 - ((Buffer.byteLength(headerLine) + 1 + metaBytes.length) % 4)) % 4);
  await mkdir(dirname(file), { recursive: true });
  await writeFileAside(file, [`${headerLine}\n`, ...body]);
  return true;
}

/** Each distinct alias pair once (in the order first named), and each report naming its pairs by number. */
function numberedPairs(reports: SnapshotReport[]): { stored: StoredReport[]; aliasPairs: AliasPair[] } {
  const aliasPairs: AliasPair[] = [];
  const numbers = new Map<string, number>();
  const stored = reports.map(({ aliases, ...report }): StoredReport => {
    if (aliases === undefined) return report;
    return {
      ...report,
      aliases: aliases.map((pair) => {
        const key = pairKey(pair);
        let number = numbers.get(key);
        if (number === undefined) {
          number = aliasPairs.push(pair) - 1;
          numbers.set(key, number);
        }
        return number;
      }),
    };
  });
  return { stored, aliasPairs };
}

/** A stored report with its pairs: the same objects for every report naming a pair (AliasTable keeps one per pair anyway). */
function withPairs({ aliases, ...report }: StoredReport, aliasPairs: AliasPair[]): SnapshotReport {
  if (aliases === undefined) return report;
  return {
    ...report,
    aliases: aliases.map((number) => {
      const pair = aliasPairs[number];
      if (pair === undefined) throw new Error(`alias pair ${number} of ${aliasPairs.length}`);
      return pair;
    }),
  };
}

/** Bytes hashed between turns of the event loop (SHA-256 here: ~1.5 GB/s). */
const HASH_CHUNK = 16 * 2 ** 20;

async function sha256Of(parts: Uint8Array[]): Promise<string> {
  const hash = createHash('sha256');
  for (const part of parts) {
    for (let at = 0; at < part.length; at += HASH_CHUNK) {
      hash.update(part.subarray(at, at + HASH_CHUNK));
      await yieldToEventLoop();
    }
  }
  return hash.digest('hex');
}

function bytesOf(array: Uint32Array | Uint16Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** `count` numbers at `offset` of `bytes`, in place when aligned (as the writer pads them), else copied. */
function typedView<T extends Uint32Array | Uint16Array>(
  bytes: Uint8Array,
  offset: number,
  count: number,
  Type: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const at = bytes.byteOffset + offset;
  if (at % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, at, count);
  const copy = new Type(count);
  new Uint8Array(copy.buffer).set(bytes.subarray(offset, offset + count * Type.BYTES_PER_ELEMENT));
  return copy;
}
