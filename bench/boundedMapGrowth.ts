// What a per-word memory's set costs as it fills: BoundedMap (src/search/boundedMap.ts, its
// entries spread over small Maps) against one Map forgotten when full (what BoundedMap was until
// the fifteenth session), filled from empty with the generated corpus's sentences, word pairs and
// words, at the bounds search uses. Each set is timed in nine fills and its least time kept (what
// the set costs itself, not the machine's other work); then the largest, the sets over 0.2 ms and
// the sum, and a get of each key in another order. One kind of map per process, so the calls
// timed see one class, as search's do.
// `npx tsx bench/boundedMapGrowth.ts [bounded|one]` (run the bench once first: it writes the corpus).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BoundedMap, type BoundedMemory } from '../src/search/boundedMap.js';
import { CORPUS_ROOT, DEFAULT_SEED } from './generateCorpus.js';

/** One Map that forgets everything it holds when a new entry would pass `max`. */
class OneMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max) this.clear();
    return super.set(key, value);
  }
}

const folder = readdirSync(CORPUS_ROOT).find((name) => name.startsWith(`reports-2000-seed${DEFAULT_SEED}`));
if (!folder) throw new Error(`no 2,000-report corpus under ${CORPUS_ROOT}: run the bench once first`);
const dir = join(CORPUS_ROOT, folder);
const text = readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
/** A copy of its own: keys cut from the corpus text would read their characters from all of it, where search's are strings of their own. */
const own = (key: string): string => JSON.parse(JSON.stringify(key)) as string;
const words = [...new Set(text.toLowerCase().match(/[a-z][a-z-]+/g) ?? [])].map(own);
const sentences = [...new Set(text.split(/(?<=[.!?])\s+/))].map(own);
const pairs: string[] = [];
for (let i = 0; i < words.length && pairs.length < 250_000; i++) for (let j = i + 1; j < i + 6; j++) pairs.push(own(`${words[i]} ${words[j]}`));

/** The keys in another order (a fixed one): gets in the order of the sets would favour one Map, whose entries lie in that order. */
function shuffled(keys: readonly string[]): string[] {
  const out = [...keys];
  let seed = 1;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

function measure(make: () => BoundedMemory<string, number>, keys: readonly string[]): string {
  const asked = shuffled(keys);
  const least = new Float64Array(keys.length).fill(Number.POSITIVE_INFINITY);
  let getNs = Number.POSITIVE_INFINITY;
  for (let fill = 0; fill < 9; fill++) {
    const map = make();
    for (let i = 0; i < keys.length; i++) {
      const start = process.hrtime.bigint();
      map.set(keys[i] as string, i);
      const ns = Number(process.hrtime.bigint() - start);
      if (ns < (least[i] as number)) least[i] = ns;
    }
    let found = 0;
    const start = process.hrtime.bigint();
    for (const key of asked) if (map.get(key) !== undefined) found++;
    getNs = Math.min(getNs, Number(process.hrtime.bigint() - start) / keys.length);
    if (found === 0) throw new Error('nothing found');
  }
  let largest = 0;
  let over = 0;
  let sum = 0;
  for (const ns of least) {
    sum += ns;
    largest = Math.max(largest, ns);
    if (ns > 200_000) over++;
  }
  return `${(largest / 1000).toFixed(0)} µs | ${over} | ${(sum / 1e6).toFixed(1)} ms | ${getNs.toFixed(0)} ns`;
}

const kind = process.argv[2] ?? 'bounded';
if (kind !== 'bounded' && kind !== 'one') throw new Error('usage: boundedMapGrowth.ts [bounded|one]');
console.log(`${words.length} words, ${sentences.length} sentences, ${pairs.length} word pairs from ${dir}`);
console.log('| keys | map | largest set | sets over 0.2 ms | all sets | a get |');
console.log('|---|---|---|---|---|---|');
for (const [name, keys, max] of [
  ['sentences, bound 20,000', sentences.slice(0, 45_000), 20_000],
  ['words and word pairs, bound 50,000', words.concat(pairs).slice(0, 100_000), 50_000],
  ['word pairs, bound 200,000', pairs, 200_000],
] as const) {
  const label = `${keys.length.toLocaleString('en')} ${name}`;
  if (kind === 'one') console.log(`| ${label} | one Map | ${measure(() => new OneMap(max), keys)} |`);
  else console.log(`| ${label} | BoundedMap | ${measure(() => new BoundedMap(max), keys)} |`);
}
