// Symbolic links in the reports folder are treated the same at start and live: followed wherever
// they point; one that loops, points at a folder or at nothing is named as not served.

import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportsWatcher } from '../../src/reports/watchReports.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { Library } from '../../src/library/library.js';
import { startLiveReload } from '../../src/library/liveReload.js';
import { eventually } from '../support/eventually.js';
import { reportText } from '../support/reportText.js';

let scratch: string;
let watcher: ReportsWatcher | undefined;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-links-'));
  await mkdir(join(scratch, 'elsewhere'));
  await writeFile(join(scratch, 'elsewhere', 'otters.md'), reportText('Otters', ['Sea otters use rocks as tools.']));
});
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await rm(scratch, { recursive: true, force: true });
});

/** Links of every kind, made in `dir`. */
async function makeLinks(dir: string): Promise<void> {
  await symlink(join(scratch, 'elsewhere', 'otters.md'), join(dir, 'outside.md'));
  await symlink(join(dir, 'loop.md'), join(dir, 'loop.md'));
  await symlink(join(scratch, 'elsewhere'), join(dir, 'folder.md'));
  await symlink(join(scratch, 'nowhere.md'), join(dir, 'dangling.md'));
}

const EXPECTED_ERRORS = [
  { file: 'dangling.md', reason: 'cannot be read: a symbolic link to nothing, or the file went while being read (ENOENT)' },
  { file: 'folder.md', reason: 'cannot be read: a folder, not a file (EISDIR)' },
  { file: 'loop.md', reason: 'cannot be read: a symbolic link that loops (ELOOP)' },
];

describe('symbolic links in the reports folder', () => {
  it('at start: a link to a report outside the folder is served; broken links are named', async () => {
    const dir = join(scratch, 'reports');
    await mkdir(dir);
    await makeLinks(dir);
    const library = Library.from(await loadReports(dir));
    expect(library.reports.map((r) => r.id)).toEqual(['outside']);
    expect(library.errors).toEqual(EXPECTED_ERRORS);
  });

  it('added while running: the same, and a link removed is forgotten', async () => {
    const dir = join(scratch, 'reports');
    await mkdir(dir);
    const library = Library.from(await loadReports(dir));
    watcher = startLiveReload(library, dir, { settleMs: 50, maxWaitMs: 300 });
    await makeLinks(dir);
    await eventually(() => {
      expect(library.reports.map((r) => r.id)).toEqual(['outside']);
      expect(library.errors).toEqual(EXPECTED_ERRORS);
    });
    await rm(join(dir, 'loop.md'));
    await eventually(() => expect(library.errors.map((e) => e.file)).toEqual(['dangling.md', 'folder.md']));
  });

  it('a real folder named like a report is not a report, at start or live', async () => {
    const dir = join(scratch, 'reports');
    await mkdir(join(dir, 'drafts.md'), { recursive: true });
    const library = Library.from(await loadReports(dir));
    expect(library.errors).toEqual([]);
    watcher = startLiveReload(library, dir, { settleMs: 50, maxWaitMs: 300 });
    await mkdir(join(dir, 'more.md'));
    await writeFile(join(dir, 'zz.md'), reportText('Marker', ['Marker claim after the folder.']));
    await eventually(() => expect(library.report('zz')).toBeDefined());
    expect(library.errors).toEqual([]);
  });
});
