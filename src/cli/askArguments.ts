// Reads `npm run ask` arguments. Our own parser rather than node:util's parseArgs, so that every
// mistake gets a message in our words (parseArgs says "Option '--limit' argument is ambiguous"
// for `--limit -1`) and `--limit -1` reads as a bad number, not as a missing one.

import { editDistance } from '../search/editDistance.js';

export interface AskArguments {
  reports?: string;
  json: boolean;
  /** Claims to show (default 5). */
  limit: number;
  list: boolean;
  help: boolean;
  /** Columns to wrap text to; 0 for none. Unset: the terminal's width, or 100. */
  width?: number;
  /** --collection NAME, once or more: answer from these collections (and the top-level reports) only. */
  collections: string[];
  /** --channel ID: answer as that channel would be answered, by the channels file. */
  channel?: string;
  /** The question (or list, show <report>, status, help), as words. */
  words: string[];
}

export const DEFAULT_LIMIT = 5;

export class ArgumentError extends Error {}

const STRING_OPTIONS = ['reports', 'limit', 'width', 'collection', 'channel'] as const;
const BOOLEAN_OPTIONS = ['json', 'list', 'help'] as const;
const OPTION_NAMES: readonly string[] = [...STRING_OPTIONS, ...BOOLEAN_OPTIONS];
/** What an option looks like; "-5 degrees" is a question, not an option. */
const OPTION = /^--?[A-Za-z]/;

export function parseAskArguments(argv: readonly string[]): AskArguments {
  const args: AskArguments = { json: false, limit: DEFAULT_LIMIT, list: false, help: false, collections: [], words: [] };
  let limit: string | undefined;
  let width: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      args.words.push(...argv.slice(i + 1));
      break;
    }
    if (!OPTION.test(arg)) {
      args.words.push(arg);
      continue;
    }
    if (arg === '-h') {
      args.help = true;
      continue;
    }
    const [, name = '', inline] = /^--([^=]*)(?:=(.*))?$/s.exec(arg) ?? [];
    if (!OPTION_NAMES.includes(name)) throw new ArgumentError(unknownOption(arg, name));
    if ((BOOLEAN_OPTIONS as readonly string[]).includes(name)) {
      if (inline !== undefined) throw new ArgumentError(`--${name} takes no value (it was given "${inline}")`);
      args[name as (typeof BOOLEAN_OPTIONS)[number]] = true;
      continue;
    }
    // A string option's value is the next argument, even one starting with "-" (`--limit -1`).
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ArgumentError(`--${name} needs a value, e.g. ${EXAMPLES[name as (typeof STRING_OPTIONS)[number]]}`);
    if (name === 'reports') args.reports = value;
    else if (name === 'collection') args.collections.push(collectionName(value));
    else if (name === 'channel') args.channel = value.trim();
    else if (name === 'limit') limit = value;
    else width = value;
  }
  if (args.channel !== undefined && args.collections.length > 0) throw new ArgumentError('--channel and --collection both say which reports to search; give one of them');
  if (limit !== undefined) {
    if (!/^\d+$/.test(limit) || Number(limit) < 1) throw new ArgumentError(`--limit takes a whole number from 1, not "${limit}"`);
    args.limit = Number(limit);
  }
  if (width !== undefined) {
    if (!/^\d+$/.test(width)) throw new ArgumentError(`--width takes a number of columns (0 for no wrapping), not "${width}"`);
    args.width = Number(width);
  }
  return args;
}

const EXAMPLES: Record<(typeof STRING_OPTIONS)[number], string> = {
  reports: '--reports path/to/reports',
  limit: '--limit 10',
  width: '--width 80',
  collection: '--collection marketing',
  channel: '--channel C0123ABCD',
};

/** A collection as written on the command line (`marketing/`, `marketing\emea`), as the reports name it. */
function collectionName(value: string): string {
  const name = value.trim().replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  if (name === '') throw new ArgumentError(`--collection takes the name of a subfolder of the reports folder, e.g. marketing, not "${value}"`);
  return name;
}

function unknownOption(arg: string, name: string): string {
  const near = OPTION_NAMES.find((known) => editDistance(known, name.toLowerCase()) <= 2);
  const hint = near ? `; did you mean --${near}?` : '; to ask a question that starts with "-", put -- before it';
  return `unknown option ${arg.split('=')[0]}${hint}`;
}
