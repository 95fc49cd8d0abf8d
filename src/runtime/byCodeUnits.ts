// One order for strings wherever an order must not depend on the machine: by UTF-16 code units,
// as `<` compares them (what Array.prototype.sort does with no comparator). localeCompare would
// follow the locale and the ICU data Node was built with; ids, file names and terms sorted for a
// hash, a cache key or a tie must sort alike everywhere.

/** Compares two strings by their UTF-16 code units: a comparator for sort. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
