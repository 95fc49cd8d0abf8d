// Whether a file's bytes were read, told by its access time: a read moves it forward when it is
// older than the file's last change (Linux's default, relatime); opening a file or asking its size
// does not. Some machines never record reads (noatime): `readsAreRecorded` says whether this one
// does, by trying, so a test can say it cannot tell rather than pass either way.

import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LONG_AGO = new Date('2001-01-01T00:00:00Z');

/** Sets the file's access time long before its last change, so that the next read moves it. */
export function markUnread(path: string): void {
  utimesSync(path, LONG_AGO, statSync(path).mtime);
}

/** Whether the file's bytes were read since markUnread. */
export function wasRead(path: string): boolean {
  return statSync(path).atimeMs > LONG_AGO.getTime();
}

/** Whether reads are recorded on the file system of the temp folder (where tests write reports). */
export const readsAreRecorded: boolean = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'report-bot-atime-'));
  try {
    const file = join(dir, 'probe.md');
    writeFileSync(file, 'probe');
    markUnread(file);
    if (wasRead(file)) return false;
    readFileSync(file);
    return wasRead(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
