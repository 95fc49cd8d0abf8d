// A word written with a hyphen ("grown-ups", "full-grown", "hush-hush") is two words to the
// tokenizer, and WordNet writes such a word with its hyphen or solid ("full-grown", "grownup"),
// not with the underscore of its phrases ("hold_up", which phrases are looked up by): which of a
// question's words were written joined by a hyphen, and how WordNet may spell them.

/** A hyphen between two words: the ASCII one, Unicode's hyphen and its non-breaking form. */
const HYPHENS = '-\u2010\u2011';

/**
 * The places i of `words` (tokenize's words of `text`, in order) where words[i] and words[i + 1]
 * were written with one hyphen between them and nothing else ("grown-ups"; not "grown - ups").
 */
export function hyphenatedPairs(text: string, words: readonly string[]): ReadonlySet<number> {
  if (!HYPHEN_IN.test(text)) return NONE;
  const pairs = new Set<number>();
  let from = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const at = text.indexOf(words[i] as string, from);
    if (at < 0) break;
    const end = at + (words[i] as string).length;
    if (HYPHENS.includes(text[end] ?? ' ') && text.startsWith(words[i + 1] as string, end + 1)) pairs.add(i);
    from = end;
  }
  return pairs;
}

/** The spellings WordNet may give two words written with a hyphen, the likelier first: with the hyphen, then solid. */
export function hyphenatedSpellings(parts: readonly string[]): [withHyphen: string, solid: string] {
  return [parts.join('-'), parts.join('')];
}

const HYPHEN_IN = new RegExp(`[${HYPHENS}]`);
const NONE: ReadonlySet<number> = new Set();
