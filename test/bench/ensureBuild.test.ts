// The bench's build of dist/ before it runs the compiled bot, over a project of its own in a scratch
// folder (its `npm run build` writes dist/main.js and counts its runs): once a process, so one bench
// run measures one build, even when src/ changes during it.

import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../bench/ensureBuild.js';

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** A project whose build writes dist/main.js and adds a line to `builds` each time it runs. */
async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-bot-ensure-build-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'main.ts'), 'export {};\n');
  const build = "const fs = require('node:fs'); fs.mkdirSync('dist', { recursive: true }); fs.writeFileSync('dist/main.js', ''); fs.appendFileSync('builds', 'built\\n');";
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'p', private: true, scripts: { build: `node -e "${build}"` } }));
  return dir;
}

const buildsIn = async (dir: string): Promise<number> => (await readFile(join(dir, 'builds'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

describe('ensureBuild', () => {
  it('builds a project with no dist/ once a process, however often asked, and says so each time', async () => {
    root = await project();
    expect(await ensureBuild(root)).toBe(true);
    // src/ edited during the run, after the build (its time set a minute on): a second build would measure other code.
    const later = new Date(Date.now() + 60_000);
    await writeFile(join(root, 'src', 'main.ts'), 'export const edited = 1;\n');
    await utimes(join(root, 'src', 'main.ts'), later, later);
    expect(await Promise.all([ensureBuild(root), ensureBuild(root)])).toEqual([true, true]);
    expect(await buildsIn(root)).toBe(1);
  });

  it('does not build a project whose dist/ is newer than its src/', async () => {
    root = await project();
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'dist', 'main.js'), '');
    const earlier = new Date(Date.now() - 60_000);
    await utimes(join(root, 'src', 'main.ts'), earlier, earlier);
    expect(await ensureBuild(root)).toBe(false);
    expect(await ensureBuild(root)).toBe(false);
    expect(await buildsIn(root)).toBe(0);
  });
});
