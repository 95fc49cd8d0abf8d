import { describe, expect, it } from 'vitest';
import { REQUESTS_LATER, REQUESTS_OPENING } from '../../src/search/chatRequests.js';
import { THANKS_PRAISE_AND_OFFERS } from '../../src/search/courtesies.js';
import { cued, foundIn, replacedIn, uncued } from '../../src/search/cuedPattern.js';

// Messages each request and courtesy matches, one or more for each of their cue's words, as chatQuestion
// reads them (contractions spelled out, "'s" gone): a cue that lacks one of its pattern's words hides a
// match here.
const MATCHED = [
  // asking for a thing of the workplace, a translation or a conversion, something written, small talk
  'can someone share the zoom link for standup?',
  'could you send me the recording for the all-hands?',
  'can you post the agenda for tomorrow?',
  'can you forward the invite for our sync?',
  'can you book the small meeting room for 3pm?',
  'could you reserve a meeting room for friday?',
  'can you join our standup tomorrow?',
  'convert 5 miles to km',
  "can you translate 'thank you' into Japanese?",
  'write me a haiku about mondays',
  'can you draft an email to the landlord?',
  'tell me a joke',
  'how your day going?',
  'how are ya',
  "how are y'all doing",
  'how are yall',
  'how everyone weekend going?',
  'whats up',
  'what is up?',
  'are you a real person?',
  'so what can you do?',
  // the asker's own workplace, and a sum
  'when is the team offsite?',
  'is the off-site next week?',
  'can I expense a taxi home?',
  'When is the next payroll date?',
  'What is the company policy on parental leave?',
  'what is our hr policy on dogs at work?',
  'can someone remind me when the office kitchen gets cleaned',
  'is the office closed on friday?',
  'best pizza place near the office?',
  'why does the printer on floor 3 keep jamming?',
  'is the third-floor kitchen open?',
  'who fixes a paper jam?',
  'how do i reset my vpn password',
  'whats the guest wifi password',
  'How many vacation days do I get after five years here?',
  'how many holiday days do I have left?',
  'how much pto do i have?',
  'how many sick days do I get?',
  'how many days of annual leave do new starters get?',
  'What time is the all-hands meeting on Thursday?',
  'can someone remind me when the quarterly planning meeting is',
  'when is the team sync?',
  'what time is our standup tomorrow?',
  'when is the sprint retro?',
  'when is the town hall on friday?',
  'when is the project kickoff?',
  'when is the next one-on-one?',
  'what time is my 1:1 today?',
  'when is the weekly check-in?',
  'who on call for support this week',
  'am i on call this weekend?',
  'what time does the cafeteria close today?',
  'is the canteen open today?',
  'is the parking garage closed tomorrow?',
  'is the coffee machine fixed?',
  'what 15% of 240',
  'calculate 300 / 4',
  // asking for a recommendation, the weather or an exchange rate now; lunch or drinks with colleagues
  'can you recommend a laptop?',
  'any podcast recs?',
  'any book suggestions for the flight?',
  'what a good sci-fi novel for a long flight?',
  'what the weather going to be like tomorrow?',
  'what the euro to yen exchange rate today?',
  'what for lunch today?',
  'anyone up for drinks later?',
  // thanking, praise, an offer to be reached, inviting correction
  'thanks for the help earlier',
  'thank you so much',
  'thx a ton',
  'ty!',
  'cheers all!',
  'kudos all!',
  'much appreciated',
  'i really appreciate it',
  'you are a star',
  'you rock',
  'good bot',
  'great job',
  'nice one',
  'clever bot',
  'awesome work',
  'brilliant stuff',
  'well done',
  'that was super helpful',
  'very useful',
  'that helps',
  'good to know',
  'makes sense',
  'that answers it',
  'that is exactly what i needed',
  'feel free to ping me if anything breaks',
  'correct me if i am wrong but was it ergot?',
  'lmk if that wrong',
];

describe('cued patterns', () => {
  it('tries a pattern only where the text holds its cue', () => {
    const paperJam = cued(/paper\s+jam/gi, 'jam');
    expect(replacedIn('a paper jam again', paperJam, ' ')).toBe('a   again');
    expect(foundIn('a paper jam again', paperJam)).toBe(true);
    // a cue the pattern's match lacks hides it: the reason each cue holds every word of its pattern
    const miscued = cued(/paper\s+jam/gi, 'printer');
    expect(replacedIn('a paper jam again', miscued, ' ')).toBe('a paper jam again');
    expect(foundIn('a paper jam again', miscued)).toBe(false);
    expect(replacedIn('a paper jam again', uncued(/paper\s+jam/gi), ' ')).toBe('a   again');
  });

  it('reads the cue with its pattern\'s case folding', () => {
    // /iu folds the long s to "s", as the pattern does; /i alone does not
    const sickDays = cued(/sick\s+days/giu, 'sick');
    expect(foundIn('how many ſick days do I get?', sickDays)).toBe(true);
    expect(foundIn('HOW MANY SICK DAYS?', sickDays)).toBe(true);
    expect(foundIn('how many Sick days?', cued(/sick\s+days/g, 'sick'))).toBe(false);
  });

  it('finds each request\'s and courtesy\'s cue in every message its pattern matches', () => {
    const patterns = [...REQUESTS_OPENING, ...REQUESTS_LATER, ...THANKS_PRAISE_AND_OFFERS];
    for (const said of patterns) {
      const matched = MATCHED.filter((message) => message.search(said.pattern) !== -1);
      // each pattern meets the messages meant for it (REQUESTS_LATER reads none opening the message)
      if (!REQUESTS_LATER.includes(said)) expect(matched.length, said.pattern.source.slice(0, 60)).toBeGreaterThan(0);
      for (const message of matched) expect(foundIn(message, said), message).toBe(true);
    }
  });
});
