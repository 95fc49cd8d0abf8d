// MiniSearch's fuzzy term lookup (SearchableMap.fuzzyGet) over a copy of its radix tree held in
// typed arrays. MiniSearch walks a tree of Maps with string keys; for a word never seen before,
// after idle time has let other work evict that tree from the CPU caches, a walk at edit distance
// 2 took longer than the rest of the answer (bench/README.md). This walk is the same one: the same edges in the same order,
// the same Levenshtein rows with the same band and the same cut when a row exceeds the distance,
// so it finds the same terms with the same distances in the same order (test/search/fuzzyTrie.test.ts;
// compactEngineCheck.ts searches with a typo at start, so a MiniSearch whose tree differs is not used).

/** A radix tree node as SearchableMap keeps it: edge label -> child, '' -> the value of the term ending here. */
type TreeNode = Map<string, unknown>;

const LEAF = '';

export class FuzzyTrie {
  /** Per node, its items in key order: [itemsStart[node], itemsStart[node + 1]). */
  private readonly itemsStart: Int32Array;
  /** An item: >= 0 an edge index; < 0 a term ending at the node, -(term index + 1). */
  private readonly items: Int32Array;
  /** Per edge, its label in `chars`: [edgeStart[edge], edgeStart[edge + 1]), and the node it leads to. */
  private readonly edgeStart: Int32Array;
  private readonly edgeChild: Int32Array;
  private readonly chars: Uint16Array;
  private readonly terms: string[];
  /**
   * Per node, the shortest and longest term under it. A term is at least as many edits from the
   * query as their lengths differ, so a subtree whose terms are all too short or too long is not
   * walked: what it would have given is nothing, and the terms found and their order stay the
   * walk's. A long word no claim has (three edits and more) otherwise walked every short prefix.
   */
  private readonly shortest: Uint16Array;
  private readonly longest: Uint16Array;

  /** A copy of the tree under `root` (SearchableMap's `_tree`), read in its key order. */
  constructor(root: TreeNode) {
    const itemsStart: number[] = [];
    const items: number[] = [];
    const edgeStart: number[] = [];
    const edgeChild: number[] = [];
    const chars: number[] = [];
    const terms: string[] = [];
    // Nodes are numbered as visited; each node's items are written when it is visited, so a
    // node's items are contiguous. An edge's child is numbered when the walk reaches it.
    const pending: { node: TreeNode; prefix: string; edge: number }[] = [{ node: root, prefix: '', edge: -1 }];
    while (pending.length > 0) {
      const { node, prefix, edge } = pending.pop() as { node: TreeNode; prefix: string; edge: number };
      const id = itemsStart.length;
      if (edge >= 0) edgeChild[edge] = id;
      itemsStart.push(items.length);
      const children: { node: TreeNode; prefix: string; edge: number }[] = [];
      for (const [key, value] of node) {
        if (key === LEAF) {
          items.push(-(terms.length + 1));
          terms.push(prefix);
          continue;
        }
        const index = edgeStart.length;
        edgeStart.push(chars.length);
        edgeChild.push(-1);
        for (let i = 0; i < key.length; i++) chars.push(key.charCodeAt(i));
        items.push(index);
        children.push({ node: value as TreeNode, prefix: prefix + key, edge: index });
      }
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as { node: TreeNode; prefix: string; edge: number });
    }
    itemsStart.push(items.length);
    edgeStart.push(chars.length);
    this.itemsStart = Int32Array.from(itemsStart);
    this.items = Int32Array.from(items);
    this.edgeStart = Int32Array.from(edgeStart);
    this.edgeChild = Int32Array.from(edgeChild);
    this.chars = Uint16Array.from(chars);
    this.terms = terms;
    // A node's children are numbered after it: from the last node back, each child is done first.
    const nodes = itemsStart.length - 1;
    this.shortest = new Uint16Array(nodes).fill(0xffff);
    this.longest = new Uint16Array(nodes);
    for (let node = nodes - 1; node >= 0; node--) {
      let shortest = 0xffff;
      let longest = 0;
      for (let at = itemsStart[node] as number; at < (itemsStart[node + 1] as number); at++) {
        const item = items[at] as number;
        const child = item < 0 ? -1 : (edgeChild[item] as number);
        const low = item < 0 ? Math.min(0xffff, (terms[-item - 1] as string).length) : (this.shortest[child] as number);
        const high = item < 0 ? Math.min(0xffff, (terms[-item - 1] as string).length) : (this.longest[child] as number);
        if (low < shortest) shortest = low;
        if (high > longest) longest = high;
      }
      this.shortest[node] = shortest;
      this.longest[node] = longest;
    }
  }

  get termCount(): number {
    return this.terms.length;
  }

  /** The indexed terms within `maxDistance` edits of `query`, with their distances, in the order fuzzyGet gives them. */
  near(query: string, maxDistance: number): [string, number][] {
    const results: [string, number][] = [];
    const n = query.length + 1;
    const m = n + maxDistance;
    const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
    for (let j = 0; j < n; ++j) matrix[j] = j;
    for (let i = 1; i < m; ++i) matrix[i * n] = i;
    const codes = new Uint16Array(query.length);
    for (let j = 0; j < query.length; j++) codes[j] = query.charCodeAt(j);
    this.walk(0, codes, maxDistance, results, matrix, 1, n);
    return results;
  }

  /** SearchableMap's `recurse`, step for step. */
  private walk(node: number, query: Uint16Array, maxDistance: number, results: [string, number][], matrix: Uint8Array, m: number, n: number): void {
    const offset = m * n;
    const end = this.itemsStart[node + 1] as number;
    items: for (let at = this.itemsStart[node] as number; at < end; at++) {
      const item = this.items[at] as number;
      if (item < 0) {
        const distance = matrix[offset - 1] as number;
        if (distance <= maxDistance) results.push([this.terms[-item - 1] as string, distance]);
        continue;
      }
      const child = this.edgeChild[item] as number;
      const length = n - 1;
      if ((this.longest[child] as number) + maxDistance < length || (this.shortest[child] as number) > length + maxDistance) continue;
      let i = m;
      const charsEnd = this.edgeStart[item + 1] as number;
      for (let c = this.edgeStart[item] as number; c < charsEnd; ++c, ++i) {
        const char = this.chars[c] as number;
        const thisRowOffset = n * i;
        const prevRowOffset = thisRowOffset - n;
        let minDistance = matrix[thisRowOffset] as number;
        const jmin = Math.max(0, i - maxDistance - 1);
        const jmax = Math.min(n - 1, i + maxDistance);
        for (let j = jmin; j < jmax; ++j) {
          const different = char !== query[j] ? 1 : 0;
          const rpl = (matrix[prevRowOffset + j] as number) + different;
          const del = (matrix[prevRowOffset + j + 1] as number) + 1;
          const ins = (matrix[thisRowOffset + j] as number) + 1;
          const dist = (matrix[thisRowOffset + j + 1] = Math.min(rpl, del, ins));
          if (dist < minDistance) minDistance = dist;
        }
        if (minDistance > maxDistance) continue items;
      }
      this.walk(child, query, maxDistance, results, matrix, i, n);
    }
  }
}
