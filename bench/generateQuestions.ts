// Questions people would type to the bot about a generated corpus, from the same vocabulary:
// natural-language questions (full of stop words), keywords, typos, filters and phrases, sources,
// and a few off-topic ones that find nothing (and so take the suggestions path).

import { Random } from './random.js';
import { DOMAINS, EFFECTS, OFF_TOPIC, PERSPECTIVES, PUBLISHERS } from './vocabulary.js';

export type QuestionKind = 'natural' | 'keyword' | 'typo' | 'filter' | 'source' | 'off-topic';

export interface BenchQuestion {
  kind: QuestionKind;
  text: string;
}

const KIND_WEIGHTS: [QuestionKind, number][] = [
  ['natural', 0.4],
  ['keyword', 0.22],
  ['typo', 0.12],
  ['filter', 0.14],
  ['source', 0.07],
  ['off-topic', 0.05],
];

/** `reportIds` are the corpus's report ids, for `report:` filters. */
export function generateQuestions(seed: number, count: number, reportIds: readonly string[]): BenchQuestion[] {
  const rng = new Random(seed ^ 0x51ed270b);
  return Array.from({ length: count }, () => {
    const kind = pickKind(rng);
    return { kind, text: questionOf(kind, rng, reportIds) };
  });
}

function pickKind(rng: Random): QuestionKind {
  let r = rng.next();
  for (const [kind, weight] of KIND_WEIGHTS) {
    if (r < weight) return kind;
    r -= weight;
  }
  return 'natural';
}

function questionOf(kind: QuestionKind, rng: Random, reportIds: readonly string[]): string {
  const domain = rng.pick(DOMAINS);
  const subject = rng.pick(domain.subjects);
  const measure = rng.pick(domain.measures);
  const setting = rng.pick(domain.settings);
  switch (kind) {
    case 'natural':
      return natural(rng, subject, measure, setting);
    case 'keyword':
      return rng.pick([`${subject} ${measure}`, rng.pick(domain.jargon), `${measure} ${setting.split(' ').pop()}`, subject]);
    case 'typo':
      return withTypo(rng, rng.chance(0.5) ? natural(rng, subject, measure, setting) : `${subject} ${measure}`);
    case 'filter':
      return rng.pick([
        `perspective:${rng.pick(PERSPECTIVES).split(' ')[0]?.toLowerCase()} ${measure}`,
        `report:${rng.pick(reportIds)} ${measure}`,
        `since:2026-03-01 ${subject}`,
        `"${measure}" ${subject}`,
        `report:${rng.pick(reportIds)}`,
      ]);
    case 'source':
      return rng.pick([`what does ${rng.pick(PUBLISHERS)} say about ${subject}?`, `${rng.pick(PUBLISHERS)} ${measure}`]);
    case 'off-topic':
      return rng.pick([`what about ${rng.pick(OFF_TOPIC)}?`, rng.pick(OFF_TOPIC)]);
  }
}

function natural(rng: Random, subject: string, measure: string, setting: string): string {
  return rng.pick([
    `what are the risks of ${subject}?`,
    `do ${subject} ${rng.pick(EFFECTS)} ${measure}?`,
    `how do ${subject} affect ${measure} ${setting}?`,
    `is there any evidence that ${subject} change ${measure}?`,
    `what do the studies say about ${measure} ${setting}?`,
    `are ${subject} worth it for ${measure}?`,
    `why are ${measure} higher ${setting}`,
    `tell me about the benefits of ${subject} ${setting}`,
  ]);
}

/** One slip of the keyboard in a word of 6+ letters: a swap, a drop or a doubled letter. */
function withTypo(rng: Random, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{6,}$/i.test(w));
  if (candidates.length === 0) return text;
  const [word, i] = rng.pick(candidates);
  const at = rng.int(1, word.length - 2);
  const typo = rng.pick([
    word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2),
    word.slice(0, at) + word.slice(at + 1),
    word.slice(0, at) + word.charAt(at) + word.slice(at),
  ]);
  words[i] = typo;
  return words.join(' ');
}

/** Offset from the bench's seed to the warm-up questions' own seed (any other seed would do). */
const WARMUP_SEED_OFFSET = 7919;

/**
 * `count` distinct questions for timing each once: the generator's questions for `seed`, in
 * order, repeats dropped (1,000 generated hold ~940 distinct; the first of these are the ones
 * `generateQuestions(seed, 1000)` asks).
 */
export function distinctQuestions(seed: number, count: number, reportIds: readonly string[]): BenchQuestion[] {
  for (let generated = count; ; generated *= 2) {
    const distinct = dropRepeats(generateQuestions(seed, generated, reportIds));
    if (distinct.length >= count || generated > count * 16) return distinct.slice(0, count);
  }
}

/**
 * Questions to warm a process up on before `timed` are asked: from another seed of the same
 * generator (same vocabulary, so the same code paths and the words of the library's topics),
 * none of them a question in `timed`.
 */
export function warmupQuestions(seed: number, count: number, reportIds: readonly string[], timed: readonly BenchQuestion[]): BenchQuestion[] {
  const asked = new Set(timed.map((q) => q.text));
  const fresh = (generated: number): BenchQuestion[] =>
    dropRepeats(generateQuestions(seed + WARMUP_SEED_OFFSET, generated, reportIds)).filter((q) => !asked.has(q.text));
  for (let generated = count * 2; ; generated *= 2) {
    const questions = fresh(generated);
    if (questions.length >= count || generated > count * 32) return questions.slice(0, count);
  }
}

function dropRepeats(questions: BenchQuestion[]): BenchQuestion[] {
  const seen = new Set<string>();
  return questions.filter((q) => !seen.has(q.text) && seen.add(q.text));
}
