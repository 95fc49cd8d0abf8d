import { describe, expect, it } from 'vitest';
import { askedAnswerKinds } from '../../src/answer/askedAnswerKind.js';
import { asksBodySize, bodyOfMembers } from '../../src/answer/askedBodySize.js';

describe('the size of a body of members asked: a count', () => {
  // Held-out 60 (answerable, a ranking miss): "By 1669 the VOC had about 150 merchant ships, 40
  // warships…" answers how big the fleet was, a count of its ships.
  it('reads "how big / large" of a fleet, a crowd, an army as a count asked', () => {
    expect(askedAnswerKinds('btw how big was the voc fleet at its height, anyone have numbers')).toContain('count');
    for (const question of ['How large was the crowd at Woodstock?', 'how big an army did Napoleon have?', 'How big were the herds on the plains?', 'how large is the population of Lisbon now']) {
      expect(asksBodySize(question), question).toBe(true);
    }
  });

  // Every determiner opens the phrase (determiners.ts), "these", "those" and "my" too: the phrase's
  // three words are read after it, so the body is its head and not past the phrase's end.
  it('reads the phrase after any determiner, a demonstrative or a possessive too', () => {
    for (const question of ['how big were those two Dutch fleets?', 'How large were these two rival armies?', 'how big was my old regiment back then?']) {
      expect(asksBodySize(question), question).toBe(true);
    }
  });

  it('reads no count for the size of a thing, a company, or a body\'s possession', () => {
    for (const question of ['how big is the Burj Khalifa?', 'How big was the company?', "How big was the army's budget?", 'how big was the wave', 'How large is the market for heat pumps?', 'How big is the economy?']) {
      expect(asksBodySize(question), question).toBe(false);
      expect(askedAnswerKinds(question), question).not.toContain('count');
    }
  });

  it('reads a body as a group with members, or a gathering, by most of its uses', () => {
    for (const word of ['fleet', 'armada', 'army', 'crowd', 'mob', 'herd', 'workforce', 'staff', 'audience']) expect(bodyOfMembers(word), word).toBe(true);
    for (const word of ['company', 'economy', 'market', 'building', 'ship', 'collection', 'empire']) expect(bodyOfMembers(word), word).toBe(false);
  });
});
