import { describe, expect, it } from 'vitest';
import { askedSpeaker } from '../../src/answer/askedSpeaker.js';

describe('the speaker a question asks what was said by', () => {
  it('reads a kind of person typed in lower case before a verb of saying', () => {
    expect(askedSpeaker('what did the prime minister say about remote work?')).toBe('minister');
    expect(askedSpeaker('what has the president said about synthetic data?')).toBe('president');
    expect(askedSpeaker('what did the pope say about microplastics?')).toBe('pope');
    expect(askedSpeaker('What did the thief claim about why he did it?')).toBe('thief');
  });

  it('reads no name, organisation or source, whose name a claim\'s evidence or source gives', () => {
    expect(askedSpeaker('What did Garber conclude about rare versus common bulbs?')).toBeNull();
    expect(askedSpeaker('What does the FDA say about compounded semaglutide?')).toBeNull();
    expect(askedSpeaker('what did the Carbon Brief factcheck say about heat pumps in cold countries')).toBeNull();
    expect(askedSpeaker('What did the Cochrane review conclude about speed cameras?')).toBeNull();
  });

  it('reads no writer of the sources, whom the claims speak for without naming', () => {
    expect(askedSpeaker('what did the study authors say about heat pumps?')).toBeNull();
    expect(askedSpeaker('what do experts say about microplastics in drinking water?')).toBeNull();
    expect(askedSpeaker('what did the writer say about heat pumps?')).toBeNull();
    expect(askedSpeaker('what do the writers say about the tulip crash?')).toBeNull();
  });

  it('reads no plural that nothing points at: the field at large, as the sources speak for it', () => {
    expect(askedSpeaker('what do doctors think about compounded semaglutide?')).toBeNull();
    expect(askedSpeaker('what do astronomers say about the first pulsar signal?')).toBeNull();
    expect(askedSpeaker('what did the nurses say about the night shifts?')).toBe('nurses');
  });

  it('reads none where no verb of saying follows', () => {
    expect(askedSpeaker('what did the prime minister do about remote work?')).toBeNull();
    expect(askedSpeaker('what did the researchers find?')).toBeNull();
  });
});
