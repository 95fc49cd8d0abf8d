import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface ClassMaps {
  kind: string;
  kept: number;
  sameMap: boolean;
}

function keptShapeMaps(): Promise<ClassMaps[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--allow-natives-syntax', '--expose-gc', '--import', 'tsx', 'test/fixtures/runtime/keptShapeMaps.ts'],
      { cwd: ROOT, env: { ...process.env, REPORTS_DIR: '' } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(stdout.trim().split('\n').map((line) => JSON.parse(line) as ClassMaps));
      },
    );
  });
}

describe('keptShapes', () => {
  // A kept instance keeps a map through a full GC only if it is the map the answer path's
  // instances have: a field added in another order, or of another representation, would leave it
  // keeping a map nothing uses. V8's %HaveSameMap says, in a child process run with natives syntax.
  it('keeps an instance of each of the answer path\'s per-answer classes, with the map the answer path\'s instances have after a full GC', async () => {
    const maps = await keptShapeMaps();
    expect(maps.map((map) => map.kind)).toEqual(['ClaimKeySet', 'ClaimKeySet', 'ClaimKeySet', 'ClaimSentence', 'TextBudget', 'SearchableMap', 'TreeIterator']);
    for (const map of maps) {
      expect(map.kept, map.kind).toBeGreaterThan(0);
      expect(map.sameMap, map.kind).toBe(true);
    }
  }, 60_000);
});
