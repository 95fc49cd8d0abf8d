import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectionsScope } from '../../src/access/channelScope.js';
import { EVERYDAY_WEIGHT, isEveryday } from '../../src/answer/everydayWords.js';
import { readQuestion } from '../../src/answer/readQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { besideTopic, withClippingsCompleted, type TopicWeight, type WordsByStart } from '../../src/search/clippedWords.js';
import { sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';
import { normalizeTerm } from '../../src/search/normalizeTerm.js';
import type { WordNet } from '../../src/search/wordnet/wordNet.js';
import { COLLECTION_FIXTURES } from '../support/reportsFolders.js';

const wordnet = (): WordNet => {
  const reader = sharedWordNet();
  if (reader === null) throw new Error('WordNet is not installed');
  return reader;
};

/** A library whose one claim writes these words: one word per index key, as the index keeps them. */
const claimsWriting = (...words: string[]): WordsByStart => {
  const byKey = new Map<string, string>();
  for (const word of words) {
    const key = normalizeTerm(word);
    if (key !== null && !byKey.has(key)) byKey.set(key, word);
  }
  return {
    has: (word) => byKey.has(normalizeTerm(word) ?? ''),
    keysStartingWith: (start) => [...byKey.keys()].filter((key) => key.startsWith(start) && key !== start),
    // One claim writes them all: a key is written beside the question's words among them.
    writtenAs: (key, context) => (besideTopic(byKey, context) ? (byKey.get(key) ?? null) : null),
  };
};

/** The weights readQuestion reads a clipping by: the coverage's, an everyday word at less. */
const topicWeight: TopicWeight = (word) => (isEveryday(wordnet(), word) ? EVERYDAY_WEIGHT : 1);

const complete = (text: string, index: WordsByStart): string => withClippingsCompleted(text, wordnet(), index, topicWeight);

const bundled = async (): Promise<Library> => Library.from(await loadReports(fileURLToPath(new URL('../../reports/', import.meta.url))));

describe('withClippingsCompleted', () => {
  it("reads a clipped word as the one word of the claims it starts, less a plural's s", () => {
    const index = claimsWriting('developers', 'development', 'algorithms', 'vulnerabilities', 'exoskeleton', 'enjoy', 'risk', 'bail', 'copilot', 'shoulder', 'vests');
    expect(complete('do devs enjoy it', index)).toBe('do developers enjoy it');
    expect(complete('are the bail risk algos biased', index)).toBe('are the bail risk algorithms biased');
    expect(complete('what share of copilot code had vulns?', index)).toBe('what share of copilot code had vulnerabilities?');
    expect(complete('the shoulder exo vests', index)).toBe('the shoulder exoskeleton vests');
  });

  it('drops a final e when the clipping starts no word of the claims as typed ("bupe")', () => {
    expect(complete('more people on bupe after the waiver', claimsWriting('buprenorphine', 'people', 'waiver'))).toBe('more people on buprenorphine after the waiver');
  });

  it('leaves a clipping that starts two words of the claims', () => {
    expect(complete('modern auth on old apps', claimsWriting('author', 'authentication'))).toBe('modern auth on old apps');
  });

  it('leaves a word WordNet knows, a word the claims have, a name, a number and a web address', () => {
    const index = claimsWriting('carbon', 'camera', 'fifteen', 'governments', 'administration', 'elsewhere', 'bupropion');
    expect(complete('how clean are the cars', index)).toBe('how clean are the cars'); // carbon
    expect(complete('where it came from', index)).toBe('where it came from'); // an irregular past: come
    expect(complete('or something else', index)).toBe('or something else'); // a function word
    expect(complete('flights to Cana', claimsWriting('canada', 'flights'))).toBe('flights to Cana'); // a name
    expect(complete('gov.uk says it ended', index)).toBe('gov.uk says it ended');
    expect(complete('the bupropion trial', index)).toBe('the bupropion trial');
    expect(complete('wheres the bupe data', claimsWriting('whereas', 'buprenorphine', 'data'))).toBe('wheres the buprenorphine data'); // where is
    expect(complete('approx how many users', claimsWriting('approximately', 'users'))).toBe('approx how many users'); // an adverb
  });

  it('reads a clipping only as a word a claim writes beside the topic of the question', () => {
    expect(complete('is bupe safe', claimsWriting('buprenorphine'))).toBe('is bupe safe');
    // everyday words (many senses) weigh half: one is no topic, two are
    expect(complete('prob the costs are high', claimsWriting('problems', 'high'))).toBe('prob the costs are high');
    expect(complete('are the risk algos biased', claimsWriting('algorithms', 'risk'))).toBe('are the risk algos biased');
    expect(complete('are the bail risk algos biased', claimsWriting('algorithms', 'risk', 'bail'))).toBe('are the bail risk algorithms biased');
    expect(complete('bupe over telehealth', claimsWriting('buprenorphine', 'telehealth'))).toBe('buprenorphine over telehealth');
  });
});

describe('readQuestion with clipped words', () => {
  it('searches a clipped word as the reports write it, and keeps it as typed', async () => {
    const read = readQuestion('does vocab size matter for data quality?', await bundled());
    expect(read.query.text).toBe('does vocabulary size matter for data quality?');
    expect(read.queryAsTyped).toBe('does vocab size matter for data quality?');
  });

  // Chat shorthand and words typed without their apostrophe are no clippings, and an everyday word
  // ("costs", "high") is no topic to read one by.
  it('reads a clipping on real reports only beside the topic it starts a word of', async () => {
    const reports = async (folder: string): Promise<Library> => Library.from(await loadReports(fileURLToPath(new URL(`../../eval/${folder}/reports/`, import.meta.url))));
    const telehealth = await reports('holdout16');
    expect(readQuestion('did telehealth bupe work', telehealth).query.text).toBe('did telehealth buprenorphine work');
    for (const question of ['wheres the data from', 'hows the evidence on sit stand desks', 'approx how many people', 'does the dept of energy fund it', 'ive heard it causes cancer']) {
      expect(readQuestion(question, telehealth).query.text, question).toBe(question);
    }
    const preprints = await reports('holdout4');
    for (const question of ['ive heard it causes cancer', 'does the dept of energy fund it', 'approx how many people']) {
      expect(readQuestion(question, preprints).query.text, question).toBe(question);
    }
    // "prob(s)" is chat's "probably", dropped as a hedge (chatQuestion.ts): not the "problems" of a
    // claim on high-school players or high-profile preprints, nor of one on the long-term cost of
    // releasing mosquitoes, which "cost" typed singular (an everyday word of five senses) let in
    const bags = await reports('holdout15');
    for (const library of [preprints, bags]) {
      for (const question of ['prob the vertical farming costs are too high?', 'probs the costs are high, any figures', 'prob the early warning costs are high', 'prob the cost is high']) {
        expect(readQuestion(question, library).query.text, question).toBe(question.replace(/^probs? /, ''));
      }
    }
  });

  it('leaves an ordinary question as typed', async () => {
    const library = await bundled();
    for (const question of ['how do I reset my router?', 'what are the stats on remote work?', 'where did that idea come from, or something else?']) {
      expect(readQuestion(question, library).query.text).toBe(question);
    }
  });
});

describe('a clipped word in a scope (a channel that sees some collections)', () => {
  it('is read as a word only a claim the scope sees writes', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-clipped-'));
    try {
      await cp(COLLECTION_FIXTURES, scratch, { recursive: true });
      const incident = join(scratch, 'engineering', 'incident-review.md');
      const text = await readFile(incident, 'utf8');
      await writeFile(incident, text.replace('ran over budget on time.', 'ran over budget on time during the kubernetes upgrade.'));
      const library = Library.from(await loadReports(scratch, { workers: 0 }));
      const question = 'did the kube upgrade run over budget?';
      expect(readQuestion(question, library).query.text).toBe('did the kubernetes upgrade run over budget?');
      expect(readQuestion(question, library.view(collectionsScope(['engineering']))).query.text).toBe('did the kubernetes upgrade run over budget?');
      expect(readQuestion(question, library.view(collectionsScope(['marketing']))).query.text).toBe(question);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('is decided by the words of the reports the scope sees, not by a hidden second word it starts', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-clipped-'));
    try {
      await cp(COLLECTION_FIXTURES, scratch, { recursive: true });
      const incident = join(scratch, 'engineering', 'incident-review.md');
      await writeFile(incident, (await readFile(incident, 'utf8')).replace('ran over budget on time.', 'ran over budget on time during the kubernetes upgrade.'));
      const survey = join(scratch, 'marketing', 'q3-survey.md');
      await writeFile(survey, (await readFile(survey, 'utf8')).replace('marketing budget on billboards.', 'marketing budget on billboards and kubelet upgrade ads.'));
      const library = Library.from(await loadReports(scratch, { workers: 0 }));
      const question = 'did the kube upgrade run over budget?';
      // the whole library: "kube" starts two words (kubernetes, kubelet)
      expect(readQuestion(question, library).query.text).toBe(question);
      expect(readQuestion(question, library.view(collectionsScope(['engineering']))).query.text).toBe('did the kubernetes upgrade run over budget?');
      expect(readQuestion(question, library.view(collectionsScope(['marketing']))).query.text).toBe('did the kubelet upgrade run over budget?');
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
