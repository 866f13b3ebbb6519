// Runs a plugin in Extism workers: a small pool of instances, each with its own queue (an instance
// is not reentrant), so one slow call (a database wait, a loop until its timeout) does not hold
// every other player's command. Instances beyond the first start only when every one is busy.
// Events all go through the first instance, one after another, so a plugin sees them in order.
// Calls are bounded in time and memory, and a call that traps or times out leaves a fresh instance
// behind for the next one. Errors come out classified: timeout, trap, or malformed output.
import createPlugin, { type Plugin } from '@extism/extism';
import { PluginCallError } from '../errors.js';
import type { Logger } from '../telemetry/logger.js';
import type { CallScope } from './call-scope.js';
import type { ExtismHostFunction } from './host-functions/host-function.js';
import { installWorkerGuard, workerErrorSince } from './worker-guard.js';

export interface RunnerOptions {
  plugin: string;
  module: WebAssembly.Module;
  functions: Record<string, Record<string, ExtismHostFunction>>;
  timeoutMs: number;
  memoryPages: number;
  maxOutputBytes: number;
  config: Record<string, string>;
  allowedHosts: string[];
  logger: Logger;
  /** Most instances the pool grows to (at least 1). */
  maxInstances?: number;
}

/** One instance and the calls queued for it. */
interface Slot {
  instance: Plugin | null;
  queue: Promise<unknown>;
  /** Calls queued or running on this instance. */
  pending: number;
}

export class PluginRunner {
  private readonly slots: Slot[] = [];
  private closed = false;

  private constructor(private readonly options: RunnerOptions) {}

  /** Starts the first instance; a plugin whose start-up traps is refused here. */
  static async start(options: RunnerOptions): Promise<PluginRunner> {
    installWorkerGuard();
    const runner = new PluginRunner(options);
    runner.slots.push({ instance: await runner.createInstance(), queue: Promise.resolve(), pending: 0 });
    return runner;
  }

  /** Instances started so far. */
  get instances(): number {
    return this.slots.length;
  }

  /**
   * Calls an export with text input; resolves with its text output (null when it set none).
   * `ordered` calls (events) all run on the first instance, in the order they were made. Calls
   * queued before `close` still run; calls after it are refused.
   */
  call(exportName: string, input: string, scope: CallScope, ordered = false): Promise<string | null> {
    const { plugin } = this.options;
    if (this.closed) return Promise.reject(new PluginCallError('E_PLUGIN_UNAVAILABLE', plugin, `Plugin "${plugin}" has been unloaded.`));
    const slot = ordered ? this.slots[0]! : this.pickSlot();
    slot.pending += 1;
    const result = slot.queue.then(() => this.callNow(slot, exportName, input, scope));
    slot.queue = result.catch(() => undefined);
    const done = (): void => void (slot.pending -= 1);
    result.then(done, done);
    return result;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.queue));
    await Promise.all(this.slots.map((slot) => slot.instance?.close().catch(() => undefined)));
    for (const slot of this.slots) slot.instance = null;
  }

  /** An idle instance, else a new one while the pool may grow, else the shortest queue. */
  private pickSlot(): Slot {
    const idle = this.slots.find((slot) => slot.pending === 0);
    if (idle) return idle;
    if (this.slots.length < Math.max(1, this.options.maxInstances ?? 1)) {
      // Its instance is created by the first call queued on it.
      const slot: Slot = { instance: null, queue: Promise.resolve(), pending: 0 };
      this.slots.push(slot);
      return slot;
    }
    return this.slots.reduce((shortest, slot) => (slot.pending < shortest.pending ? slot : shortest));
  }

  private async callNow(slot: Slot, exportName: string, input: string, scope: CallScope): Promise<string | null> {
    const { plugin } = this.options;
    slot.instance ??= await this.createInstance();
    let output: string | null;
    try {
      const result = await slot.instance.call(exportName, input, scope);
      output = result === null ? null : result.text();
    } catch (error) {
      throw await this.recover(slot, error);
    }
    if (output !== null && Buffer.byteLength(output, 'utf8') > this.options.maxOutputBytes) {
      throw new PluginCallError('E_PLUGIN_OUTPUT_INVALID', plugin, `Plugin "${plugin}" returned more than ${this.options.maxOutputBytes} bytes from ${exportName}.`);
    }
    return output;
  }

  /** Classifies a failed call and makes sure the next call gets a healthy instance. */
  private async recover(slot: Slot, error: unknown): Promise<PluginCallError> {
    const { plugin, timeoutMs } = this.options;
    const message = describeError(error);
    if (/timeout/i.test(message)) {
      // Extism has already replaced the worker it had to stop.
      return new PluginCallError('E_PLUGIN_TIMEOUT', plugin, `Plugin "${plugin}" did not finish within ${timeoutMs} ms and was stopped.`, { cause: error });
    }
    const stale = slot.instance;
    slot.instance = null;
    await stale?.close().catch(() => undefined);
    const detail = message.replace(/^Plugin-originated error: /, '').slice(0, 300);
    return new PluginCallError('E_PLUGIN_TRAP', plugin, `Plugin "${plugin}" crashed: ${detail}`, { cause: error });
  }

  private async createInstance(): Promise<Plugin> {
    const { plugin, module, functions, timeoutMs, memoryPages, config, allowedHosts, logger } = this.options;
    const started = Date.now();
    try {
      return await createPlugin(
        { wasm: [{ module }], config },
        {
          useWasi: false,
          runInWorker: true,
          functions,
          timeoutMs,
          memory: { maxPages: memoryPages, maxVarBytes: 1024 * 1024, maxHttpResponseBytes: 1024 * 1024 },
          allowedHosts,
          logger: extismLogger(logger, plugin),
        },
      );
    } catch (error) {
      // A start that traps surfaces from Extism only as an instantiation timeout; the worker's own
      // error (caught by the guard) says what really happened.
      const detail = workerErrorSince(started) ?? describeError(error);
      throw new PluginCallError('E_PLUGIN_TRAP', plugin, `Plugin "${plugin}" failed to start: ${detail.slice(0, 300)}`, { cause: error });
    }
  }
}

/** Extism passes some worker errors on as plain objects; get a readable message either way. */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return JSON.stringify(error) ?? String(error);
}

/** Extism logs through a console-like object; route it to our logger under the plugin's name. */
function extismLogger(logger: Logger, plugin: string): Console {
  const child = logger.child({ plugin });
  const forward = (level: 'trace' | 'debug' | 'info' | 'warn' | 'error') => (...parts: unknown[]) => child[level](parts.map(String).join(' '));
  return { ...console, trace: forward('trace'), debug: forward('debug'), info: forward('info'), log: forward('info'), warn: forward('warn'), error: forward('error') };
}
