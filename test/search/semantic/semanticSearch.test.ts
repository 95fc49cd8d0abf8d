// Semantic search against a local fake embeddings API (test/support/fakeEmbeddings.ts): a question
// sharing no word with its claim, each fault of the API, and the vector cache.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleRequest, type Reply } from '../../../src/answer/handleRequest.js';
import { attachSemanticSearch } from '../../../src/library/attachSemanticSearch.js';
import { Library } from '../../../src/library/library.js';
import { libraryStatus } from '../../../src/library/libraryStatus.js';
import { serveReports } from '../../../src/library/serveReports.js';
import { answerJson } from '../../../src/render/answerJson.js';
import { replyText } from '../../../src/render/replyText.js';
import type { SemanticStatus } from '../../../src/search/semantic/semanticSearch.js';
import { askInProcess } from '../../cli/runCli.js';
import { eventually } from '../../support/eventually.js';
import { type FakeEmbeddings, startFakeEmbeddings } from '../../support/fakeEmbeddings.js';
import { reportText } from '../../support/reportText.js';

// "zorblat" and "quiphen" share no letter: no lexical search, fuzzy or not, links them.
const CONCEPTS = [['zorblat', 'quiphen']];
const ZORBLAT = 'Zorblat lowers fever within an hour in most adults.';

let dir: string;
let fake: FakeEmbeddings;
const opened: { close(): void }[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'semantic-'));
  await writeFile(join(dir, 'fever.md'), reportText('Fever remedies', [ZORBLAT, 'Cold compresses give short relief.']));
  await writeFile(join(dir, 'garden.md'), reportText('Gardening', ['Tomatoes need six hours of sun daily.']));
  fake = await startFakeEmbeddings(CONCEPTS);
});

afterEach(async () => {
  for (const semantic of opened.splice(0)) semantic.close();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

interface Opened {
  library: Library;
  changes: SemanticStatus[];
}

async function open(options: { model?: string; cache?: boolean; retryMs?: number; questionTimeoutMs?: number; url?: string } = {}): Promise<Opened> {
  const library = new Library();
  const cacheDir = options.cache ? join(dir, '.cache') : null;
  await serveReports(library, { reportsDir: dir, cacheDir }).ready;
  const changes: SemanticStatus[] = [];
  const semantic = attachSemanticSearch(library, { url: options.url ?? fake.url, model: options.model ?? 'fake-embed' }, {
    reportsDir: dir,
    cacheDir,
    retryMs: options.retryMs ?? 60_000,
    ...(options.questionTimeoutMs !== undefined ? { questionTimeoutMs: options.questionTimeoutMs } : {}),
    onChange: (status) => changes.push(status),
  });
  opened.push(semantic);
  await semantic.sync();
  return { library, changes };
}

async function claimsFor(library: Library, question: string): Promise<string[]> {
  const reply: Reply = await handleRequest({ library, now: () => 0 }, 'U1', question);
  if (reply.kind !== 'answer') throw new Error(`not an answer: ${reply.kind}`);
  return reply.answer.items.map((item) => item.claim.text);
}

describe('semantic search', () => {
  it('answers a question that shares no word with its claim only with embeddings on, with the claim verbatim', async () => {
    const lexical = new Library();
    await serveReports(lexical, { reportsDir: dir, cacheDir: null }).ready;
    expect(await claimsFor(lexical, 'is quiphen safe?')).toEqual([]);

    const { library } = await open();
    expect(libraryStatus(library).semantic).toEqual({ status: 'on', model: 'fake-embed', embedded: 3, total: 3, searches: 0 });
    expect((await claimsFor(library, 'is quiphen safe?'))[0]).toBe(ZORBLAT);
    // Lexical matches still come first when the words match.
    expect((await claimsFor(library, 'tomatoes sun'))[0]).toBe('Tomatoes need six hours of sun daily.');
  });

  it('embeds claims in batches with their quotes, and each question once, sending the model and the key', async () => {
    const library = new Library();
    await serveReports(library, { reportsDir: dir, cacheDir: null }).ready;
    const semantic = attachSemanticSearch(library, { url: fake.url, model: 'fake-embed', apiKey: 'sk-test' }, { reportsDir: dir, cacheDir: null, batchSize: 2 });
    opened.push(semantic);
    await semantic.sync();
    expect(fake.requests.map((r) => r.input.length)).toEqual([2, 1]);
    expect(fake.requests[0]!.input[0]).toContain('A quote about');
    expect(fake.requests.every((r) => r.model === 'fake-embed' && r.authorization === 'Bearer sk-test')).toBe(true);
    await claimsFor(library, 'is quiphen safe?');
    expect(fake.requests.at(-1)!.input).toEqual(['is quiphen safe?']);
  });

  it('keeps the --json shape: the same keys with embeddings on as without', async () => {
    const lexical = new Library();
    await serveReports(lexical, { reportsDir: dir, cacheDir: null }).ready;
    const { library } = await open();
    const json = async (lib: Library): Promise<Record<string, unknown>> => {
      const reply = await handleRequest({ library: lib, now: () => 0 }, 'U1', 'zorblat fever');
      if (reply.kind !== 'answer') throw new Error('not an answer');
      return answerJson(reply.answer, 5) as unknown as Record<string, unknown>;
    };
    const [off, on] = [await json(lexical), await json(library)];
    expect(Object.keys(on).sort()).toEqual(Object.keys(off).sort());
    const results = (value: Record<string, unknown>): Record<string, unknown>[] => value.results as Record<string, unknown>[];
    expect(Object.keys(results(on)[0]!).sort()).toEqual(Object.keys(results(off)[0]!).sort());
    expect(results(on)[0]!.claim).toBe(ZORBLAT);
  });

  it('when the API is down at start: lexical answers, off with the reason, and back by itself once it is up', async () => {
    const url = fake.url;
    const port = Number(new URL(url).port);
    await fake.close();
    const { library, changes } = await open({ url, retryMs: 100 });
    const status = libraryStatus(library).semantic!;
    expect(status).toMatchObject({ status: 'off', embedded: 0, total: 3 });
    expect(status.reason).toContain('cannot reach');
    expect(replyText({ kind: 'status', status: libraryStatus(library) }, { limit: 5, width: 0, usage: '' })).toContain('Semantic search (fake-embed) is off, answers are lexical: cannot reach');
    expect(await claimsFor(library, 'tomatoes sun')).toEqual(['Tomatoes need six hours of sun daily.']);
    expect(await claimsFor(library, 'is quiphen safe?')).toEqual([]);
    expect(changes.map((c) => c.status)).toEqual(['off']);

    fake = await startFakeEmbeddings(CONCEPTS, 32, port);
    await eventually(() => expect(libraryStatus(library).semantic).toMatchObject({ status: 'on', embedded: 3 }));
    expect((await claimsFor(library, 'is quiphen safe?'))[0]).toBe(ZORBLAT);
    expect(changes.map((c) => (c.status === 'off' ? 'off' : 'back'))).toEqual(['off', 'back']);
  });

  it.each([
    ['errors', 'error', 'answered HTTP 500: model not loaded'],
    ['is slow', 'slow', 'did not answer within 300 ms'],
    ['sends vectors of the wrong size', 'wrong-size', 'vectors of 37 dimensions where 32 were expected'],
    ['sends a body that is not JSON', 'garbage', 'not JSON'],
  ] as const)('when the API %s at question time: lexical answers, said once, and back by itself', async (_name, mode, reason) => {
    const { library, changes } = await open({ retryMs: 200, questionTimeoutMs: 300 });
    fake.mode = mode;
    expect(await claimsFor(library, 'is quiphen safe?')).toEqual([]);
    expect(libraryStatus(library).semantic).toMatchObject({ status: 'off' });
    expect(libraryStatus(library).semantic!.reason).toContain(reason);
    const asked = fake.requests.length;
    // Off: later questions neither wait for the API nor are logged again.
    expect(await claimsFor(library, 'tomatoes sun')).toEqual(['Tomatoes need six hours of sun daily.']);
    expect(await claimsFor(library, 'quiphen again')).toEqual([]);
    expect(fake.requests.length).toBeLessThanOrEqual(asked + 1);
    expect(changes.map((c) => c.status)).toEqual(['off']);

    fake.mode = 'ok';
    await eventually(() => expect(libraryStatus(library).semantic).toMatchObject({ status: 'on' }));
    expect((await claimsFor(library, 'is quiphen safe?'))[0]).toBe(ZORBLAT);
    expect(changes.map((c) => (c.status === 'off' ? 'off' : 'back'))).toEqual(['off', 'back']);
  });

  it('caches vectors beside the report cache: a restart sends no request for unchanged claims, a new claim alone is embedded, a model change embeds all', async () => {
    await open({ cache: true });
    expect(fake.requests.flatMap((r) => r.input)).toHaveLength(3);

    fake.requests.length = 0;
    const { library } = await open({ cache: true });
    expect(fake.requests).toEqual([]);
    expect(libraryStatus(library).semantic).toMatchObject({ status: 'on', embedded: 3 });
    expect((await claimsFor(library, 'is quiphen safe?'))[0]).toBe(ZORBLAT);
    expect(fake.requests.map((r) => r.input)).toEqual([['is quiphen safe?']]);

    fake.requests.length = 0;
    await writeFile(join(dir, 'garden.md'), reportText('Gardening', ['Tomatoes need six hours of sun daily.', 'Basil wilts in frost.']));
    await open({ cache: true });
    expect(fake.requests.flatMap((r) => r.input)).toEqual([expect.stringContaining('Basil wilts in frost.')]);

    fake.requests.length = 0;
    await open({ cache: true, model: 'other-model' });
    expect(fake.requests.flatMap((r) => r.input)).toHaveLength(4);
    expect(fake.requests.every((r) => r.model === 'other-model')).toBe(true);
  });

  it('is used by npm run ask when EMBEDDINGS_URL is set, with the same --json keys, and says on stderr when it is off', async () => {
    // In this process: what reading the settings from the environment gives is the same there; ask as
    // a process (its stdout the JSON alone, its exit codes) is test/cli/ask.test.ts's.
    const env = { EMBEDDINGS_URL: fake.url, EMBEDDINGS_MODEL: 'fake-embed', REPORT_CACHE_DIR: 'off' };
    const on = await askInProcess(['--reports', dir, '--json', 'is quiphen safe?'], env);
    expect(on.code).toBe(0);
    const json = JSON.parse(on.stdout) as { results: { claim: string }[] };
    expect(json.results[0]!.claim).toBe(ZORBLAT);
    const lexical = await askInProcess(['--reports', dir, '--json', 'is quiphen safe?'], { REPORT_CACHE_DIR: 'off' });
    expect(Object.keys(json).sort()).toEqual(Object.keys(JSON.parse(lexical.stdout) as object).sort());
    await fake.close();
    const off = await askInProcess(['--reports', dir, '--json', 'tomatoes sun'], env);
    expect(off.code).toBe(0);
    expect(off.stderr).toContain('note: semantic search is off, answering lexically: cannot reach');
    expect((JSON.parse(off.stdout) as { results: { claim: string }[] }).results[0]!.claim).toBe('Tomatoes need six hours of sun daily.');
  }, 60_000);
});
