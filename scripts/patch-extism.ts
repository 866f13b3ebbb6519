// Fixes a leak in @extism/extism 2.0.0-rc13 (pinned), applied after every install.
//
// When a worker plugin is stopped (call timeout, or close) while the main thread is answering one
// of its host-function calls, the answer's ring-buffer writer waits forever for the dead worker
// to read it, and a zero-delay interval Extism keeps alive during host calls spins with it: one
// busy timer leaked per such stop, which also keeps the process from exiting. The patch marks
// those writers abandoned when the plugin is stopped, so they finish at once.
//
// Each replacement must match the pinned source exactly once; any drift fails the install loudly.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const MARKER = '// patched by Hearth: abandon ring-buffer writers of stopped workers\n';

const REPLACEMENTS: Array<[string, string]> = [
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
];

export async function patchExtism(): Promise<'patched' | 'already patched'> {
  // The package's exports hide its files; resolve the entry point Node itself imports.
  const file = fileURLToPath(import.meta.resolve('@extism/extism'));
  let source = await readFile(file, 'utf8');
  if (source.startsWith(MARKER)) return 'already patched';
  for (const [from, to] of REPLACEMENTS) {
    const count = source.split(from).length - 1;
    if (count !== 1) throw new Error(`@extism/extism is not the pinned 2.0.0-rc13: expected one match, found ${count}, for:\n${from}`);
    source = source.replace(from, to);
  }
  await writeFile(file, MARKER + source);
  return 'patched';
}

patchExtism().then(
  (result) => console.log(`@extism/extism: ${result}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
