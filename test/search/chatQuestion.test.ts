import { describe, expect, it } from 'vitest';
import { chatQuestion } from '../../src/search/chatQuestion.js';

describe('chatQuestion', () => {
  it('drops greetings, asking the room and chat abbreviations', () => {
    expect(chatQuestion('hi all, quick q: does anybody remember what the payback time of heat pumps was iirc?')).toBe(
      ', : what the payback time of heat pumps was ?',
    );
    expect(chatQuestion('hey team - anyone know if bike lanes cut crashes? thx')).toBe('- if bike lanes cut crashes?');
    expect(chatQuestion('btw what was that stat on microplastics in bottled water')).toBe('what was microplastics in bottled water');
    expect(chatQuestion("I was wondering, can't remember: do GLP-1 drugs cause muscle loss? pls")).toBe(', : do GLP-1 drugs cause muscle loss?');
  });

  it('keeps words that only look like filler inside a question', () => {
    expect(chatQuestion('does morning light help sleep')).toBe('does morning light help sleep');
    expect(chatQuestion('team productivity when remote')).toBe('team productivity when remote');
  });

  it('turns Slack markup into words or drops it', () => {
    expect(chatQuestion('<@U012AB3CD> what does <https://example.org/a|the WHO report> say? :thinking_face: <#C024BE7LR|research>')).toBe(
      'what does the WHO report say?',
    );
    expect(chatQuestion('see <https://example.org/x> on heat &amp; cold &lt;3')).toBe('see on heat & cold <3');
  });

  it('spells out contractions so their halves are not searched', () => {
    expect(chatQuestion("doesn't it work? what's the cost? they're sure, we've seen it, I'd say, won't it")).toBe(
      'does not it work? what the cost? they are sure, we have seen it, I would say, will not it',
    );
  });

  it('leaves quoted phrases and filters exactly as typed', () => {
    expect(chatQuestion('hi all "doesn\'t work :x:" report:heat-pumps since:2026-01-01 btw')).toBe(
      '"doesn\'t work :x:" report:heat-pumps since:2026-01-01',
    );
  });

  it('leaves ratios and times alone', () => {
    expect(chatQuestion('a 3:1:2 mix at 10:30')).toBe('a 3:1:2 mix at 10:30');
  });
});
