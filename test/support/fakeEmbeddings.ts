// A local OpenAI-compatible embeddings server for tests: POST /embeddings answers deterministic
// vectors built from a list of concepts, so chosen words with no letters in common are close.
// Each concept (a group of words) owns one dimension and weighs 10; any other word adds 1 to a
// dimension picked by a hash of it. `mode` makes it misbehave as a real API can.

import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeMode = 'ok' | 'error' | 'slow' | 'wrong-size' | 'garbage';

export interface FakeEmbeddings {
  url: string;
  /** Each request's input texts and its Authorization header. */
  requests: { input: string[]; model: string; authorization?: string }[];
  mode: FakeMode;
  /** Vector size in 'ok' mode. */
  dimensions: number;
  /** From now on, requests wait unanswered until released (to see the bot half-way). */
  hold(): void;
  /** Answers `count` waiting requests (oldest first); with no count, all, and stops holding. */
  release(count?: number): void;
  /** Requests waiting while held. */
  readonly waiting: number;
  /**
   * Resolves once `count` requests are waiting (no clock: a loaded machine only makes it later).
   * Rejects, saying how many came, if they have not after `ms` (a bound on failing, as `eventually`'s).
   */
  untilWaiting(count: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeEmbeddings(concepts: string[][], dimensions = 32, port = 0): Promise<FakeEmbeddings> {
  const conceptOf = new Map<string, number>();
  concepts.forEach((words, i) => words.forEach((word) => conceptOf.set(word, i)));
  const vectorOf = (text: string, size: number): number[] => {
    const vector = new Array<number>(size).fill(0);
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      const concept = conceptOf.get(word);
      if (concept !== undefined) vector[concept] = vector[concept]! + 10;
      else {
        let hash = 0;
        for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
        const at = concepts.length + (hash % (size - concepts.length));
        vector[at] = vector[at]! + 1;
      }
    }
    return vector;
  };
  const held: (() => void)[] = [];
  let holding = false;
  const watchers: { count: number; resolve: () => void }[] = [];
  const hold = (answer: () => void): void => {
    held.push(answer);
    for (const watcher of watchers.filter((w) => held.length >= w.count)) {
      watchers.splice(watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  };
  const fake: FakeEmbeddings = {
    url: '',
    requests: [],
    mode: 'ok',
    dimensions,
    hold: () => {
      holding = true;
    },
    release: (count?: number) => {
      if (count === undefined) holding = false;
      for (const answer of held.splice(0, count ?? held.length)) answer();
    },
    get waiting() {
      return held.length;
    },
    untilWaiting: (count: number, ms = 8000) =>
      held.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => {
              watchers.splice(watchers.indexOf(watcher), 1);
              reject(new Error(`fake embeddings: ${held.length} request(s) waiting after ${ms} ms, not ${count}`));
            }, ms);
            const watcher = {
              count,
              resolve: () => {
                clearTimeout(timer);
                resolve();
              },
            };
            watchers.push(watcher);
          }),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const { input, model } = JSON.parse(body) as { input: string[]; model: string };
      fake.requests.push({ input, model, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      if (req.url !== '/v1/embeddings' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      if (holding) hold(() => answer(input, model, res));
      else answer(input, model, res);
    });
  });
  const answer = (input: string[], model: string, res: ServerResponse): void => {
    const send = (status: number, value: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    switch (fake.mode) {
      case 'error':
        return send(500, { error: { message: 'model not loaded' } });
      case 'garbage':
        res.writeHead(200, { 'content-type': 'application/json' }).end('<html>');
        return;
      case 'slow':
        setTimeout(() => send(200, { data: [] }), 3000).unref();
        return;
      case 'wrong-size':
      case 'ok': {
        const size = fake.mode === 'ok' ? fake.dimensions : fake.dimensions + 5;
        return send(200, { object: 'list', model, data: input.map((text, index) => ({ object: 'embedding', index, embedding: vectorOf(text, size) })) });
      }
    }
  };
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
