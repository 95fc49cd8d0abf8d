import { describe, expect, it } from 'vitest';
import { PostingList } from '../../src/search/postingList.js';

/** A small seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const sorted = (map: Map<number, number>): [number, number][] => [...map].sort((a, b) => a[0] - b[0]);

describe('PostingList', () => {
  it('answers as a Map does through a long run of adds, updates and removals', () => {
    const next = random(7);
    const list = new PostingList();
    const map = new Map<number, number>();
    let nextId = 0;
    for (let step = 0; step < 20_000; step++) {
      const roll = next();
      if (roll < 0.55) {
        // as MiniSearch adds: a new claim (the next short id), or the same claim again
        const id = next() < 0.8 ? nextId++ : Math.max(0, nextId - 1);
        list.set(id, (list.get(id) ?? 0) + 1);
        map.set(id, (map.get(id) ?? 0) + 1);
      } else if (roll < 0.7) {
        const id = Math.floor(next() * (nextId + 5));
        expect(list.delete(id)).toBe(map.delete(id));
      } else if (roll < 0.8) {
        // out of order, as after a report is removed and another put in its place
        const id = Math.floor(next() * (nextId + 5));
        const frequency = 1 + Math.floor(next() * 9);
        list.set(id, frequency);
        map.set(id, frequency);
      } else {
        const id = Math.floor(next() * (nextId + 5));
        expect(list.get(id)).toBe(map.get(id));
        expect(list.has(id)).toBe(map.has(id));
      }
      expect(list.size).toBe(map.size);
    }
    expect([...list]).toEqual(sorted(map));
    expect([...list.keys()]).toEqual(sorted(map).map(([id]) => id));
    expect([...list.values()]).toEqual(sorted(map).map(([, f]) => f));
    const seen: [number, number][] = [];
    list.forEach((frequency, id) => seen.push([id, frequency]));
    expect(seen).toEqual(sorted(map));
    expect([...list.idArray()]).toEqual(sorted(map).map(([id]) => id));
  });

  it('visits each id once when ids are removed or added during a walk, as a Map iterator does', () => {
    const list = new PostingList();
    for (const id of [1, 3, 5, 7, 9, 11]) list.set(id, id);
    const visited: number[] = [];
    for (const id of list.keys()) {
      visited.push(id);
      if (id === 3) list.delete(3); // the one being visited (MiniSearch drops discarded claims so)
      if (id === 5) list.delete(9); // one ahead
      if (id === 7) list.set(8, 1); // one added ahead
    }
    expect(visited).toEqual([1, 3, 5, 7, 8, 11]);
    expect([...list.keys()]).toEqual([1, 5, 7, 8, 11]);
  });

  it('reads each frequency in order while walking the ids, and after jumps', () => {
    const list = new PostingList();
    for (let id = 0; id < 1000; id += 3) list.set(id, (id % 7) + 1);
    for (const id of list.keys()) expect(list.get(id)).toBe((id % 7) + 1);
    expect(list.get(999)).toBe((999 % 7) + 1);
    expect(list.get(3)).toBe(4);
    expect(list.get(4)).toBeUndefined();
    expect(list.get(5000)).toBeUndefined();
  });

  it('keeps frequencies in 16 bits, counting a word repeated more often as that often', () => {
    const list = new PostingList();
    list.set(1, 70_000);
    expect(list.get(1)).toBe(65_535);
  });

  it('drops ids by ranges as retain drops them by a test, and takes postings appended after its last', () => {
    const next = random(11);
    for (let round = 0; round < 200; round++) {
      const byRanges = new PostingList();
      const byTest = new PostingList();
      let id = 0;
      const size = Math.floor(next() * 60);
      for (let i = 0; i < size; i++) {
        id += 1 + Math.floor(next() * 4);
        const frequency = 1 + Math.floor(next() * 5);
        byRanges.set(id, frequency);
        byTest.set(id, frequency);
      }
      const ranges: number[] = [];
      for (let start = Math.floor(next() * 10); start < id + 10; start += 2 + Math.floor(next() * 30)) {
        const end = start + 1 + Math.floor(next() * 12);
        ranges.push(start, end);
        start = end;
      }
      const dropped = (n: number): boolean => ranges.some((bound, i) => i % 2 === 0 && n >= bound && n < (ranges[i + 1] as number));
      const before = byTest.size;
      byTest.retain((n) => !dropped(n));
      expect(byRanges.dropRanges(ranges)).toBe(byTest.size < before);
      expect([...byRanges]).toEqual([...byTest]);
      // Appended after a drop: into the room the dropped postings left, or grown.
      const appended = PostingList.from(new Map(Array.from({ length: Math.floor(next() * 40) }, (_, i): [number, number] => [i * 2, 1 + (i % 3)])));
      byRanges.appendShifted(appended, id + 1);
      for (const [n, frequency] of appended) byTest.set(n + id + 1, frequency);
      expect([...byRanges]).toEqual([...byTest]);
      expect(byRanges.get(id + 1)).toBe(appended.size > 0 ? 1 : undefined);
    }
  });

  it('refuses postings appended before its last', () => {
    const list = PostingList.from(new Map([[5, 1], [9, 2]]));
    expect(() => list.appendShifted(new Map([[0, 1]]), 9)).toThrow(/after those held/);
    expect([...list]).toEqual([[5, 1], [9, 2]]);
  });

  it('packs lists with arrays of their own into shared ones, each list then answering and changing as before', () => {
    const next = random(11);
    const maps = Array.from({ length: 40 }, () => {
      const map = new Map<number, number>();
      let id = 0;
      for (let n = Math.floor(next() * 30); n > 0; n--) map.set((id += 1 + Math.floor(next() * 5)), 1 + Math.floor(next() * 9));
      return map;
    });
    const lists = maps.map((map) => PostingList.from(map));
    const loaded = new PostingList(new Uint32Array([0, 3, 8]).subarray(1), new Uint16Array([0, 1, 2]).subarray(1)); // a snapshot's view: left as it is
    PostingList.pack([...lists, loaded]);
    expect(new Set(lists.map((list) => list.idArray().buffer)).size).toBe(1);
    expect(lists.reduce((size, list) => size + list.idArray().length, 0)).toBe(lists[0]?.idArray().buffer.byteLength! / 4);
    lists.forEach((list, i) => expect([...list]).toEqual(sorted(maps[i] as Map<number, number>)));
    expect([...loaded]).toEqual([[3, 1], [8, 2]]);
    expect(loaded.idArray().buffer.byteLength).toBe(12);
    // Growing, inserting, deleting one list leaves its neighbours in the shared arrays untouched.
    lists.forEach((list, i) => {
      const map = maps[i] as Map<number, number>;
      const id = (Math.max(0, ...map.keys()) + 1) * 2;
      list.set(id, 4).set(1, 2);
      map.set(id, 4).set(1, 2);
      const first = [...map.keys()].find((key) => key !== 1);
      if (first !== undefined) expect(list.delete(first)).toBe(map.delete(first));
    });
    lists.forEach((list, i) => expect([...list]).toEqual(sorted(maps[i] as Map<number, number>)));
  });
});
