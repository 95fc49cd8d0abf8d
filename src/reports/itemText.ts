// An item's first paragraph as report code reads it: line wraps folded, the label ("**Claim**:",
// "Relevant quote:") split from the text. Shared by the remark reading (markdownItems.ts) and the
// line scanner (fastListItems.ts), so both give the same items.

export interface ItemText {
  /** Lowercased label without markup, e.g. "claim", "relevant quote"; "" when unlabelled. */
  label: string;
  /** The label as written, without markup: "Relevant quote". */
  labelText: string;
  /** The paragraph after its label. */
  text: string;
}

// `**Claim**: x`, `**Claim:** x`, `__Claim__: x`, or a plain `Relevant quote: x`.
const LABEL = /^(?:(?:\*\*|__)\s*([^*_:\n]{1,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)|([A-Za-z][A-Za-z ]{0,39}?)\s*:)\s*/;

/** `raw`: the paragraph's source, folded (foldLines). */
export function labelOf(raw: string): ItemText {
  const match = LABEL.exec(raw);
  const labelText = match ? (match[1] ?? match[2] ?? '').replace(/\s+/g, ' ').trim() : '';
  return { label: labelText.toLowerCase(), labelText, text: match ? raw.slice(match[0].length).trim() : raw };
}

/** A paragraph wrapped over several indented lines reads as one line. */
export function foldLines(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ').trim();
}
