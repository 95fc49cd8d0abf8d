// `node dist/healthcheck.js`: the container's HEALTHCHECK. Asks this bot's GET /healthz (on
// HEALTH_PORT when set, else PORT, else 3000) and exits 0 when it answers 200, 1 otherwise.

const port = process.env.HEALTH_PORT?.trim() || process.env.PORT?.trim() || '3000';
try {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) });
  const body = await response.text();
  process.stdout.write(`${response.status} ${body}\n`);
  process.exit(response.status === 200 ? 0 : 1);
} catch (error) {
  process.stdout.write(`no answer from http://127.0.0.1:${port}/healthz: ${(error as Error).message}\n`);
  process.exit(1);
}
