// The `hearth` CLI as a child process, the way an operator runs it (`node server/cli/hearth.js`,
// the package's bin), and other programs an operator or plugin author runs (npm scripts), with
// only the environment a test gives them: none of the test process's own Hearth settings or
// test-runner state leaks in.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const HEARTH_CLI = fileURLToPath(new URL('../../server/cli/hearth.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ProcessOptions {
  cwd?: string;
  /** Killed after this long (a hung child must not hang the suite). */
  timeoutMs?: number;
  /** Written to the program's standard input, which is then closed (otherwise it reads nothing). */
  input?: string;
}

/** Runs `hearth <args>` and resolves with its exit code and output, whatever the code. */
export function runHearthCli(args: string[], environment: Record<string, string> = {}, options: ProcessOptions = {}): Promise<CliResult> {
  return runProgram(process.execPath, [HEARTH_CLI, ...args], environment, options);
}

/** Runs a program with the test's environment minus Hearth's settings, plus `environment`. */
export function runProgram(program: string, args: string[], environment: Record<string, string> = {}, options: ProcessOptions = {}): Promise<CliResult> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('HEARTH_') && name !== 'DATABASE_URL' && !name.startsWith('NODE_TEST') && name !== 'NODE_OPTIONS'),
  );
  const child = spawn(program, args, {
    cwd: options.cwd,
    env: { ...inherited, HEARTH_LOG_LEVEL: 'silent', ...environment },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}
