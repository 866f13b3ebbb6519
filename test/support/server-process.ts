// The real `npm start` entry point (the compiled dist/server/main.js, which `npm test` builds
// first, as `npm start` does) as a child process, with only the
// environment a test gives it (none of the test process's own Hearth settings leak in). The
// ports it chose are read from its "Hearth is listening" log line.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ONE_ADDRESS_LIMITS } from './one-address-limits.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  telnetPort: number;
  httpPort: number;
  /** Every line it wrote, stdout and stderr. */
  logs: string[];
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<number | NodeJS.Signals | null>;
}

export function startServerProcess(environment: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('HEARTH_') && name !== 'DATABASE_URL' && !name.startsWith('NODE_TEST')),
  );
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: ROOT,
    env: { ...inherited, HEARTH_TELNET_PORT: '0', HEARTH_HTTP_PORT: '0', HEARTH_LOG_LEVEL: 'info', ...ONE_ADDRESS_LIMITS, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${logs.join('\n')}`));
    }, timeoutMs);
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        logs.push(line);
        const entry = parseLogLine(line);
        if (entry?.msg === 'Hearth is listening') {
          clearTimeout(timer);
          resolve({ child, telnetPort: entry.telnetPort!, httpPort: entry.httpPort!, logs, exited });
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was listening:\n${logs.join('\n')}`));
    });
  });
}

function parseLogLine(line: string): { msg?: string; telnetPort?: number; httpPort?: number } | null {
  try {
    return JSON.parse(line) as { msg?: string; telnetPort?: number; httpPort?: number };
  } catch {
    return null;
  }
}
