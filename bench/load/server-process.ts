// The server under test as a child process: the real entry point as `npm start` runs it (the
// compiled dist/server/main.js, built first if the sources changed), on free ports,
// with the environment the bench chooses. Its JSON log is read for the ports it chose and for
// warnings, and it is stopped with SIGTERM (SIGKILL if it does not exit in time).
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../scripts/build-server.js';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const KEPT_LOG_LINES = 200;

export interface ServerStart {
  /** HEARTH_* and DATABASE_URL settings; ports are always chosen by the server. */
  environment: Record<string, string>;
  /** Where `node --cpu-prof` writes the server's profile; no profiling when absent. */
  cpuProfileDir?: string;
  logFile?: string;
}

export interface LogWarning {
  level: 'warn' | 'error' | 'fatal';
  message: string;
  count: number;
}

export class ServerProcess {
  private readonly tail: string[] = [];
  private readonly warningCounts = new Map<string, LogWarning>();
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private stopping: Promise<number | null> | null = null;

  private constructor(
    private readonly child: ChildProcess,
    readonly telnetPort: number,
    readonly httpPort: number,
    private readonly log: WriteStream | null,
    readLines: (onLine: (line: string) => void) => void,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    void this.exited.then((code) => (this.exitCode = code));
    readLines((line) => this.note(line));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves with the exit code once the process has ended, however it ended. */
  get exit(): Promise<number | null> {
    return this.exited;
  }

  /** True while the process runs. */
  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** Warnings and errors the server logged, counted by message. */
  warnings(): LogWarning[] {
    return [...this.warningCounts.values()].sort((a, b) => b.count - a.count);
  }

  logTail(): string[] {
    return [...this.tail];
  }

  static async start(options: ServerStart): Promise<ServerProcess> {
    await buildServer();
    const environment: NodeJS.ProcessEnv = { ...process.env };
    // Only what the bench chooses reaches the server: no stray settings from the caller's shell.
    for (const name of Object.keys(environment)) {
      if (name.startsWith('HEARTH_') || name === 'DATABASE_URL' || name.startsWith('OTEL_')) delete environment[name];
    }
    Object.assign(environment, options.environment, { HEARTH_TELNET_PORT: '0', HEARTH_HTTP_PORT: '0' });
    const profiling = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
    const child = spawn(process.execPath, [...profiling, 'dist/server/main.js'], {
      cwd: REPOSITORY_ROOT,
      env: environment,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = options.logFile ? createWriteStream(options.logFile) : null;
    const listeners: Array<(line: string) => void> = [];
    const early: string[] = [];
    const emit = (line: string): void => {
      log?.write(`${line}\n`);
      early.push(line);
      if (early.length > KEPT_LOG_LINES) early.shift();
      for (const listener of listeners) listener(line);
    };
    splitLines(child.stdout!, emit);
    splitLines(child.stderr!, emit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s:\n${early.join('\n')}`));
      }, START_TIMEOUT_MS);
      const onExit = (code: number | null): void => {
        clearTimeout(timer);
        reject(new Error(`the server exited (code ${code}) before listening:\n${early.join('\n')}`));
      };
      child.once('exit', onExit);
      const waitForPorts = (line: string): void => {
        const entry = parseLogLine(line);
        if (entry?.msg !== 'Hearth is listening') return;
        clearTimeout(timer);
        child.off('exit', onExit);
        listeners.splice(listeners.indexOf(waitForPorts), 1);
        resolve(
          new ServerProcess(child, Number(entry['telnetPort']), Number(entry['httpPort']), log, (onLine) => {
            for (const line of early) onLine(line);
            listeners.push(onLine);
          }),
        );
      };
      listeners.push(waitForPorts);
    });
  }

  /** Asks the server to stop (SIGTERM) and waits; kills it if it takes longer than a minute. */
  stop(): Promise<number | null> {
    this.stopping ??= this.stopOnce();
    return this.stopping;
  }

  private async stopOnce(): Promise<number | null> {
    if (this.running) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await this.exited;
      clearTimeout(timer);
    }
    await new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve()));
    return this.exitCode ?? null;
  }

  /** Ends the server at once, for a second Ctrl-C. */
  kill(): void {
    if (this.running) this.child.kill('SIGKILL');
  }

  private note(line: string): void {
    this.tail.push(line);
    if (this.tail.length > KEPT_LOG_LINES) this.tail.shift();
    const entry = parseLogLine(line);
    const level = typeof entry?.['level'] === 'number' ? entry['level'] : 0;
    if (level < 40) return;
    const name = level >= 60 ? 'fatal' : level >= 50 ? 'error' : 'warn';
    const message = String(entry?.msg ?? '');
    const key = `${name} ${message}`;
    const known = this.warningCounts.get(key);
    if (known) known.count += 1;
    else this.warningCounts.set(key, { level: name, message, count: 1 });
  }
}

function parseLogLine(line: string): (Record<string, unknown> & { msg?: unknown }) | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function splitLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let partial = '';
  stream.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop()!;
    for (const line of lines) if (line.length > 0) onLine(line);
  });
}
