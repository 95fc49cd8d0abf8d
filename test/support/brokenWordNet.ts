// WordNet's files as installed, but one of them missing: the index files are read (a word is
// found) and a read of the missing file fails part-way through a lookup (ENOENT), as on a damaged
// install. Real files on disk, not a stand-in reader.

import { mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { WordNet, wordnetDbDir } from '../../src/search/wordnet/wordNet.js';

/** A reader of WordNet's installed files, linked into `scratch`/dict, all but `missing` ("data.verb"; null: all). */
export async function wordNetWithout(scratch: string, missing: string | null): Promise<WordNet> {
  const dir = join(scratch, 'dict');
  await mkdir(dir);
  for (const name of await readdir(wordnetDbDir())) {
    if (name !== missing) await symlink(join(wordnetDbDir(), name), join(dir, name));
  }
  return new WordNet(dir);
}
