// The bot's settings, read from the environment (and .env) once at start and checked, so a
// missing or malformed variable stops the bot with one message that names it.

import { join } from 'node:path';
import type { ChannelsFileConfig } from './access/readChannelsFile.js';
import { DEFAULT_MAX_REPORT_BYTES } from './reports/readReportFile.js';
import { MAX_SLACK_RETRY_DELAY_MS } from './slack/slackRetryDelay.js';

export interface Config {
  /** Bot User OAuth Token, `xoxb-...`. */
  botToken: string;
  /** Signing Secret; needed in HTTP mode, where Slack's requests are verified with it. */
  signingSecret?: string;
  /** App-level token, `xapp-...`; when set the bot connects by Socket Mode. */
  appToken?: string;
  /** HTTP mode port (default 3000). */
  port: number;
  /** A port of its own for GET /healthz (Socket Mode has no HTTP server otherwise); none when unset. */
  healthPort?: number;
  /** Redis that replicas share event dedupe, question limits and votes through; none: this process's own. */
  redisUrl?: string;
  /** Folder of report files (default `reports`). */
  reportsDir: string;
  /**
   * Folder of the parsed-report cache and index snapshot (default `.cache/reports`); null or
   * absent for none (`REPORT_CACHE_DIR=off`).
   */
  reportCacheDir?: string | null;
  /** Largest report file read, in bytes (MAX_REPORT_BYTES, default 5 MB); larger files are named as errors. */
  maxReportBytes?: number;
  /** EMBEDDINGS_URL, EMBEDDINGS_MODEL, EMBEDDINGS_API_KEY: semantic search; absent when unset. */
  embeddings?: EmbeddingsConfig;
  /** CHANNELS_FILE (default `channels.yml`): which collections each channel may search; absent: every report everywhere. */
  channelsFile?: ChannelsFileConfig;
  /** Slack Web API base URL, e.g. for GovSlack or a local test server; Slack's default when unset. */
  slackApiUrl?: string;
  /** SLACK_RETRY_FIRST_SECONDS: the first pause between tries to reach the Web API at start, doubling (waitForSlack's default when unset). */
  slackRetryFirstDelayMs?: number;
  /** Where 👍/👎 feedback is appended, one JSON object per line (default `feedback.jsonl`). */
  feedbackLog: string;
  /** Questions one person may ask per minute (default 10); 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** debug | info | warn | error (default info). */
  logLevel: LogLevelName;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

/** The longest first pause SLACK_RETRY_FIRST_SECONDS may set: waitForSlack's longest pause, which the doubling stops at. */
const MAX_SLACK_RETRY_SECONDS = MAX_SLACK_RETRY_DELAY_MS / 1000;

const HELP =
  'See the "Slack" section of README.md for where each value comes from.\n' +
  'To try the answers without Slack: npm run ask -- "your question"';

type Env = Record<string, string | undefined>;

/** What the bot and the terminal both need to serve a reports folder. */
export interface LibraryConfig {
  reportsDir: string;
  reportCacheDir: string | null;
  maxReportBytes: number;
  /** An OpenAI-compatible embeddings API for semantic search; absent (lexical search only) when EMBEDDINGS_URL is unset. */
  embeddings?: EmbeddingsConfig;
  /** CHANNELS_FILE, default `channels.yml` in the working directory (optional there; required where CHANNELS_FILE names it). */
  channelsFile: ChannelsFileConfig;
}

/** EMBEDDINGS_URL, EMBEDDINGS_MODEL and EMBEDDINGS_API_KEY. */
export interface EmbeddingsConfig {
  /** Base URL of the API, without a trailing slash (`/embeddings` is appended), e.g. http://localhost:11434/v1. */
  url: string;
  model: string;
  apiKey?: string;
}

/**
 * REPORTS_DIR, REPORT_CACHE_DIR, MAX_REPORT_BYTES, CHANNELS_FILE and the EMBEDDINGS_ variables, with their
 * defaults; throws ConfigError naming every malformed one (one per line).
 */
export function libraryConfigFromEnv(env: Env): LibraryConfig {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const problems: string[] = [];
  const cacheDir = value('REPORT_CACHE_DIR') ?? join('.cache', 'reports');
  const maxText = value('MAX_REPORT_BYTES');
  const maxReportBytes = maxText === undefined ? DEFAULT_MAX_REPORT_BYTES : parseByteSize(maxText);
  if (maxReportBytes === null) {
    problems.push(`MAX_REPORT_BYTES must be a size such as 5000000, 800KB or 5MB (more than 0), not "${maxText}".`);
  }
  const embeddings = embeddingsConfigFromEnv(value, problems);
  if (problems.length > 0 || maxReportBytes === null) throw new ConfigError(problems.join('\n'));
  return {
    reportsDir: value('REPORTS_DIR') ?? 'reports',
    reportCacheDir: /^(?:off|none|false|0)$/i.test(cacheDir) ? null : cacheDir,
    maxReportBytes,
    ...(embeddings ? { embeddings } : {}),
    channelsFile: { path: value('CHANNELS_FILE') ?? 'channels.yml', required: value('CHANNELS_FILE') !== undefined },
  };
}

/** The embeddings API when EMBEDDINGS_URL is set; what is wrong with it goes into `problems`. */
function embeddingsConfigFromEnv(value: (name: string) => string | undefined, problems: string[]): EmbeddingsConfig | undefined {
  const url = value('EMBEDDINGS_URL');
  const model = value('EMBEDDINGS_MODEL');
  const apiKey = value('EMBEDDINGS_API_KEY');
  if (url === undefined) {
    if (model !== undefined || apiKey !== undefined) {
      problems.push('EMBEDDINGS_MODEL and EMBEDDINGS_API_KEY need EMBEDDINGS_URL, the base URL of an OpenAI-compatible API such as http://localhost:11434/v1 (or unset them all for lexical search only).');
    }
    return undefined;
  }
  const before = problems.length;
  if (!isHttpUrl(url)) problems.push(`EMBEDDINGS_URL must be an http(s) URL such as http://localhost:11434/v1, not "${url}".`);
  if (model === undefined) problems.push('EMBEDDINGS_MODEL is not set: EMBEDDINGS_URL needs the name of the embedding model, e.g. nomic-embed-text.');
  if (problems.length > before || model === undefined) return undefined;
  return { url: url.replace(/\/+$/, ''), model, ...(apiKey !== undefined ? { apiKey } : {}) };
}

/** `5000000`, `800KB`, `5MB` or `5 mb` to bytes (KB and MB are 1,000 and 1,000,000); null if malformed or 0. */
function parseByteSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb)?$/i.exec(text);
  if (!match) return null;
  const unit = { b: 1, kb: 1e3, mb: 1e6 }[(match[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb'];
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : null;
}

/** Reads and checks the settings; throws ConfigError naming every variable that is wrong. */
export function configFromEnv(env: Env): Config {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === '' ? undefined : raw;
  };

  const botToken = value('SLACK_BOT_TOKEN');
  if (botToken === undefined) problems.push('SLACK_BOT_TOKEN is not set: the Bot User OAuth Token (xoxb-...) from OAuth & Permissions.');
  else if (isPlaceholder(botToken)) problems.push(`SLACK_BOT_TOKEN is still the placeholder from .env.example (${botToken}): set it to the Bot User OAuth Token from OAuth & Permissions.`);
  else if (!/^xoxb-\S+$/.test(botToken)) problems.push('SLACK_BOT_TOKEN must be a bot token starting with xoxb-.');

  const appToken = value('SLACK_APP_TOKEN');
  if (appToken !== undefined && isPlaceholder(appToken)) {
    problems.push(`SLACK_APP_TOKEN is still the placeholder from .env.example (${appToken}): set it to the app-level token (Basic Information > App-Level Tokens), or empty it for HTTP mode.`);
  } else if (appToken !== undefined && !/^xapp-\S+$/.test(appToken)) {
    problems.push('SLACK_APP_TOKEN must be an app-level token starting with xapp- (or unset for HTTP mode).');
  }

  const signingSecret = value('SLACK_SIGNING_SECRET');
  if (signingSecret === undefined && appToken === undefined) {
    problems.push('SLACK_SIGNING_SECRET is not set: HTTP mode needs the Signing Secret from Basic Information (or set SLACK_APP_TOKEN for Socket Mode).');
  } else if (signingSecret !== undefined && /\s/.test(signingSecret)) {
    problems.push('SLACK_SIGNING_SECRET must not contain spaces.');
  }

  const portText = value('PORT') ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) problems.push(`PORT must be a port number from 0 to 65535, not "${portText}".`);

  const healthPortText = value('HEALTH_PORT');
  if (healthPortText !== undefined && (!/^\d+$/.test(healthPortText) || Number(healthPortText) > 65535)) {
    problems.push(`HEALTH_PORT must be a port number from 0 to 65535 (or unset), not "${healthPortText}".`);
  }

  const redisUrl = value('REDIS_URL');
  if (redisUrl !== undefined && !isUrl(redisUrl, ['redis:', 'rediss:'])) {
    problems.push('REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379 (or unset).');
  }

  const slackApiUrl = value('SLACK_API_URL');
  if (slackApiUrl !== undefined && !isHttpUrl(slackApiUrl)) {
    problems.push(`SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, not "${slackApiUrl}".`);
  }

  const retryText = value('SLACK_RETRY_FIRST_SECONDS');
  if (retryText !== undefined && (!/^\d+$/.test(retryText) || Number(retryText) < 1 || Number(retryText) > MAX_SLACK_RETRY_SECONDS)) {
    problems.push(`SLACK_RETRY_FIRST_SECONDS must be a whole number of seconds from 1 to ${MAX_SLACK_RETRY_SECONDS} (or unset), not "${retryText}".`);
  }

  const rateText = value('RATE_LIMIT_PER_MINUTE') ?? '10';
  if (!/^\d+$/.test(rateText)) problems.push(`RATE_LIMIT_PER_MINUTE must be a whole number of questions (0 for no limit), not "${rateText}".`);

  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}".`);

  let library: LibraryConfig | undefined;
  try {
    library = libraryConfigFromEnv(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.message.split('\n'));
  }

  if (problems.length > 0 || !library) throw new ConfigError(`Cannot start the Slack bot:\n  ${problems.join('\n  ')}\n${HELP}`);
  return {
    botToken: botToken as string,
    ...(signingSecret !== undefined ? { signingSecret } : {}),
    ...(appToken !== undefined ? { appToken } : {}),
    port,
    ...library,
    ...(healthPortText !== undefined ? { healthPort: Number(healthPortText) } : {}),
    ...(redisUrl !== undefined ? { redisUrl } : {}),
    // The Web API client appends method names to this base, so it must end with a slash.
    ...(slackApiUrl !== undefined ? { slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` } : {}),
    ...(retryText !== undefined ? { slackRetryFirstDelayMs: Number(retryText) * 1000 } : {}),
    feedbackLog: value('FEEDBACK_LOG') ?? 'feedback.jsonl',
    rateLimitPerMinute: Number(rateText),
    logLevel: logLevel as LogLevelName,
  };
}

/** `xoxb-...` as .env.example writes it: copied without being filled in (Slack would refuse it later, less clearly). */
function isPlaceholder(token: string): boolean {
  return /^x(oxb|app)-(\.\.\.|…)$/.test(token);
}

function isHttpUrl(text: string): boolean {
  return isUrl(text, ['http:', 'https:']);
}

function isUrl(text: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
