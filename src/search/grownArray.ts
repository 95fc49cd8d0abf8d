// Typed arrays filled an entry at a time grow by copying, at least doubling each time so that the
// copies cost amortised constant time per entry (posting lists grow by less: postingList.ts).

type NumberArray = Int32Array | Uint32Array | Uint8Array | Float32Array;

/** A copy of `array` of the same kind, at least `size` long and twice as long; zeros after its values. */
export function grownArray<A extends NumberArray>(array: A, size: number): A {
  const copy = new (array.constructor as new (length: number) => A)(Math.max(size, array.length * 2));
  copy.set(array);
  return copy;
}
