// Memory for what search works out per word (stems, WordNet entries, expansions): words repeat,
// so each is worked out once, and a bound keeps an endless stream of new words from growing it.

/** A Map that forgets everything it holds when a new entry would pass `max`: simple, and the words that matter come back at once. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max) this.clear();
    return super.set(key, value);
  }
}
