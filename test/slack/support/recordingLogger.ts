// A Bolt logger that keeps what it is told, so tests can check that a failure was logged (and the
// test output stays quiet).

import { EventEmitter } from 'node:events';
import { type Logger, LogLevel } from '@slack/bolt';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  text: string;
}

export class RecordingLogger implements Logger {
  readonly lines: LogLine[] = [];
  private readonly logged = new EventEmitter();

  debug(...msg: unknown[]): void {
    this.add('debug', msg);
  }
  info(...msg: unknown[]): void {
    this.add('info', msg);
  }
  warn(...msg: unknown[]): void {
    this.add('warn', msg);
  }
  error(...msg: unknown[]): void {
    this.add('error', msg);
  }
  setLevel(): void {}
  getLevel(): LogLevel {
    return LogLevel.DEBUG;
  }
  setName(): void {}

  /** Lines at this level, as text. */
  at(level: LogLine['level']): string[] {
    return this.lines.filter((l) => l.level === level).map((l) => l.text);
  }

  /** Resolves with the first line at `level` matching `pattern`, now or when it is logged. */
  waitFor(level: LogLine['level'], pattern: RegExp): Promise<string> {
    return new Promise((resolve) => {
      const check = (): boolean => {
        const line = this.at(level).find((text) => pattern.test(text));
        if (line === undefined) return false;
        this.logged.off('line', check);
        resolve(line);
        return true;
      };
      if (!check()) this.logged.on('line', check);
    });
  }

  private add(level: LogLine['level'], msg: unknown[]): void {
    const text = msg.map(describe).join(' ');
    this.lines.push({ level, text });
    this.logged.emit('line');
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
