// Claims' vectors on disk, beside the report cache, so a restart or a live edit embeds only the
// texts that changed. One file per model (the model's name is in the file name and its header, so
// a model change embeds everything again); vectors are keyed by a hash of the text embedded.
// Format: a 4-byte little-endian header length, a JSON header {format, model, dimensions, hashes},
// then the vectors as little-endian float32, in the order of `hashes`.

import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAside } from '../../reports/writeFileAside.js';

const FORMAT = 1;

export interface CachedVectors {
  dimensions: number;
  byHash: Map<string, Float32Array>;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

export function vectorCacheFileOf(cacheFolder: string, model: string): string {
  return join(cacheFolder, `embeddings-${createHash('sha256').update(model).digest('hex').slice(0, 16)}.bin`);
}

/** The vectors saved for `model`; null when there are none, or the file is unreadable (it is then rewritten). */
export async function readVectorCache(file: string, model: string): Promise<CachedVectors | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  try {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as { format?: unknown; model?: unknown; dimensions?: unknown; hashes?: unknown };
    const { dimensions, hashes } = header;
    if (header.format !== FORMAT || header.model !== model || typeof dimensions !== 'number' || !Array.isArray(hashes)) return null;
    const start = 4 + headerLength;
    if (bytes.length !== start + hashes.length * dimensions * 4) return null;
    const byHash = new Map<string, Float32Array>();
    hashes.forEach((hash: unknown, i) => {
      const vector = new Float32Array(dimensions);
      for (let d = 0; d < dimensions; d++) vector[d] = bytes.readFloatLE(start + (i * dimensions + d) * 4);
      byHash.set(String(hash), vector);
    });
    return { dimensions, byHash };
  } catch {
    return null;
  }
}

export async function writeVectorCache(file: string, model: string, vectors: CachedVectors): Promise<void> {
  const hashes = [...vectors.byHash.keys()];
  const header = Buffer.from(JSON.stringify({ format: FORMAT, model, dimensions: vectors.dimensions, hashes }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  const body = Buffer.alloc(hashes.length * vectors.dimensions * 4);
  let offset = 0;
  for (const vector of vectors.byHash.values()) for (const x of vector) offset = body.writeFloatLE(x, offset);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFileAside(file, [length, header, body]);
}
