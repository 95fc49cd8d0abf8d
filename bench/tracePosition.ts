// Where in the source a V8 trace's position falls. Run through tsx, the bench's TypeScript is
// compiled to one long line per module, so `--trace-deopt-verbose` says "deoptimize at
// <file:///…/src/search/expandQuestion.ts:1:3601>": a column of tsx's output, not of the file.
// This reads tsx's cache of that output (its source map, in the system's temp folder, tsx-<uid>;
// the newest entry made from the file, so run it after the traced run, before the file changes)
// and prints the source line and column, the line, and the output around the column.
// `npx tsx bench/tracePosition.ts "<file:///…/x.ts:1:604>" [more positions]` (the brackets optional;
// bench/README.md, thirty-fifth session).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const positions = process.argv.slice(2);
if (positions.length === 0) {
  console.error('usage: npx tsx bench/tracePosition.ts "<file:///path/to/file.ts:LINE:COLUMN>" [...]');
  process.exit(2);
}

const cacheDir = join(tmpdir(), `tsx-${userInfo().uid}`);
/** Cache entries, newest first. */
const entries = readdirSync(cacheDir)
  .filter((name) => !name.endsWith('.pipe'))
  .map((name) => join(cacheDir, name))
  .filter((path) => statSync(path).isFile())
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);

interface CachedModule {
  code: string;
  map: { sources: string[]; mappings: string };
}

function cachedModule(file: string): CachedModule | undefined {
  for (const path of entries) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes(file)) continue;
    const cached = JSON.parse(text) as Partial<CachedModule>;
    if (cached.code !== undefined && cached.map?.sources?.[0] === file) return cached as CachedModule;
  }
  return undefined;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's segment: its fields as base-64 VLQ numbers. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** The source line and column (1-based) of the last mapping at or before a generated line and column (1-based). */
function originalPosition(mappings: string, line: number, column: number): { line: number; column: number } | undefined {
  let sourceLine = 0;
  let sourceColumn = 0;
  let found: { line: number; column: number } | undefined;
  const lines = mappings.split(';');
  for (let at = 0; at < lines.length && at < line; at++) {
    let generatedColumn = 0;
    for (const segment of (lines[at] as string).split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      generatedColumn += fields[0] as number;
      if (fields.length < 4) continue;
      sourceLine += fields[2] as number;
      sourceColumn += fields[3] as number;
      if (at === line - 1 && generatedColumn > column - 1) break;
      if (at === line - 1) found = { line: sourceLine + 1, column: sourceColumn + 1 };
    }
  }
  return found;
}

for (const position of positions) {
  const match = /^<?(?:file:\/\/)?(.+):(\d+):(\d+)(?:>.*)?$/.exec(position);
  if (!match) {
    console.log(`${position}: not file:LINE:COLUMN`);
    continue;
  }
  const [, file, line, column] = match as unknown as [string, string, string, string];
  const cached = cachedModule(file);
  const found = cached && originalPosition(cached.map.mappings, Number(line), Number(column));
  if (!cached || !found) {
    console.log(`${position}: no tsx cache entry maps it (${cacheDir})`);
    continue;
  }
  const sourceLine = readFileSync(file, 'utf8').split('\n')[found.line - 1] ?? '';
  const generated = cached.code.split('\n')[Number(line) - 1] ?? '';
  const at = Number(column) - 1;
  console.log(`${file}:${found.line}:${found.column}\n  ${sourceLine.trim()}\n  compiled: …${generated.slice(Math.max(0, at - 50), at)}⟦${generated.slice(at, at + 40)}⟧`);
}
