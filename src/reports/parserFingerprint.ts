// A fingerprint of the code that turns report files into ParseResults: the report modules' source
// and the locked dependency versions. Cached parse results made by other code are stale.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';

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
  const names = (await readdir(folder)).filter((name) => /\.[cm]?[jt]s$/.test(name)).sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(await readFile(new URL(name, folder)));
  }
  const lock = await readFile(LOCK_FILE).catch(() => undefined);
  if (lock) hash.update(lock);
  return hash.digest('hex').slice(0, 32);
}
