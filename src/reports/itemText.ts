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

// The label is read by a scanner that gives what the regular expression
// /^(?:(?:\*\*|__)\s*([^*_:\n]{1,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)|([A-Za-z][A-Za-z ]{0,39}?)\s*:)\s*/
// gives (`**Claim**: x`, `**Claim:** x`, `__Claim__: x`, or a plain `Relevant quote: x`), but looks at
// each whitespace run once: the expression could split a run between its parts in many ways, so an
// item of `**` and a long run of spaces took minutes.
const MAX_LABEL = 40;
const WHITESPACE = /\s*/y;

/** `raw`: the paragraph's source, folded (foldLines). */
export function labelOf(raw: string): ItemText {
  const match = scanLabel(raw);
  const labelText = match ? match.label.replace(/\s+/g, ' ').trim() : '';
  return { label: labelText.toLowerCase(), labelText, text: match ? raw.slice(match.end).trim() : raw };
}

interface LabelMatch {
  label: string;
  /** Where the label, its markup and the whitespace after them end. */
  end: number;
}

function scanLabel(raw: string): LabelMatch | undefined {
  const skip = whitespaceSkipper(raw);
  if (isMarker(raw, 0)) {
    const from = 2;
    const start = skip(from);
    // The shortest label from the first non-space character that a closing marker follows.
    for (let end = start + 1; end <= start + MAX_LABEL && end <= raw.length; end++) {
      if (!isMarkedLabelChar(raw[end - 1] as string)) break;
      const closed = closingEnd(raw, skip(end), skip);
      if (closed !== undefined) return { label: raw.slice(start, end), end: skip(closed) };
    }
    // Else a label of one whitespace character, the last one on its line, as in `** :**`.
    let blank = start - 1;
    while (blank >= from && raw[blank] === '\n') blank--;
    if (blank < from) return undefined;
    const closed = closingEnd(raw, start, skip);
    return closed === undefined ? undefined : { label: raw.slice(blank, blank + 1), end: skip(closed) };
  }
  if (!/^[A-Za-z]/.test(raw)) return undefined;
  for (let end = 1; end <= MAX_LABEL && end <= raw.length; end++) {
    if (end > 1 && !/[A-Za-z ]/.test(raw[end - 1] as string)) break;
    const colon = skip(end);
    if (raw[colon] === ':') return { label: raw.slice(0, end), end: skip(colon + 1) };
  }
  return undefined;
}

/** After the label: `:**`, `: __`, `**:` or `__ :`; where that ends, or undefined. */
function closingEnd(raw: string, at: number, skip: (from: number) => number): number | undefined {
  if (raw[at] === ':') {
    const marker = skip(at + 1);
    return isMarker(raw, marker) ? marker + 2 : undefined;
  }
  if (isMarker(raw, at)) {
    const colon = skip(at + 2);
    return raw[colon] === ':' ? colon + 1 : undefined;
  }
  return undefined;
}

function isMarker(raw: string, at: number): boolean {
  return raw.startsWith('**', at) || raw.startsWith('__', at);
}

function isMarkedLabelChar(char: string): boolean {
  return char !== '*' && char !== '_' && char !== ':' && char !== '\n';
}

/** Where the whitespace run at `from` ends; each run is scanned once, however often it is asked. */
function whitespaceSkipper(raw: string): (from: number) => number {
  let runStart = -1;
  let runEnd = -1;
  return (from) => {
    if (from > runStart && from <= runEnd) return runEnd;
    WHITESPACE.lastIndex = from;
    WHITESPACE.exec(raw);
    runStart = from;
    runEnd = WHITESPACE.lastIndex;
    return runEnd;
  };
}

/** A paragraph wrapped over several indented lines reads as one line. */
export function foldLines(text: string): string {
  // Each line break and the spaces and tabs around it become one space. Split, not a regular
  // expression: /[ \t]*\n[ \t]*/g tried a long run of spaces again from every position in it.
  return text
    .split('\n')
    .map((line, i, lines) => {
      const start = i === 0 ? 0 : spacesEnd(line);
      return line.slice(start, i === lines.length - 1 ? line.length : Math.max(start, spacesStart(line)));
    })
    .join(' ')
    .trim();
}

function isSpaceOrTab(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/** Where the spaces and tabs at the line's start end. */
function spacesEnd(line: string): number {
  let end = 0;
  while (isSpaceOrTab(line[end])) end++;
  return end;
}

/** Where the spaces and tabs at the line's end start. */
function spacesStart(line: string): number {
  let start = line.length;
  while (start > 0 && isSpaceOrTab(line[start - 1])) start--;
  return start;
}
