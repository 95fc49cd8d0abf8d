// Turns a report file's bytes into text, or says why they are not a report (binary, not UTF-8).

import type { ReportIssue } from './model.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export type DecodeResult = { ok: true; text: string } | { ok: false; error: ReportIssue };

export function decodeReportText(bytes: Uint8Array, file: string): DecodeResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    // Only on the error path: decode again leniently to point at the first bad byte's line.
    const lenient = lenientUtf8.decode(bytes);
    const bad = lenient.indexOf('\uFFFD');
    return {
      ok: false,
      error: {
        file,
        line: lineAt(lenient, bad),
        reason: 'not UTF-8 text (a binary file, or saved in another encoding such as Latin-1)',
      },
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return { ok: false, error: { file, line: lineAt(text, nul), reason: 'looks binary (contains NUL bytes)' } };
  }
  return { ok: true, text };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
