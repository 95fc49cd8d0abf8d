import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { physicalThing } from '../../src/answer/physicalThing.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { shareWordNet, sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';
import { WordNet, wordnetDbDir } from '../../src/search/wordnet/wordNet.js';
import { wordNetWithout } from '../support/brokenWordNet.js';

const heldOut = async (folder: string): Promise<Library> => Library.from(await loadReports(fileURLToPath(new URL(`../../eval/${folder}/reports/`, import.meta.url))));

describe('a temperature asked and given', () => {
  it('reads a temperature asked by "what (…) temperature", and by "how cold / hot / warm" of a physical thing or the weather', () => {
    for (const question of [
      'How cold is the surface of Pluto?',
      "How cold is Pluto's surface?",
      'At what temperature does water boil in Denver?',
      'What room temperature is recommended for kangaroo care?',
      "What's the surface temperature of Venus?",
      'how hot does the sun get?',
      'how warm is the water in winter?',
      'how cold was it in the trenches?',
      'hi! how cold does it get when emperor penguins lay their eggs? 🐧🥶',
      // A phenomenon with a heat of its own (eval/holdout40's ball lightning).
      'How hot does ball lightning get inside?',
      'how hot does a wildfire burn?',
    ])
      expect(askedAnswerKinds(question), question).toContain('temperature');
  });

  // Held-out 59 (unanswerable): "the night Titanic sank" was read as the thing, "sank" no physical
  // thing, and no temperature asked: the claims on the iceberg warnings were shown.
  it('reads the thing asked of before a time told with no preposition ("the night…", "that winter")', () => {
    // A place's too, its weather at that time (review61).
    for (const question of ['How cold was the water the night Titanic sank?', 'how hot was the air the day the record fell?', 'how cold was the lake that winter?', 'how cold was Moscow that winter?', 'how hot was Athens the day of the marathon?', 'how hot was the city that summer?'])
      expect(askedAnswerKinds(question), question).toContain('temperature');
    for (const question of ['how warm was the reception the night the film opened?', 'how hot was the debate that year?', 'how hot was the market that year?', 'how hot was the competition that summer?'])
      expect(askedAnswerKinds(question), question).not.toContain('temperature');
  });

  // Review61's nit: the time's nouns were a list of their own, without "fall", "decade" or
  // "weekend": a season, or a noun WordNet files under noun.time by most of its uses, tells a time.
  it('reads any season or noun of time after the thing as the time told', () => {
    for (const question of ['how cold was the lake that fall?', 'how cold was the water the weekend they swam?', 'how hot was the room the hour before the fire?', 'how cold was Moscow that decade?'])
      expect(askedAnswerKinds(question), question).toContain('temperature');
    for (const question of ['how cold was the war that decade?', 'how hot was the debate that weekend?', 'how warm was the reception that fall?'])
      expect(askedAnswerKinds(question), question).not.toContain('temperature');
  });

  // Review 1 item 14 (thirty-seventh session): figurative heat and cold ask no number of degrees.
  it('reads none of a relation, a reception, a debate or a market, nor where a temperature is not what is asked', () => {
    for (const question of [
      'how cold were relations between the us and soviets at the time of the miracle on ice?',
      'how warm was the reception to the sistine chapel restoration?',
      'how hot was the debate over the nuremberg trials\' legitimacy?',
      'how hot is the debate over synthetic data?',
      'how hot did the debate get?',
      'how warm is public support for congestion pricing?',
      'how hot is the market for heat pumps?',
      // Review 1 item 8 (this session): a response, a reaction, a trend, a field, ties between.
      'how warm was the response to the sistine chapel restoration?',
      'how cold was the reaction in moscow to the miracle on ice?',
      'how hot was the trend for japanese prints in europe?',
      'how hot is the field of synthetic data for llm training?',
      'how warm were the ties between washington and moscow after the crisis?',
      'any news on how hot the housing market is?',
      'Why does water boil at a lower temperature at high altitude?',
      'what does temperature do to battery range?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('temperature');
  });

  it('reads a noun as a physical thing by most of its tagged uses: a body, a substance, an artifact, a time; not a relation, an act, a person, a place, a phenomenon', () => {
    for (const word of ['surface', 'water', 'sun', 'antarctica', 'winter', 'feathers', 'engines']) expect(physicalThing(word), word).toBe(true);
    for (const word of ['relations', 'reception', 'debate', 'market', 'support', 'actor']) expect(physicalThing(word), word).toBe(false);
    // WordNet files these under physical entity as a phenomenon, a process or a place: questions speak of them figuratively.
    for (const word of ['response', 'reaction', 'trend', 'field']) expect(physicalThing(word), word).toBe(false);
    // But a natural phenomenon, a burst of energy or a burning has a temperature of its own.
    for (const word of ['lightning', 'storm', 'wildfire', 'wind']) expect(physicalThing(word), word).toBe(true);
  });

  it('reads no physical thing, and lets the shared reader go, when WordNet\'s files fail part-way through a read', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-physical-thing-'));
    try {
      const broken = await wordNetWithout(scratch, 'data.noun');
      shareWordNet(broken);
      expect(physicalThing('water', broken)).toBe(false);
      expect(sharedWordNet()).toBeNull();
    } finally {
      shareWordNet(new WordNet(wordnetDbDir()));
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('reads a temperature given by a number in degrees or kelvin, or a freezing or boiling point, and none by a bare number', () => {
    for (const text of ['The surface sits at about −230 °C.', 'Water boils at 95°C in Denver.', 'Keep the room at 25 degrees.', 'The detector runs at 40 kelvin.', 'Below the freezing point the pipes burst.'])
      expect(givesAnswerKind(text, 'temperature'), text).toBe(true);
    for (const text of ['Pluto was discovered in 1930.', 'Pluto lies about 5.9 billion km from the Sun.'])
      expect(givesAnswerKind(text, 'temperature'), text).toBe(false);
  });

  // Held-out 35 (unanswerable): the Pluto claims give distances and dates, no temperature; held-out
  // 38 (answerable): the claim on the winter gives the cold in degrees.
  it('declines a temperature no claim gives and answers one a claim gives, on the real reports', async () => {
    expect(answerQuestion(await heldOut('holdout35'), 'How cold is the surface of Pluto?').answered).toBe(false);
    const penguins = answerQuestion(await heldOut('holdout38'), 'hi! how cold does it get when emperor penguins lay their eggs? 🐧🥶');
    expect(penguins.answered).toBe(true);
    expect(givesAnswerKind(penguins.items.slice(0, 3).map((item) => `${item.claim.text} ${item.claim.evidence.map((e) => `${e.quote ?? ''} ${e.finding ?? ''}`).join(' ')}`).join(' '), 'temperature')).toBe(true);
  });
});
