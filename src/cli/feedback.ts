// `npm run feedback -- [--file PATH] [--json]`: the votes on the bot's answers, for whoever tunes
// the search. Reads FEEDBACK_LOG (default feedback.jsonl), and with REDIS_URL set the votes the
// replicas share there too. Exits 0 when it could read them (none is fine), 2 when it could not.

import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { FeedbackFile } from '../feedback/feedbackFile.js';
import { summarizeFeedback } from '../feedback/feedbackSummary.js';
import type { FeedbackRecord } from '../feedback/votes.js';
import { createLogger } from '../logging/createLogger.js';
import { feedbackSummaryText } from '../render/feedbackSummaryText.js';
import { RedisConnection, withoutPassword } from '../redis/redisConnection.js';
import { RedisFeedbackStore } from '../redis/redisFeedbackStore.js';
import type { CliIo } from './cliIo.js';
import { runAsProcess } from './runAsProcess.js';

const USAGE = 'usage: npm run feedback -- [--file PATH] [--json]';

async function main(io: CliIo): Promise<number> {
  dotenv.config({ quiet: true });
  let options;
  try {
    options = parseArgs({ options: { file: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: false }).values;
  } catch (error) {
    io.stderr.write(`feedback: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const path = options.file ?? (io.env.FEEDBACK_LOG?.trim() || 'feedback.jsonl');
  const redisUrl = io.env.REDIS_URL?.trim() || undefined;
  let records: FeedbackRecord[];
  try {
    records = await readVotes(path, redisUrl);
  } catch (error) {
    io.stderr.write(`feedback: cannot read the votes in ${path}: ${(error as Error).message}\n`);
    return 2;
  }
  const summary = summarizeFeedback(records);
  const source = redisUrl ? `${path} and ${withoutPassword(redisUrl)}` : path;
  io.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : feedbackSummaryText(summary, source));
  return 0;
}

async function readVotes(path: string, redisUrl: string | undefined): Promise<FeedbackRecord[]> {
  const file = new FeedbackFile(path);
  if (!redisUrl) return file.records();
  // Warnings (Redis unreachable: only the file is read) go to stderr, so --json stays clean.
  const logger = createLogger({ secrets: [], level: 'warn', pretty: false, destination: process.stderr });
  const redis = await RedisConnection.open(redisUrl, logger, { connectWaitMs: 2000 });
  try {
    return await new RedisFeedbackStore(redis, file).records();
  } finally {
    await redis.close();
  }
}

await runAsProcess('feedback', main);
