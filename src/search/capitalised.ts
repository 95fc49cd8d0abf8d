// A word with its first letter a capital ("new" -> "New"), as a name or a sentence's first word is
// written: one place for the readings that write a word so (swappedLetters.ts, initialsOfNames.ts,
// superlativeNames.ts, warmUpQuestions.ts).

/** The word with its first letter (its first UTF-16 unit) in upper case, the rest as it is. */
export function capitalised(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
