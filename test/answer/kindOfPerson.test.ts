import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOfOnePerson, kindOfPerson } from '../../src/answer/kindOfPerson.js';
import { shareWordNet, sharedWordNet, sharedWordNetProblem } from '../../src/search/wordnet/sharedWordNet.js';
import { WordNet, wordnetDbDir } from '../../src/search/wordnet/wordNet.js';
import { wordNetWithout } from '../support/brokenWordNet.js';

describe('whether a noun names people, by WordNet', () => {
  it('reads a kind of person or a body of people by most of the word\'s tagged uses, as typed and by its base form', () => {
    for (const word of ['employees', 'visitors', 'pilots', 'staff', 'crew', 'workforce', 'fans']) expect(kindOfPerson(word), word).toBe(true);
    // "Bridges" as typed is a labour leader's name, mostly a structure; companies and nations are no body of people here.
    for (const word of ['bridges', 'pulsars', 'francs', 'companies', 'countries']) expect(kindOfPerson(word), word).toBe(false);
  });

  it('reads no kind of person, and lets the shared reader go, when WordNet\'s files fail part-way through a read', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-kind-of-person-'));
    try {
      // index.noun is there ("employees" is found), data.noun, which holds its first sense, is not.
      const broken = await wordNetWithout(scratch, 'data.noun');
      shareWordNet(broken);
      expect(kindOfPerson('employees', broken)).toBe(false);
      expect(sharedWordNet()).toBeNull();
      expect(sharedWordNetProblem()).toMatch(/data\.noun/);
    } finally {
      shareWordNet(new WordNet(wordnetDbDir()));
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

describe('whether a noun names one person, by WordNet', () => {
  it('reads a kind of person, not a body of people nor a thing', () => {
    for (const word of ['brakeman', 'prosecutor', 'rider', 'pilot']) expect(kindOfOnePerson(word), word).toBe(true);
    for (const word of ['crew', 'staff', 'audience', 'team', 'sled']) expect(kindOfOnePerson(word), word).toBe(false);
  });
});
