// A report file over the size limit is refused before its bytes are read; one within it is read.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/reports/readReportFile.js';
import { markUnread, readsAreRecorded, wasRead } from '../support/accessTime.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.runIf(readsAreRecorded)('readReportFile (told by the files’ access times)', () => {
  it('refuses a file over the limit without reading its bytes', async () => {
    await writeFile(join(dir, 'dump.md'), 'x'.repeat(5000));
    markUnread(join(dir, 'dump.md'));
    expect(await readReportFile(dir, 'dump.md', 1000)).toEqual({
      ok: false,
      error: { file: 'dump.md', reason: 'too large to be a report: 5 KB, over the limit of 1 KB per file (MAX_REPORT_BYTES)' },
    });
    expect(wasRead(join(dir, 'dump.md'))).toBe(false);
  });

  it('reads a file within the limit (what the access time shows)', async () => {
    await writeFile(join(dir, 'report.md'), 'x'.repeat(500));
    markUnread(join(dir, 'report.md'));
    expect(await readReportFile(dir, 'report.md', 1000)).toMatchObject({ name: 'report.md' });
    expect(wasRead(join(dir, 'report.md'))).toBe(true);
  });
});
