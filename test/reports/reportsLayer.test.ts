// The reports layer is the lowest of the flow (reports -> search -> library -> answer -> render ->
// transport): its modules import none of a higher layer's, so each layer above builds on it alone.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPORTS = fileURLToPath(new URL('../../src/reports/', import.meta.url));
/** What the reports layer may import from outside its folder: the runtime's helpers and the worker threads' start. */
const BELOW_OR_BESIDE = /^\.\.\/(?:runtime\/|workerThread\.js$)/;
/**
 * The parse worker thread's entry, which runs the library's preparation of each report beside its
 * parse (preparedApart.ts): the thread's one module that puts the layers together, as main.ts does.
 */
const THREAD_ENTRY = 'parseWorker.ts';

function importsOf(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'/gm)].map((match) => match[1] as string);
}

describe('the reports layer', () => {
  it('imports no module of a higher layer, not even a type (the parse worker thread entry aside)', () => {
    const above = readdirSync(REPORTS)
      .filter((file) => file.endsWith('.ts') && file !== THREAD_ENTRY)
      .flatMap((file) => importsOf(readFileSync(REPORTS + file, 'utf8')).filter((path) => path.startsWith('../') && !BELOW_OR_BESIDE.test(path)).map((path) => `${file}: ${path}`));
    expect(above).toEqual([]);
  });

  // So the check could fail: the worker entry's import is one it would name.
  it('names an import of a higher layer where there is one', () => {
    const entry = importsOf(readFileSync(REPORTS + THREAD_ENTRY, 'utf8'));
    expect(entry.filter((path) => path.startsWith('../') && !BELOW_OR_BESIDE.test(path))).toEqual(['../library/preparedApart.js']);
  });
});
