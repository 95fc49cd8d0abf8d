// Builds the Bolt App from the config and the library: Socket Mode when an app token is set,
// else HTTP (POST /slack/events, GET /healthz). Building does no I/O, so tests and main can
// point it at any Slack (SLACK_API_URL) before startApp connects.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type AppOptions, type Logger } from '@slack/bolt';
import { channelScope } from '../access/channelScope.js';
import { type ChannelRules, NO_RULES } from '../access/channelsFile.js';
import { type Config, ConfigError } from '../config.js';
import { RateLimiter, type RateLimitStore } from '../limits/rateLimiter.js';
import type { Library } from '../library/library.js';
import { FeedbackFile } from '../feedback/feedbackFile.js';
import type { FeedbackStore } from '../feedback/votes.js';
import { AnswerTurns } from './answerTurns.js';
import type { BotContext } from './botContext.js';
import { type BodyLimits, BoundedReceiver } from './boundedReceiver.js';
import { healthRoute } from './healthRoute.js';
import type { InFlight } from './inFlight.js';
import { registerListeners } from './listeners/index.js';
import { SeenEvents, type SeenEventStore, skipRepeatedEvents } from './seenEvents.js';
import { boundResponseUrlPosts, SLACK_TIMEOUT_MS, webApiTimeouts } from './slackTimeouts.js';
import { DEFAULT_SLACK_API_URL, waitForSlack } from './waitForSlack.js';

export interface CreateAppOptions {
  config: Config;
  library: Library;
  /** The channels file's rules as they are now (read on every request, so a reload applies at once); none: every report everywhere. */
  channelRules?: () => ChannelRules;
  /** Bolt's console logger when not given. */
  logger?: Logger;
  /** Merged into the Web API client's options (tests set `retryConfig: { retries: 0 }`). */
  clientOptions?: AppOptions['clientOptions'];
  /** Longest wait for one Slack request, Web API call or response_url post (default 5 s). */
  slackTimeoutMs?: number;
  now?: () => number;
  /** Counts requests still being worked on, for a graceful shutdown. */
  inFlight?: InFlight;
  /** The queue answers wait their turn in (answerTurns.ts), the warm-up's too (warmUpSlackAnswers.ts); a new one when not given. */
  turns?: AnswerTurns;
  /**
   * Where the bot keeps handled events, question counts and votes (runBot passes them, shared by
   * replicas when REDIS_URL is set); each made in-process from the config when not given.
   */
  state?: { seenEvents?: SeenEventStore; rateLimiter?: RateLimitStore; feedbackLog?: FeedbackStore };
  /** Optional services' state for /healthz (Redis). */
  services?: () => Record<string, unknown>;
  /** HTTP mode: what a request body may cost (its size, the lingering close after a 413); boundedReceiver.ts's defaults for any not given. */
  bodyLimits?: Partial<BodyLimits>;
}

export function createApp({ config, library, channelRules = () => NO_RULES, logger, clientOptions, slackTimeoutMs = SLACK_TIMEOUT_MS, now = Date.now, inFlight, turns = new AnswerTurns(), state = {}, services, bodyLimits }: CreateAppOptions): App {
  const rateLimiter = state.rateLimiter ?? (config.rateLimitPerMinute > 0 ? new RateLimiter({ max: config.rateLimitPerMinute, windowMs: 60_000 }) : undefined);
  const bot: BotContext = {
    libraryIn: (channel) => library.view(channelScope(channelRules(), channel)),
    feedbackLog: state.feedbackLog ?? new FeedbackFile(config.feedbackLog),
    turns,
    now,
    ...(rateLimiter ? { rateLimiter } : {}),
  };
  const common: AppOptions = {
    token: config.botToken,
    clientOptions: { ...webApiTimeouts(slackTimeoutMs), ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}), ...clientOptions },
    // Bolt sets the logger it is given to its logLevel (INFO when none): keep the configured one.
    ...(logger ? { logger, logLevel: logger.getLevel() } : {}),
    // auth.test runs in init() (called by startApp), not in the constructor.
    deferInitialization: true,
  };
  const receiver = config.appToken
    ? undefined
    : new BoundedReceiver({ signingSecret: config.signingSecret ?? '', customRoutes: [healthRoute(library, services)], ...(logger ? { logger } : {}), ...bodyLimits });
  const app = receiver ? new App({ ...common, receiver }) : new App({ ...common, socketMode: true, appToken: config.appToken });
  if (receiver) receivers.set(app, receiver);
  boundResponseUrlPosts(app, slackTimeoutMs);
  if (inFlight) app.use(inFlight.middleware);
  app.use(skipRepeatedEvents(state.seenEvents ?? new SeenEvents({ now })));
  registerListeners(app, bot);
  return app;
}

export type Started = { mode: 'socket' } | { mode: 'http'; port: number };

/** HTTP mode's receiver of each app (Bolt keeps its own private), for startApp. */
const receivers = new WeakMap<App, BoundedReceiver>();

/**
 * Checks the token, then listens (HTTP) or connects (Socket Mode). HTTP mode listens first, so
 * /healthz answers (503, waiting for Slack) while Slack's Web API does not; a failed start closes it.
 */
export async function startApp(app: App, config: Config): Promise<Started> {
  const receiver = receivers.get(app);
  await receiver?.listen(config.port);
  try {
    return await connect(app, config);
  } catch (error) {
    await receiver?.stop().catch(() => undefined);
    throw error;
  }
}

async function connect(app: App, config: Config): Promise<Started> {
  await waitForSlack(config.slackApiUrl ?? DEFAULT_SLACK_API_URL, app.logger, config.slackRetryFirstDelayMs ? { firstDelayMs: config.slackRetryFirstDelayMs } : {});
  try {
    await app.init();
  } catch (error) {
    throw explainSlackError(error, 'SLACK_BOT_TOKEN') ?? error;
  }
  if (config.appToken) {
    try {
      await app.start();
    } catch (error) {
      throw explainSlackError(error, 'SLACK_APP_TOKEN') ?? error;
    }
    return { mode: 'socket' };
  }
  // Bolt types start() loosely; in HTTP mode it resolves to the node:http server.
  const server = (await app.start(config.port)) as Server;
  return { mode: 'http', port: (server.address() as AddressInfo).port };
}

const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

function explainSlackError(error: unknown, variable: string): ConfigError | undefined {
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  if (typeof code !== 'string' || !AUTH_ERRORS.has(code)) return undefined;
  return new ConfigError(
    `Slack refused ${variable} (${code}). Copy it again from your Slack app's settings; see the "Slack" section of README.md.`,
  );
}
