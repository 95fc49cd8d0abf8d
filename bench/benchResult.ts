// What one benchmark run measured: the JSON other tools read (`npm run bench -- --json`, keep the
// shape) and the table people read.

export interface LatencyFigures {
  p50Ms: number;
  p99Ms: number;
}

export interface HttpFigures extends LatencyFigures {
  /** Requests per second offered. */
  rate: number;
  requests: number;
  errors: number;
}

export interface BenchResult {
  corpus: { reports: number; claims: number; bytes: number };
  parse: { MBps: number };
  coldStartMs: number;
  warmStartMs: number;
  rssMB: number;
  heapMB: number;
  rawSearch: LatencyFigures;
  answer: LatencyFigures;
  /** null when the Slack app cannot be started here (see the table's note). */
  http: HttpFigures | null;
}

/** Figures for people only; not part of the JSON. */
export interface BenchDetails {
  /** The bot's own search (pruned in a large library), next to raw MiniSearch. */
  search: LatencyFigures;
  /** The answer path on the natural-language questions alone. */
  answerNatural: LatencyFigures;
  hugeReport: { claims: number; bytes: number; parseMs: number };
  coldMaxBlockMs: number;
  warmMaxBlockMs: number;
  parseSampleBytes: number;
  answerRenderer: string;
  /** p99 of the HTTP acknowledgement alone (autocannon's latency), when HTTP was measured. */
  httpAckP99Ms?: number;
  httpConnections?: number;
  httpNote?: string;
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function roundResult(result: BenchResult): BenchResult {
  const latency = (l: LatencyFigures): LatencyFigures => ({ p50Ms: round(l.p50Ms, 3), p99Ms: round(l.p99Ms, 3) });
  return {
    corpus: result.corpus,
    parse: { MBps: round(result.parse.MBps, 2) },
    coldStartMs: Math.round(result.coldStartMs),
    warmStartMs: Math.round(result.warmStartMs),
    rssMB: Math.round(result.rssMB),
    heapMB: Math.round(result.heapMB),
    rawSearch: latency(result.rawSearch),
    answer: latency(result.answer),
    http: result.http && { ...result.http, ...latency(result.http) },
  };
}

export function benchTable(result: BenchResult, details: BenchDetails): string {
  const r = roundResult(result);
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
  const rows: [string, string][] = [
    ['corpus', `${r.corpus.reports} reports, ${r.corpus.claims} claims, ${mb(r.corpus.bytes)}`],
    ['parse (1 thread)', `${r.parse.MBps} MB/s (on ${mb(details.parseSampleBytes)})`],
    ['one huge report', `${details.hugeReport.claims} claims, ${mb(details.hugeReport.bytes)}: ${Math.round(details.hugeReport.parseMs)} ms`],
    ['cold start', `${r.coldStartMs} ms (longest event-loop block ${Math.round(details.coldMaxBlockMs)} ms)`],
    ['warm start', `${r.warmStartMs} ms (longest event-loop block ${Math.round(details.warmMaxBlockMs)} ms)`],
    ['RSS / heap after load', `${r.rssMB} MB / ${r.heapMB} MB`],
    ['raw MiniSearch p50 / p99', `${r.rawSearch.p50Ms} / ${r.rawSearch.p99Ms} ms (the bot's query, every match scored)`],
    ['bot search p50 / p99', `${round(details.search.p50Ms, 3)} / ${round(details.search.p99Ms, 3)} ms (pruned from 2,000 claims)`],
    [`answer path p50 / p99`, `${r.answer.p50Ms} / ${r.answer.p99Ms} ms (question -> ${details.answerRenderer})`],
    ['  natural questions only', `${round(details.answerNatural.p50Ms, 3)} / ${round(details.answerNatural.p99Ms, 3)} ms`],
    [
      'HTTP /reports p50 / p99',
      r.http
        ? `${r.http.p50Ms} / ${r.http.p99Ms} ms to the answer at ${r.http.rate} req/s` +
          (details.httpConnections !== undefined ? ` over ${details.httpConnections} connections` : '') +
          `, ${r.http.requests} requests, ${r.http.errors} errors` +
          (details.httpAckP99Ms !== undefined ? ` (ack p99 ${details.httpAckP99Ms} ms)` : '')
        : `not measured: ${details.httpNote ?? 'no Slack app'}`,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return `${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`;
}
