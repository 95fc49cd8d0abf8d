// Where in the source a V8 trace's position falls. Run through tsx, the bench's TypeScript is
// compiled to one long line per module, so `--trace-deopt-verbose` says "deoptimize at
// <file:///…/src/search/expandQuestion.ts:1:3601>": a column of tsx's output, not of the file.
// This reads tsx's cache of that output and maps the column back with Node's own source-map reader
// (`SourceMap` from node:module), then prints the source line and column, the line, and the output
// around the column. The cache is tsx's private layout, as tsx 4.23.15 (the version in
// package-lock.json) keeps it: a folder tsx-<uid> in the system's temp folder, one JSON file per
// compiled module with its `code` and `map`; the newest entry made from the file is read, so run
// this after the traced run, before the file changes. Another tsx may keep it otherwise.
// `npx tsx bench/tracePosition.ts "<file:///…/x.ts:1:604>" [more positions]` (the brackets optional;
// bench/README.md, thirty-fifth session).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
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
  map: SourceMapPayload;
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

/**
 * The source line and column (1-based) of the last mapping at or before a generated line and
 * column (1-based) on that line; none when that mapping names no source.
 */
function originalPosition(map: SourceMapPayload, line: number, column: number): { line: number; column: number } | undefined {
  const entry = new SourceMap(map).findEntry(line - 1, column - 1);
  if (!('originalLine' in entry) || entry.originalSource === undefined || entry.generatedLine !== line - 1) return undefined;
  return { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}

for (const position of positions) {
  const match = /^<?(?:file:\/\/)?(.+):(\d+):(\d+)(?:>.*)?$/.exec(position);
  if (!match) {
    console.log(`${position}: not file:LINE:COLUMN`);
    continue;
  }
  const [, file, line, column] = match as unknown as [string, string, string, string];
  const cached = cachedModule(file);
  const found = cached && originalPosition(cached.map, Number(line), Number(column));
  if (!cached || !found) {
    console.log(`${position}: no tsx cache entry maps it (${cacheDir})`);
    continue;
  }
  const sourceLine = readFileSync(file, 'utf8').split('\n')[found.line - 1] ?? '';
  const generated = cached.code.split('\n')[Number(line) - 1] ?? '';
  const at = Number(column) - 1;
  console.log(`${file}:${found.line}:${found.column}\n  ${sourceLine.trim()}\n  compiled: …${generated.slice(Math.max(0, at - 50), at)}⟦${generated.slice(at, at + 40)}⟧`);
}
