// A real redis-server (Debian's redis-server package; .ci/run installs it) on a free loopback port,
// without persistence, started and stopped by the test. Restart on the same port to bring it back.

import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './freePort.js';

export class RedisServer {
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly args: string[],
  ) {}

  /** Starts one on a free port; `args` are added to redis-server's (e.g. --requirepass). */
  static async start(args: string[] = []): Promise<RedisServer> {
    const server = await RedisServer.notStarted(args);
    await server.restart();
    return server;
  }

  /** One on a free port, not started yet: a Redis that is not there (yet). */
  static async notStarted(args: string[] = []): Promise<RedisServer> {
    return new RedisServer(await freePort(), args);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** Starts it again after stop(), on the same port, empty. */
  async restart(): Promise<void> {
    if (this.child) return;
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', ...this.args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.once('error', (error) =>
        reject(new Error(`cannot start redis-server (${error.message}); install it: apt-get install -y redis-server (.ci/run does)`)),
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
    });
  }

  /** Freezes it (SIGSTOP): connections stay open and nothing is answered, as a hung Redis. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  /** Lets a paused one run again (SIGCONT). */
  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** Stops it (SIGTERM), as an outage would. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
}

