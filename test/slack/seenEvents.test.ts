import { describe, expect, it } from 'vitest';
import { SeenEvents } from '../../src/slack/seenEvents.js';

describe('SeenEvents', () => {
  it('sees an id first once, and a repeat within the keep time as a repeat', () => {
    let now = 0;
    const seen = new SeenEvents({ now: () => now });
    expect(seen.firstSighting('Ev1')).toBe(true);
    now = 6 * 60_000; // Slack's last retry comes about 5 minutes after the first try
    expect(seen.firstSighting('Ev1')).toBe(false);
  });

  it('forgets ids after the keep time, so memory does not grow with uptime', () => {
    let now = 0;
    const seen = new SeenEvents({ keepMs: 1000, now: () => now });
    seen.firstSighting('Ev1');
    seen.firstSighting('Ev2');
    now = 1001;
    expect(seen.firstSighting('Ev3')).toBe(true);
    expect(seen.size).toBe(1);
    expect(seen.firstSighting('Ev1')).toBe(true);
  });

  it('keeps at most maxIds, dropping the oldest', () => {
    const seen = new SeenEvents({ maxIds: 3, now: () => 0 });
    for (const id of ['a', 'b', 'c', 'd']) seen.firstSighting(id);
    expect(seen.size).toBe(3);
    expect(seen.firstSighting('d')).toBe(false);
    expect(seen.firstSighting('a')).toBe(true);
  });
});
