// `npx tsx scripts/importGraph.ts [--files]`: which folders of src/ import which, from the import
// statements themselves, so anyone can check that dependencies flow one way
// (reports -> library -> search -> answer -> render -> slack | cli). With --files, file-level edges.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', 'src');
const byFile = process.argv.includes('--files');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `src/slack/listeners/actions/x.ts` -> `slack`; files at the top of src/ are their own node. */
function nodeOf(file: string): string {
  const rel = relative(root, file);
  if (byFile) return rel.replace(/\.ts$/, '');
  const [first, second] = rel.split('/');
  if (second === undefined) return (first as string).replace(/\.ts$/, '');
  return first === 'render' && second === 'slack' ? 'render/slack' : (first as string);
}

const edges = new Map<string, Set<string>>();
for (const file of sourceFiles(root)) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts'));
    const from = nodeOf(file);
    const to = nodeOf(target);
    if (from === to) continue;
    const targets = edges.get(from) ?? new Set<string>();
    targets.add(to);
    edges.set(from, targets);
  }
}
for (const [from, targets] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${from} -> ${[...targets].sort().join(', ')}`);
}
