// Debian's nats-server for cluster tests, with JetStream, on a free loopback port and a fresh
// storage folder. CI installs it (.ci/run); on a machine without it the test is skipped, saying
// what to install. It can be stopped and started again on the same port (a NATS outage).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const CANDIDATES = [process.env['HEARTH_NATS_SERVER'], '/usr/sbin/nats-server', '/usr/bin/nats-server'];

export interface TestNatsServer {
  /** The URL the roles are given (with the credentials, when the server requires them). */
  url: string;
  /** The URL without credentials. */
  plainUrl: string;
  port: number;
  /** The running nats-server's process id (null while it is stopped), for sampling its CPU and memory. */
  readonly pid: number | null;
  /** Stops it (SIGKILL: an outage, not a goodbye). */
  kill(): Promise<void>;
  /** Starts it again on the same port and folder. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

function natsServerPath(): string | undefined {
  return CANDIDATES.find((candidate) => candidate && existsSync(candidate));
}

/**
 * For `describe(..., { skip })`: a reason to skip when nats-server is missing on a developer's
 * machine; false in CI, where a missing nats-server must fail the tests rather than hide them.
 */
export function skipWithoutNats(): string | false {
  if (natsServerPath() || process.env['CI']) return false;
  return 'nats-server is not installed (apt-get install -y nats-server); these tests need it.';
}

export async function startTestNats(options: { user?: string; pass?: string } = {}): Promise<TestNatsServer> {
  const binary = natsServerPath();
  if (!binary) throw new Error('nats-server is not installed (apt-get install -y nats-server); these tests need it.');
  const port = await freePort();
  const storage = await mkdtemp(join(tmpdir(), 'hearth-nats-'));
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    const logs: string[] = [];
    const auth = options.user ? ['--user', options.user, '--pass', options.pass ?? ''] : [];
    child = spawn(binary, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storage, ...auth], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    const deadline = Date.now() + 15_000;
    while (!(await accepts(port))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nats-server did not start on port ${port}:\n${logs.join('')}`);
      await delay(50);
    }
  };
  const kill = async (): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: options.user ? `nats://${encodeURIComponent(options.user)}:${encodeURIComponent(options.pass ?? '')}@127.0.0.1:${port}` : `nats://127.0.0.1:${port}`,
    plainUrl: `nats://127.0.0.1:${port}`,
    port,
    get pid() {
      return (child as ChildProcess | null)?.pid ?? null;
    },
    kill,
    restart: start,
    async dispose() {
      await kill();
      await rm(storage, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
