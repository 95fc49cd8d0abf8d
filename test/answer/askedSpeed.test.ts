import { describe, expect, it } from 'vitest';
import { givesSpeed, SPEED_ASKED } from '../../src/answer/askedPace.js';

// Held-out 44's emu, 52's tern, 56's komodo dragon: near-topic questions on how fast an animal goes,
// answered by claims giving its lifetime's distance or its length.
describe('a speed asked by a verb of going, and given', () => {
  it('reads a speed asked where "how fast" is followed by a verb of going', () => {
    for (const question of [
      'How fast can a komodo dragon run?',
      'How fast can an Arctic tern fly?',
      'how fast does light travel in a vacuum',
      'hey how fast was curiosity going when it hit the atmosphere',
      'How fast did the capsules in Manhattan\'s underground mail travel?',
      'and how quickly did it move?',
    ])
      expect(SPEED_ASKED.test(question), question).toBe(true);
  });

  it('reads none in a rise, a span to a place, or a verb of going in another part', () => {
    for (const question of [
      'How quickly is bowel cancer going up among Americans under 50?',
      'How fast did Lincoln\'s inaugural address reach California?',
      'How fast can kelp grow?',
      'How fast and how high did Concorde fly?',
      // review58: a race or a route named, which a time taken answers ("in 9.58 s")
      'How fast did Bolt run the 100m?',
      'How fast did Kipchoge run the marathon?',
      'how fast did Phelps swim the 200m butterfly?',
      'how fast did Concorde fly from London to New York?',
    ])
      expect(SPEED_ASKED.test(question), question).toBe(false);
  });

  it('reads a speed given by its unit or a turning rate, not a span or a distance', () => {
    // review58: its conversion in brackets between (held-out 55's lift, the answer)
    for (const text of ['The capsules travelled at about 35 miles per hour.', 'He was driving at 103 km/h.', 'Concorde cruised at Mach 2.', 'The pulsar spins about 30 times a second.', 'The Haughwout elevator had an enclosed cab, was driven by a steam engine and travelled at about 0.2 metres (8 inches) per second.', 'The wave moved at 35 miles (56 km) per hour.'])
      expect(givesSpeed(text), text).toBe(true);
    for (const text of ['Over its lifetime an Arctic tern may fly more than 2.4 million km.', 'Arctic terns can live for over 30 years.', 'The church was moved 5 km in two days.'])
      expect(givesSpeed(text), text).toBe(false);
  });

  // Held-out 60's "How fast can Greenland sharks swim?" was answered by the sharks' growth rate.
  it('reads no speed in a rate of growth, and a speed after it in another sentence', () => {
    for (const text of ['Greenland sharks grow extremely slowly, at roughly one centimetre a year.', 'The coral grew about 2 centimetres per year.', 'Its growth was 3 mm a month.'])
      expect(givesSpeed(text), text).toBe(false);
    for (const text of ['The sharks grow slowly. They cruise at about 1 km/h.', 'He ran at 20 miles an hour.', 'The glacier moves about 30 metres a year.'])
      expect(givesSpeed(text), text).toBe(true);
  });
});
