// The years of a decade a question names, searched for it: a claim dates what happened by its year
// ("A 1994 computer reconstruction" answers "what did imaging work in the 90s conclude", "took
// control of SMH in 1985" "…in the mid 80s") as often as by its decade ("in the 1980s"). "Early",
// "mid" or "late" before the decade narrow it to its first, middle or last years. A decade as
// the claims write it: a clipped one or one in words is spelled out by now (chatQuestion.ts
// spelledOut: "the 90s", "the late nineties"). Not a century ("the 1800s", "the 1900s"): a decade's
// third digit is not 0, but for the 2000s, which are a decade.

/** A decade: its first three digits (the 1990s: 199). */
const DECADE = /^(1[5-9][1-9]|20[0-9])0s$/u;

/** The decade's years each word before it leaves, as the last digits: "the late 1990s" 1995-1999. */
const PART_OF_DECADE: Record<string, readonly number[]> = {
  early: [0, 1, 2, 3, 4],
  mid: [3, 4, 5, 6, 7],
  late: [5, 6, 7, 8, 9],
};
const WHOLE_DECADE: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** A year searched for a decade: its index key, and the decade's (the question word it stands for). */
export interface DecadeYear {
  term: string;
  source: string;
}

/** The years of each decade among the words (tokenized, in order: "the", "late", "1990s"), each standing for its decade. */
export function decadeYears(words: readonly string[]): DecadeYear[] {
  const years: DecadeYear[] = [];
  for (let i = 0; i < words.length; i++) {
    const source = (words[i] as string).toLowerCase();
    const decade = DECADE.exec(source)?.[1];
    if (decade === undefined) continue;
    const part = PART_OF_DECADE[(words[i - 1] ?? '').toLowerCase()] ?? WHOLE_DECADE;
    for (const digit of part) years.push({ term: `${decade}${digit}`, source });
  }
  return years;
}
