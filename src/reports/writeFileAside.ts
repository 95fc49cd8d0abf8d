// Writes a file whole or not at all: the bytes go to a temporary file beside it, which is then
// renamed over it, so a crash or a second bot writing at once never leaves half a file. Used for
// the parsed-report cache's shards and the index snapshot.

import { open, rename } from 'node:fs/promises';

export async function writeFileAside(file: string, parts: readonly (string | Uint8Array)[]): Promise<void> {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writev(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}
