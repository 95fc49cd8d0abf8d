// A report file's bytes to a ParseResult: decode, then parse. Pure; shared by the in-process
// loader and the parse workers so both give the same result.

import { decodeReportText } from './decodeReportText.js';
import type { ParseResult } from './model.js';
import { parseReport } from './parseReport.js';

export function parseReportBytes(bytes: Uint8Array, name: string): ParseResult {
  const decoded = decodeReportText(bytes, name);
  return decoded.ok ? parseReport(decoded.text, name) : decoded;
}
