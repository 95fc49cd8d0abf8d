// The bot's logger: pino behind Bolt's Logger interface, so Bolt's own logs and ours are one
// stream. JSON lines in production, readable lines in development. Every finished line is
// scrubbed of the configured secrets and of anything shaped like a Slack token before it is
// written, so no code path (ours, Bolt's, an error's message) can leak one.

import type { Logger, LogLevel } from '@slack/bolt';
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type PinoPretty from 'pino-pretty';

// pino-pretty is required only for readable lines: a production bot writes JSON, and loading it
// was part of every start's module loading.
const require = createRequire(import.meta.url);

export interface LoggerOptions {
  /** Values never to print: tokens, signing secrets. */
  secrets: string[];
  /** debug | info | warn | error. Default info. */
  level?: string;
  /** Human-readable lines instead of JSON. Default: when not NODE_ENV=production. */
  pretty?: boolean;
  /** Where lines go; default stdout. Tests pass a collector. */
  destination?: { write(line: string): unknown };
}

const SLACK_TOKEN = /\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{6,}/g;
const REDACTED = '[redacted]';

export function scrubSecrets(line: string, secrets: string[]): string {
  let clean = line.replace(SLACK_TOKEN, REDACTED);
  for (const secret of secrets) {
    // Short values would redact ordinary words; real secrets are long.
    if (secret.length >= 8) clean = clean.split(secret).join(REDACTED);
  }
  return clean;
}

export function createLogger(options: LoggerOptions): Logger {
  const usePretty = options.pretty ?? process.env.NODE_ENV !== 'production';
  const target: { write(line: string): unknown } =
    options.destination ?? (usePretty ? (require('pino-pretty') as typeof PinoPretty)({ colorize: process.stdout.isTTY, sync: true }) : process.stdout);
  const destination: DestinationStream = {
    write: (line: string) => target.write(scrubSecrets(line, options.secrets)),
  };
  const base = pino({ level: options.level ?? 'info', base: undefined }, destination);
  return boltLogger(base);
}


/** Bolt logs with (...args); pino wants (object?, message). */
function boltLogger(log: PinoLogger<never>): Logger {
  // Bolt's Logger interface types its arguments as any[]; they are strings, Errors or objects.
  const write = (level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]): void => {
    const errors = args.filter((a): a is Error => a instanceof Error);
    const objects = args.filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && !(a instanceof Error));
    const text = args.filter((a) => typeof a !== 'object' || a === null).map(String).join(' ');
    const fields: Record<string, unknown> = Object.assign({}, ...objects);
    if (errors[0]) fields.err = errors[0];
    const message = text || errors[0]?.message || '';
    if (Object.keys(fields).length > 0) log[level](fields, message);
    else log[level](message);
  };
  return {
    debug: (...args: unknown[]) => write('debug', args),
    info: (...args: unknown[]) => write('info', args),
    warn: (...args: unknown[]) => write('warn', args),
    error: (...args: unknown[]) => write('error', args),
    setLevel: (level: LogLevel) => {
      log.level = level;
    },
    getLevel: () => log.level as LogLevel,
    setName: (name: string) => {
      log.setBindings({ name });
    },
  };
}
