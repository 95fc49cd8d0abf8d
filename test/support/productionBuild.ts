// A production copy of the project in a temp folder: package.json, the lockfile and .npmrc, the
// installed node_modules (linked), and dist/ compiled from the current source with the build's
// tsconfig. Tests run `npm start` and `node dist/...` there, so they test this source, not
// whatever dist/ the checkout last built.

import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ProductionBuild {
  dir: string;
  remove(): Promise<void>;
}

/** Compiles src/ into `<temp>/dist`; about 10-30 s on a busy 2-core machine. */
export async function productionBuild(): Promise<ProductionBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'report-bot-build-'));
  for (const file of ['package.json', 'package-lock.json', '.npmrc']) await copyFile(join(ROOT, file), join(dir, file));
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(dir, 'dist')], { cwd: ROOT });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
