// The report parser on this thread, loaded the first time a file is parsed here: a bot whose
// reports parse on worker threads or come from the cache never loads remark and gray-matter on its
// main thread, whose modules were a good part of every start's module loading before it listened.

import type { ParseResult } from './model.js';

let parser: Promise<typeof import('./parseReportBytes.js')> | undefined;

/** parseReportBytes, on this thread. */
export async function parseInProcess(bytes: Uint8Array, file: string): Promise<ParseResult> {
  parser ??= import('./parseReportBytes.js');
  return (await parser).parseReportBytes(bytes, file);
}
