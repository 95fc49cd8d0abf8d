// A fingerprint of the code that turns report files into ParseResults: the report modules' source
// (the same from src/ and from the compiled dist/) and the locked dependency versions. Cached parse results made by other code are stale.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { byCodeUnits } from '../runtime/byCodeUnits.js';

const REPORTS_SOURCE = new URL('./', import.meta.url);
const LOCK_FILE = new URL('../../package-lock.json', import.meta.url);

let fingerprint: Promise<string | null> | undefined;

/** null when the source cannot be read (then nothing cached can be trusted, and nothing is). */
export function parserFingerprint(): Promise<string | null> {
  fingerprint ??= codeFingerprint(REPORTS_SOURCE).catch(() => null);
  return fingerprint;
}

/** A hash of the modules in `folder` and the locked dependency versions. */
export async function codeFingerprint(folder: URL): Promise<string> {
  const hash = createHash('sha256');
  // Any module here may change what is made; a few extra rebuilds cost less than a stale hit.
  const names = (await readdir(folder)).filter((name) => /\.[cm]?[jt]s$/.test(name));
  const modules = await Promise.all(names.map((name) => moduleSource(folder, name)));
  modules.sort((a, b) => byCodeUnits(a.name, b.name));
  for (const { name, text } of modules) {
    hash.update(`${name}\0`);
    hash.update(text);
  }
  const lock = await readFile(LOCK_FILE).catch(() => undefined);
  if (lock) hash.update(lock);
  return hash.digest('hex').slice(0, 32);
}

/**
 * A module's TypeScript source: the file itself when run from source (tsx), or the source its
 * source map carries when compiled (tsconfig.build.json sets inlineSources), so `npm run ask` and
 * `npm start` of the same code agree and share one cache. Without a map, the compiled file.
 */
async function moduleSource(folder: URL, name: string): Promise<{ name: string; text: string | Buffer }> {
  if (name.endsWith('.js')) {
    const map = await readFile(new URL(`${name}.map`, folder), 'utf8').catch(() => undefined);
    try {
      const { sources, sourcesContent } = JSON.parse(map ?? 'null') as { sources?: string[]; sourcesContent?: (string | null)[] };
      const source = sources?.length === 1 ? sources[0]?.split('/').pop() : undefined;
      const text = sourcesContent?.[0];
      if (source && typeof text === 'string') return { name: source, text };
    } catch {
      // an unreadable map: the compiled file below
    }
  }
  return { name, text: await readFile(new URL(name, folder)) };
}
