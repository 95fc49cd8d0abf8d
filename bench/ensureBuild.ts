// dist/ built from src/ before the bench runs the compiled bot (its starts, the load's child): at
// most once a process, so a run measures one build throughout. Each measurement asks for it (it may
// run alone); after the first ask the others get the same answer, and an edit to src/ during the
// run does not rebuild dist/ between two of its measurements.

import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** This process's build of each project folder. */
const builds = new Map<string, Promise<boolean>>();

/**
 * Builds dist/ (`npm run build`) when it is missing or older than a file in src/, once a process.
 * Resolves to whether this process built it. `root`: the project's folder (this one's by default).
 */
export function ensureBuild(root = ROOT): Promise<boolean> {
  let build = builds.get(root);
  if (!build) {
    build = buildIfStale(root);
    builds.set(root, build);
  }
  return build;
}

async function buildIfStale(root: string): Promise<boolean> {
  const built = await stat(join(root, 'dist', 'main.js')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built > 0 && (await newestMtime(join(root, 'src'))) <= built) return false;
  await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: root });
  return true;
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    // parentPath from Node 20.12 (package.json says >=20); path before it.
    if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath ?? entry.path, entry.name))).mtimeMs);
  }
  return newest;
}
