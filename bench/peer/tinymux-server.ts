// TinyMUX 2.12 (Debian's `tinymux`) as the side-by-side bench's peer: a game made by
// `tinymux-install` in a temporary folder, its netmux.conf edited (netmux-config.ts), and netmux
// run there in its own process group, so that stopping it also stops its DNS and stub helpers.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { freeLoopbackPort } from './free-port.js';
import { benchNetmuxSettings, editNetmuxConf } from './netmux-config.js';
import { TINYMUX_LOGIN } from './peer-login.js';
import type { PeerServer } from './peer-server.js';

const run = promisify(execFile);
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;
const KEPT_LOG_LINES = 200;
// Debian installs its games' commands here, which is often not on a root shell's PATH.
const DEBIAN_GAMES_DIR = '/usr/games';

export interface TinyMuxServer extends PeerServer {
  /** Stops netmux (SIGTERM: it saves its database and exits), killing it if it takes too long. */
  stop(): Promise<void>;
  /** Kills netmux and its helpers at once, for a second Ctrl-C or a dying bench. */
  kill(): void;
}

/** Installs a TinyMUX game in a fresh temporary folder and starts it; `defer` receives the undoing. */
export async function startTinyMux(defer: (cleanup: () => Promise<unknown>) => void, logFile?: string): Promise<TinyMuxServer> {
  const folder = await mkdtemp(join(tmpdir(), 'hearth-peer-tinymux-'));
  defer(() => rm(folder, { recursive: true, force: true }));
  await run('tinymux-install', [], { cwd: folder, env: { ...process.env, PATH: `${process.env['PATH'] ?? ''}${delimiter}${DEBIAN_GAMES_DIR}` } }).catch(
    (error: unknown) => {
      throw new Error(`tinymux-install failed (is Debian's tinymux package installed?): ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  const game = join(folder, 'tinymux', 'game');
  const port = await freeLoopbackPort();
  const confPath = join(game, 'netmux.conf');
  await writeFile(confPath, editNetmuxConf(await readFile(confPath, 'utf8'), benchNetmuxSettings(port)));

  const child = spawn(join(game, 'bin', 'netmux'), ['-c', 'netmux.conf', '-p', 'netmux.pid', '-e', '-'], {
    cwd: game,
    env: { ...process.env, LD_LIBRARY_PATH: join(game, 'bin') },
    // Its own process group: Ctrl-C in the terminal does not reach it, and the group is stopped at once.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = new NetmuxProcess(child, port, logFile ? createWriteStream(logFile) : null);
  defer(() => server.stop());
  await server.waitUntilListening();
  return server;
}

class NetmuxProcess implements TinyMuxServer {
  readonly peer = 'tinymux' as const;
  readonly host = '127.0.0.1';
  readonly login = TINYMUX_LOGIN;
  readonly exit: Promise<number | null>;
  private readonly tail: string[] = [];
  private exitCode: number | null | undefined;
  private version: string | null = null;
  private stopping: Promise<void> | null = null;

  constructor(
    private readonly child: ChildProcess,
    readonly telnetPort: number,
    private readonly log: WriteStream | null,
  ) {
    this.exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    void this.exit.then((code) => (this.exitCode = code));
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => this.note(text));
    }
  }

  get pid(): number {
    return this.child.pid!;
  }

  get description(): string {
    return `${this.version ?? 'TinyMUX'}, command quotas, creation and output limits raised`;
  }

  logTail(): string[] {
    return [...this.tail];
  }

  /** Resolves once the port takes connections; rejects if netmux exits or takes too long. */
  async waitUntilListening(): Promise<void> {
    const deadline = performance.now() + START_TIMEOUT_MS;
    while (performance.now() < deadline) {
      if (this.exitCode !== undefined) throw new Error(`netmux exited (code ${this.exitCode}) before listening:\n${this.tail.join('\n')}`);
      if (await accepts(this.host, this.telnetPort)) return;
      await sleep(100);
    }
    throw new Error(`netmux did not listen on port ${this.telnetPort} within ${START_TIMEOUT_MS / 1000} s:\n${this.tail.join('\n')}`);
  }

  stop(): Promise<void> {
    this.stopping ??= this.stopOnce();
    return this.stopping;
  }

  kill(): void {
    this.signalGroup('SIGKILL');
  }

  private async stopOnce(): Promise<void> {
    if (this.exitCode === undefined) {
      this.signalGroup('SIGTERM');
      const timer = setTimeout(() => this.kill(), STOP_TIMEOUT_MS);
      await this.exit;
      clearTimeout(timer);
    }
    // Its helpers end when netmux does; any left over go with the group.
    this.signalGroup('SIGKILL');
    await new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve()));
  }

  private signalGroup(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.pid, signal);
    } catch {
      // The group is gone already.
    }
  }

  private note(text: string): void {
    this.log?.write(text);
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      this.version ??= /Starting: (MUX [\d.]+)/.exec(line)?.[1] ?? null;
      this.tail.push(line);
      if (this.tail.length > KEPT_LOG_LINES) this.tail.shift();
    }
  }
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
