// V8 gives objects of one layout a hidden class (a map), and compiled code checks for the maps it
// has met. The map of a class's instances (their fields added by the constructor) is reached from
// the class only weakly, so a full garbage collection frees it once no instance is left, and
// throws away the compiled code that checks for it; the next instance gets a new map, and that
// code is compiled again. The answer path's per-answer objects (a claim's key set and sentence, a
// message's text budget) are all gone between two questions, so every full GC made the answers
// after it slower until their code was compiled again (bench/README.md, fourteenth session). One
// instance of each such class, kept for the life of the process, keeps its map.

const kept: object[] = [];

/** Keeps `instance`, and so its map, alive for the life of the process; returns it. */
export function keepShape<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}

/**
 * The instances kept, in the order kept: a kept instance helps only while it shares its map with
 * the instances the answer path makes (test/runtime/keptShapes.test.ts checks that it does).
 */
export function keptInstances(): readonly object[] {
  return kept;
}
