// `npm run feedback -- [--file PATH] [--json]`: the votes on the bot's answers, for whoever tunes
// the search. Reads FEEDBACK_LOG (default feedback.jsonl), and with REDIS_URL set the votes the
// replicas share there too. Exits 0 when it could read them (none is fine), 2 on unusable arguments
// or votes it could not read, 1 when an unexpected error stopped it (unexpectedError.ts).

import { parseArgs } from 'node:util';
import { FeedbackFile } from '../feedback/feedbackFile.js';
import { summarizeFeedback } from '../feedback/feedbackSummary.js';
import type { FeedbackRecord } from '../feedback/votes.js';
import { createLogger } from '../logging/createLogger.js';
import { feedbackSummaryText } from '../render/feedbackSummaryText.js';
import { RedisConnection, withoutPassword } from '../redis/redisConnection.js';
import { RedisFeedbackStore } from '../redis/redisFeedbackStore.js';
import type { CliIo } from './cliIo.js';
import { unexpectedError } from './unexpectedError.js';

const USAGE = 'usage: npm run feedback -- [--file PATH] [--json]';

/** Runs `feedback` with these arguments; resolves to its exit code. */
export async function runFeedback(args: string[], io: CliIo): Promise<number> {
  try {
    return await feedback(args, io);
  } catch (error) {
    return unexpectedError('feedback', error, io);
  }
}

async function feedback(args: string[], io: CliIo): Promise<number> {
  let options;
  try {
    options = parseArgs({ args, options: { file: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: false }).values;
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  // An empty path (`--file "$UNSET"`) names no file: read, it was "No votes yet ()".
  if (options.file !== undefined && options.file.trim() === '') return usageError(io, '--file needs a path, e.g. --file feedback.jsonl');
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

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`feedback: ${message}\n${USAGE}\n`);
  return 2;
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
