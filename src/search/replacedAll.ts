// A text with each pattern of a table replaced in the table's order: how chat's contractions
// (chatQuestion.ts spelledOut) and shorthand (chatShorthand.ts) are spelled out, each entry reading
// the text the entries before it left.

/** The text with each pattern of the table replaced by its replacement, in the table's order. */
export function replacedAll(text: string, table: readonly (readonly [RegExp, string])[]): string {
  let replaced = text;
  for (const [pattern, replacement] of table) replaced = replaced.replace(pattern, replacement);
  return replaced;
}
