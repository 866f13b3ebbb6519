// Fixes four faults in @extism/extism 2.0.0-rc13 (pinned), applied after every install.
//
// 1. Worker plugins never forget a call's memory blocks. The foreground runner resets its call
// context before every call; the worker runner does not, on either side of the thread boundary.
// Every call's input and output stay in both block lists, and every freed block is sent across
// again on each later host call. Measured here (npm run bench:plugin-call): a call with one host
// call went from 0.3 ms to 10 ms after a few thousand calls, three host calls to 80-170 ms, and
// memory grew with every call. The patch resets both contexts at the start of each call, as the
// foreground runner does; nothing a plugin keeps between calls lives in those blocks (variables
// and config are stored apart).
//
// 2. When a worker plugin is stopped (call timeout, or close) while the main thread is answering one
// of its host-function calls, the answer's ring-buffer writer waits forever for the dead worker
// to read it, and a zero-delay interval Extism keeps alive during host calls spins with it: one
// busy timer leaked per such stop, which also keeps the process from exiting. The patch marks
// those writers abandoned when the plugin is stopped, so they finish at once.
//
// 3. Host-call answers cross the thread boundary through one shared flag that both threads wait
// on, but each side wakes only one waiter (`Atomics.notify(flag, 0, 1)`). When the main thread
// has a stale wait still queued on the flag (likely when its event loop is busy), the wake-up
// meant for the other side is spent on it, and the waiting side sleeps out its 500 ms poll. On a
// loaded machine a plugin making 1,000 host calls in one command took 1.4-30 s (21-43 such
// sleeps) instead of 0.3-0.5 s, and `npm run bench:plugin-call -- --busy 2` shows single calls
// with one round trip at exactly 504 ms. Every waiter re-checks the flag, so the patch wakes all.
//
// 4. A worker plugin must start within its call timeout, so a plugin allowed 100 ms per call
// failed to start whenever the machine was busy (seen in the test suite under load). Starting a
// worker is not the plugin's own work; it now has at least 5 s.
//
// Each replacement must match the pinned source exactly once; any drift fails the install loudly.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const MARKER = '// patched by Hearth: reset worker call contexts; abandon writers of stopped workers; wake every waiter; time to start\n';

type Replacement = [from: string, to: string];

const MAIN_THREAD: Replacement[] = [
  [
    '  async call(funcName, input, hostContext) {\n    const index = this.#context[STORE](input);\n',
    '  async call(funcName, input, hostContext) {\n    this.#context[RESET]();\n    const index = this.#context[STORE](input);\n',
  ],
  [
    '    const writer = new RingBufferWriter(this.sharedData);\n',
    '    const writer = new RingBufferWriter(this.sharedData);\n    (this.hearthWriters ??= new Set()).add(writer);\n',
  ],
  [
    '    } finally {\n      clearInterval(timer);\n    }\n  }\n};\nvar MAX_WAIT = 500;',
    '    } finally {\n      clearInterval(timer);\n      this.hearthWriters?.delete(writer);\n    }\n  }\n' +
      '  hearthAbandonWriters() {\n    for (const writer of this.hearthWriters ?? []) {\n      writer.abandoned = true;\n      Atomics.notify(writer.flag, 0);\n    }\n  }\n};\nvar MAX_WAIT = 500;',
  ],
  [
    '  async #handleTimeout() {\n    const request = this.#request;\n',
    '  async #handleTimeout() {\n    const request = this.#request;\n    this.hearthAbandonWriters();\n',
  ],
  [
    '  async close() {\n    if (this.worker) {\n      await terminateWorker(this.worker);\n      this.worker = null;\n    }\n  }\n  async #handleInvoke(ev) {',
    '  async close() {\n    this.hearthAbandonWriters();\n    if (this.worker) {\n      await terminateWorker(this.worker);\n      this.worker = null;\n    }\n  }\n  async #handleInvoke(ev) {',
  ],
  ['    } while (value === lastKnownValue);\n  }\n  signal() {', '    } while (value === lastKnownValue && !this.abandoned);\n  }\n  signal() {'],
  ['    Atomics.notify(this.flag, 0, 1);\n  }\n  async flush() {', '    Atomics.notify(this.flag, 0);\n  }\n  async flush() {'],
  [
    '    [timeout(opts.timeoutMs, timedOut), createWorker(',
    '    [startTimer = timeout(opts.timeoutMs == null ? null : Math.max(opts.timeoutMs, MIN_START_MS), timedOut), createWorker(',
  ],
  ['  let earlyWorker;\n  const onworker', '  let earlyWorker, startTimer;\n  const onworker'],
  ['  if (worker === timedOut) {\n    await terminateWorker(earlyWorker);', '  clearTimeout(startTimer?.hearthTimer);\n  if (worker === timedOut) {\n    await terminateWorker(earlyWorker);'],
  ['var MAX_WAIT = 500;', 'var MAX_WAIT = 500;\nvar MIN_START_MS = 5e3;'],
  // The start timer must not outlive a start that won the race (it would hold the process open).
  [
    'function timeout(ms, sentinel) {\n  return ms === null ? null : new Promise((resolve) => setTimeout(() => resolve(sentinel), ms));\n}',
    'function timeout(ms, sentinel) {\n  if (ms === null) return null;\n  let timer;\n  const promise = new Promise((resolve) => { timer = setTimeout(() => resolve(sentinel), ms); });\n  promise.hearthTimer = timer;\n  return promise;\n}',
  ],
];

// The worker's source ships minified inside a data: URL; `dt` is its context-reset symbol.
const WORKER: Replacement[] = [
  [
    'throw new Error("invalid state: no context available to worker reactor");this.context[ft](i);',
    'throw new Error("invalid state: no context available to worker reactor");this.context[dt](),this.context[ft](i);',
  ],
  ['signal(){Atomics.store(this.flag,0,N),Atomics.notify(this.flag,0,1)}', 'signal(){Atomics.store(this.flag,0,N),Atomics.notify(this.flag,0)}'],
];

const WORKER_URL_PREFIX = 'new URL("data:text/javascript;base64,';

export async function patchExtism(): Promise<'patched' | 'already patched'> {
  // The package's exports hide its files; resolve the entry point Node itself imports.
  const file = fileURLToPath(import.meta.resolve('@extism/extism'));
  const original = await readFile(file, 'utf8');
  if (original.startsWith(MARKER)) return 'already patched';
  if (original.startsWith('// patched by Hearth')) {
    throw new Error('@extism/extism carries an older Hearth patch; reinstall it (rm -rf node_modules/@extism && npm install) so the current one applies.');
  }
  let source = applyAll(original, MAIN_THREAD, 'the main-thread runner');
  const start = expectOnce(source, WORKER_URL_PREFIX, 'the worker URL') + WORKER_URL_PREFIX.length;
  const end = source.indexOf('"', start);
  const worker = Buffer.from(source.slice(start, end), 'base64').toString('utf8');
  const patchedWorker = Buffer.from(applyAll(worker, WORKER, 'the worker'), 'utf8').toString('base64');
  source = source.slice(0, start) + patchedWorker + source.slice(end);
  await writeFile(file, MARKER + source);
  return 'patched';
}

function applyAll(source: string, replacements: Replacement[], where: string): string {
  let result = source;
  for (const [from, to] of replacements) {
    expectOnce(result, from, where);
    result = result.replace(from, () => to);
  }
  return result;
}

function expectOnce(source: string, text: string, where: string): number {
  const count = source.split(text).length - 1;
  if (count !== 1) throw new Error(`@extism/extism is not the pinned 2.0.0-rc13: expected one match in ${where}, found ${count}, for:\n${text}`);
  return source.indexOf(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  patchExtism().then(
    (result) => console.log(`@extism/extism: ${result}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
