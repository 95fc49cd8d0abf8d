// Preloaded into the bot process by lastResort.test.ts: on SIGUSR2, a bug that escapes every
// handler, as MISBEHAVE says: an unhandled promise rejection ("reject") or an uncaught exception ("throw").
process.on('SIGUSR2', () => {
  if (process.env.MISBEHAVE === 'reject') void Promise.reject(new Error('deliberate rejection'));
  else setImmediate(() => {
    throw new Error('deliberate exception');
  });
});
