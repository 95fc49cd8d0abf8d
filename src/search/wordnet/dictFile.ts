// One WordNet database file, read where needed instead of parsed: lines of the sorted `index.*`
// files are found by binary search over byte offsets, lines of `data.*` files are read at the
// byte offset the index gives. An eager parse of all of WordNet costs about a second and tens of
// MB of heap; a question needs a few dozen lines of it. A file searched by binary search can be
// held as its bytes (`inMemory`, off the heap): a search is a dozen probes, each a file read
// otherwise, and a word never seen before costs several searches (bench/README.md).

import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const NEWLINE = 0x0a;
/** Bytes read at a time: index lines are under 600 bytes, data lines mostly under 1 KB. */
const CHUNK = 1024;
/** Lines seen at binary-search probe points, kept: every search starts with the same probes. */
const MAX_PROBES = 4096;

interface Line {
  start: number;
  /** Offset just past the line's newline. */
  next: number;
  text: string;
}

export class DictFile {
  private fd: number | null = null;
  private size = 0;
  private readonly buffer = Buffer.alloc(CHUNK);
  private readonly probes = new Map<number, Line | null>();
  /** The whole file, when held in memory. */
  private content: Buffer | null = null;
  /** How many times it was closed: a preload that was reading then keeps nothing. */
  private closes = 0;

  constructor(
    private readonly path: string,
    private readonly inMemory = false,
  ) {}

  /** The line at a byte offset (a data file's synset), without its newline; null past the end. */
  lineAt(offset: number): string | null {
    this.open();
    return offset >= 0 && offset < this.size ? this.readLine(offset).text : null;
  }

  /**
   * The line whose first word is `key`, in a file sorted by that word in byte order (the index
   * files; their license header lines start with spaces and sort first); null when there is none.
   */
  find(key: string): string | null {
    if (key === '' || /[\s]/.test(key)) return null;
    const line = this.firstAtOrAfter(key);
    return line !== null && line.text.startsWith(`${key} `) ? line.text : null;
  }

  /** Every line that starts with `prefix`, in file order (a lemma's senses in `index.sense`). */
  linesStartingWith(prefix: string): string[] {
    if (prefix === '' || /[\s]/.test(prefix)) return [];
    const lines: string[] = [];
    for (let line = this.firstAtOrAfter(prefix); line !== null && line.text.startsWith(prefix); ) {
      lines.push(line.text);
      line = line.next < this.size ? this.readLine(line.next) : null;
    }
    return lines;
  }

  /** The first line whose first word sorts at or after `key` (binary search over byte offsets). */
  private firstAtOrAfter(key: string): Line | null {
    this.open();
    if (this.content !== null && LATIN1.test(key)) {
      const at = firstAtOrAfterInBytes(this.content, key);
      return at < this.size ? this.readLine(at) : null;
    }
    // Lines starting before lo sort before key; lines starting at or after hi sort at or after it.
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const line = this.lineFrom(mid);
      if (line === null || line.start >= hi) {
        hi = mid;
        continue;
      }
      if (keyOf(line.text) < key) lo = line.next;
      else hi = line.start;
    }
    return lo < this.size ? this.readLine(lo) : null;
  }

  /**
   * Reads a file held in memory now, off the event loop, so the first search does not read it
   * (a no-op for other files, or once read). Searches before it is done read it themselves.
   */
  async preload(): Promise<void> {
    if (!this.inMemory || this.content !== null) return;
    const closes = this.closes;
    const content = await readFile(this.path);
    // Closed meanwhile (WordNet.useTable lets the index files go): not held after all.
    if (this.content !== null || this.closes !== closes) return;
    this.content = content;
    this.size = content.length;
  }

  /** Whether the file's bytes are held in memory now. */
  get held(): boolean {
    return this.content !== null;
  }

  /**
   * Throws the error opening the file meets (ENOENT, EACCES…), if it is not open or held already:
   * whether a read could start at all, without reading it.
   */
  checkOpens(): void {
    if (this.fd !== null || this.content !== null) return;
    closeSync(openSync(this.path, 'r'));
  }

  close(): void {
    this.closes++;
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.content = null;
    this.probes.clear();
  }

  private open(): void {
    if (this.fd !== null || this.content !== null) return;
    if (this.inMemory) {
      this.content = readFileSync(this.path);
      this.size = this.content.length;
      return;
    }
    this.fd = openSync(this.path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  /** The first line starting at or after `position`. */
  private lineFrom(position: number): Line | null {
    const known = this.probes.get(position);
    if (known !== undefined) return known;
    let start = position;
    if (position > 0) {
      const newline = this.indexOfNewline(position - 1);
      start = newline < 0 ? this.size : newline + 1;
    }
    const line = start < this.size ? this.readLine(start) : null;
    if (this.probes.size < MAX_PROBES) this.probes.set(position, line);
    return line;
  }

  private readLine(start: number): Line {
    const content = this.content;
    if (content !== null) {
      const newline = content.indexOf(NEWLINE, start);
      const end = newline < 0 ? this.size : newline;
      return { start, next: end + 1, text: content.toString('latin1', start, end) };
    }
    // Most lines fit in one chunk: one read.
    const read = readSync(this.fd as number, this.buffer, 0, Math.min(CHUNK, this.size - start), start);
    const inChunk = this.buffer.subarray(0, read).indexOf(NEWLINE);
    if (inChunk >= 0) return { start, next: start + inChunk + 1, text: this.buffer.toString('latin1', 0, inChunk) };
    const newline = this.indexOfNewline(start);
    const end = newline < 0 ? this.size : newline;
    const bytes = Buffer.alloc(end - start);
    readSync(this.fd as number, bytes, 0, bytes.length, start);
    return { start, next: end + 1, text: bytes.toString('latin1') };
  }

  /** Offset of the first newline at or after `from`; -1 when there is none. */
  private indexOfNewline(from: number): number {
    if (this.content !== null) return this.content.indexOf(NEWLINE, from);
    for (let at = from; at < this.size; at += CHUNK) {
      const read = readSync(this.fd as number, this.buffer, 0, Math.min(CHUNK, this.size - at), at);
      const i = this.buffer.subarray(0, read).indexOf(NEWLINE);
      if (i >= 0) return at + i;
      if (read === 0) break;
    }
    return -1;
  }
}

/** Keys whose characters are each one byte of a file decoded as latin1, compared byte for byte. */
const LATIN1 = /^[\u0000-\u00ff]*$/;
const SPACE = 0x20;

/**
 * firstAtOrAfter over a file held in memory, comparing each probed line's first word with `key`
 * in place: the same probes and the same comparisons (latin1 decodes a byte to the character of
 * that code, so byte order is string order), without a string made per probe.
 */
function firstAtOrAfterInBytes(content: Buffer, key: string): number {
  const size = content.length;
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let start = mid;
    if (mid > 0) {
      const newline = content.indexOf(NEWLINE, mid - 1);
      start = newline < 0 ? size : newline + 1;
    }
    if (start >= size || start >= hi) {
      hi = mid;
      continue;
    }
    const newline = content.indexOf(NEWLINE, start);
    const end = newline < 0 ? size : newline;
    if (firstWordBefore(content, start, end, key)) lo = end + 1;
    else hi = start;
  }
  return lo;
}

/** Whether the first word of the line content[start, end) sorts before `key`, as keyOf(text) < key. */
function firstWordBefore(content: Buffer, start: number, end: number, key: string): boolean {
  for (let i = 0; ; i++) {
    const at = start + i;
    const lineEnded = at >= end || content[at] === SPACE;
    const keyEnded = i >= key.length;
    if (lineEnded) return !keyEnded;
    if (keyEnded) return false;
    const byte = content[at] as number;
    const code = key.charCodeAt(i);
    if (byte !== code) return byte < code;
  }
}

/** A line's first word; '' for the license header's lines, which start with spaces. */
function keyOf(text: string): string {
  const end = text.indexOf(' ');
  return end < 0 ? text : text.slice(0, end);
}
