// The cluster's roles as real processes (`node dist/server/cluster/role-main.js gateway|core`,
// what `hearth gateway` and `hearth core` run), with only the environment a test gives them. A
// process is ready when it logs that it runs; a gateway's ports are read from that line. They
// can be killed with SIGKILL, as a crash would.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../scripts/build-server.js';
import { ONE_ADDRESS_LIMITS } from './one-address-limits.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY: Record<'gateway' | 'core', string> = { gateway: 'Hearth gateway is listening', core: 'Hearth core is running' };

export interface RoleProcess {
  child: ChildProcess;
  telnetPort: number;
  httpPort: number;
  logs: string[];
  exited: Promise<number | NodeJS.Signals | null>;
  /** SIGTERM, and waits for it to end. */
  stop(): Promise<void>;
  /** SIGKILL, and waits for it to end. */
  kill(): Promise<void>;
}

/** `ready` names the log message to wait for (a standby core says it stands by). */
export async function startRole(
  role: 'gateway' | 'core',
  environment: Record<string, string>,
  options: { ready?: string; timeoutMs?: number } = {},
): Promise<RoleProcess> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const ready = options.ready ?? READY[role];
  await buildServer();
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('HEARTH_') && name !== 'DATABASE_URL' && !name.startsWith('NODE_TEST')),
  );
  const child = spawn(process.execPath, ['dist/server/cluster/role-main.js', role], {
    cwd: ROOT,
    env: { ...inherited, HEARTH_TELNET_PORT: '0', HEARTH_HTTP_PORT: '0', HEARTH_LOG_LEVEL: 'info', ...ONE_ADDRESS_LIMITS, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the ${role} did not start within ${timeoutMs} ms:\n${logs.join('\n')}`));
    }, timeoutMs);
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        logs.push(line);
        const entry = parse(line);
        if (entry?.msg === ready) {
          clearTimeout(timer);
          resolve({
            child,
            telnetPort: entry.telnetPort ?? 0,
            httpPort: entry.httpPort ?? 0,
            logs,
            exited,
            stop: () => end('SIGTERM'),
            kill: () => end('SIGKILL'),
          });
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the ${role} exited (${code}) before it was ready:\n${logs.join('\n')}`));
    });
  });
}

function parse(line: string): { msg?: string; telnetPort?: number; httpPort?: number } | null {
  try {
    return JSON.parse(line) as { msg?: string; telnetPort?: number; httpPort?: number };
  } catch {
    return null;
  }
}
