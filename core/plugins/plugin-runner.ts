// Runs a plugin's calls on Hearth's own WebAssembly runtime, on the server's thread. A call runs
// synchronously and is bounded by fuel (about one unit per instruction, so a spinning plugin traps
// instead of holding everyone else); a host call that must wait for the database or the network
// pauses the call, which runs again once the wait is over, answered from its journal. The whole
// call, waits included, is bounded by the plugin's timeout, which Hearth enforces itself.
//
// One instance serves every call, since a run never overlaps another on this thread. An instance
// that a run left through a trap, fuel or a pause is discarded and the next run starts a fresh
// one. Events run one after another, in the order they came; commands do not wait behind them.
import { PluginCallError, PluginNondeterministicError } from '../errors.js';
import type { Logger } from '../telemetry/logger.js';
import type { CallScope } from './call-scope.js';
import type { CallSlot } from './host-functions/host-function.js';
import { CallJournal, CallPaused } from './runtime/call-journal.js';
import type { KernelLimits } from './runtime/extism-kernel.js';
import { type CallOutcome, type RawHostFunction, WasmInstance } from './runtime/wasm-instance.js';

/** A call may pause this many times for host work before it is refused. */
const MAX_PAUSES = 64;
/** Fuel for one call over all its runs, in multiples of the fuel of one run. */
const FUEL_RUNS_FACTOR = 2;

export interface RunnerOptions {
  plugin: string;
  /** The module as rewritten by rewriteModule (metered, limits capped). */
  module: WebAssembly.Module;
  /** The plugin's host functions, bound to the slot the runner fills around each run. */
  hostFunctions: (slot: CallSlot) => Record<string, Record<string, RawHostFunction>>;
  /** The AssemblyScript runtime's imports (Math.random's seed, Date.now), bound to the same slot. */
  runtimeFunctions?: (slot: CallSlot) => Record<string, () => number>;
  /** A fresh random seed for each call. */
  randomSeed: () => bigint;
  /** Wall-clock limit of one call, waits included. */
  timeoutMs: number;
  /** Fuel of one run (about one unit per instruction). */
  fuel: number;
  maxOutputBytes: number;
  /** How long a call out of time still waits for host work it started (so the work can be undone before anyone is told). */
  waitGraceMs: number;
  kernelLimits: KernelLimits;
  config: Record<string, string>;
  logger: Logger;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class PluginRunner {
  private instance: WasmInstance | null = null;
  private readonly slot: CallSlot = { current: null };
  private readonly hostFunctions: Record<string, Record<string, RawHostFunction>>;
  private readonly runtimeFunctions: Record<string, () => number> | undefined;
  private events: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;
  private readonly log: (level: 'trace' | 'debug' | 'info' | 'warn' | 'error', text: string) => void;

  private constructor(private readonly options: RunnerOptions) {
    this.hostFunctions = options.hostFunctions(this.slot);
    this.runtimeFunctions = options.runtimeFunctions?.(this.slot);
    const logger = options.logger.child({ plugin: options.plugin });
    this.log = (level, text) => logger[level](text.slice(0, 2000));
  }

  /** Starts the first instance; a plugin whose start traps or runs out of fuel is refused here. */
  static start(options: RunnerOptions): PluginRunner {
    const runner = new PluginRunner(options);
    runner.instance = runner.createInstance();
    return runner;
  }

  /**
   * Calls an export with text input; resolves with its text output (null when it set none).
   * `ordered` calls (events) run one after another, in the order they were made. Calls made
   * before `close` still run; calls after it are refused.
   */
  call(exportName: string, input: string, scope: CallScope, ordered = false): Promise<string | null> {
    const { plugin } = this.options;
    if (this.closed) return Promise.reject(new PluginCallError('E_PLUGIN_UNAVAILABLE', plugin, `Plugin "${plugin}" has been unloaded.`));
    const result = ordered ? this.events.then(() => this.run(exportName, input, scope)) : this.run(exportName, input, scope);
    if (ordered) this.events = result.catch(() => undefined);
    this.inFlight.add(result);
    const settle = (): void => void this.inFlight.delete(result);
    result.then(settle, settle);
    return result;
  }

  /** Refuses new calls and waits (at most `graceMs`) for those running; their pauses may outlive it. */
  async close(graceMs = this.options.waitGraceMs): Promise<void> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.allSettled([...this.inFlight]), giveUp]);
    clearTimeout(timer);
    this.instance = null;
  }

  private async run(exportName: string, input: string, scope: CallScope): Promise<string | null> {
    const { plugin, fuel, timeoutMs } = this.options;
    const journal = new CallJournal(plugin);
    const seed = this.options.randomSeed();
    const deadline = performance.now() + timeoutMs;
    const bytes = encoder.encode(input);
    let fuelLeft = fuel * FUEL_RUNS_FACTOR;
    for (;;) {
      journal.rewind();
      let instance = this.instance ?? (this.instance = this.createInstance());
      // Every run of a call starts Math.random from the call's seed, so a rerun draws what the first did.
      if (!instance.seedRandom(seed)) instance = this.instance = this.createInstance();
      this.slot.current = { scope, journal, seed };
      let outcome: CallOutcome;
      try {
        outcome = instance.call(exportName, bytes, Math.min(fuel, fuelLeft));
      } finally {
        this.slot.current = null;
      }
      fuelLeft -= outcome.fuelUsed;
      if (outcome.kind === 'returned') {
        const output = this.decodeOutput(exportName, outcome.output);
        // Garbage is collected between calls, out of the plugin's fuel for the run.
        if (!instance.collectGarbage(fuel)) this.instance = null;
        return output;
      }
      if (outcome.kind === 'failed') {
        // The plugin reported the failure itself; its instance is still sound.
        const detail = outcome.error ?? `it returned ${outcome.code}`;
        throw new PluginCallError('E_PLUGIN_TRAP', plugin, `Plugin "${plugin}" crashed: ${detail.replace(/^Plugin-originated error: /, '').slice(0, 300)}`);
      }
      this.instance = null;
      if (outcome.kind === 'out-of-fuel') {
        throw new PluginCallError('E_PLUGIN_FUEL', plugin, `Plugin "${plugin}" ran past its allowance of ${fuel} instructions in ${exportName} and was stopped.`);
      }
      const { error } = outcome;
      if (error instanceof CallPaused) {
        if (journal.pauses > MAX_PAUSES) {
          await settleWithin(error.work, this.options.waitGraceMs);
          throw new PluginCallError('E_PLUGIN_TRAP', plugin, `Plugin "${plugin}" waited on the host more than ${MAX_PAUSES} times in one call of ${exportName}; do less per command.`);
        }
        await this.waitFor(error.work, deadline, exportName);
        continue;
      }
      if (error instanceof PluginNondeterministicError) throw new PluginCallError('E_PLUGIN_NONDETERMINISTIC', plugin, error.message, { cause: error });
      throw new PluginCallError('E_PLUGIN_TRAP', plugin, `Plugin "${plugin}" crashed: ${describeError(error).slice(0, 300)}`, { cause: error });
    }
  }

  /** Waits for a pause's work, but not past the deadline; a call out of time still lets its work settle (briefly) so it can be undone. */
  private async waitFor(work: Promise<void>, deadline: number, exportName: string): Promise<void> {
    const { plugin, timeoutMs } = this.options;
    if (await settleWithin(work, deadline - performance.now())) return;
    await settleWithin(work, this.options.waitGraceMs);
    throw new PluginCallError('E_PLUGIN_TIMEOUT', plugin, `Plugin "${plugin}" did not finish ${exportName} within ${timeoutMs} ms and was stopped.`);
  }

  private decodeOutput(exportName: string, output: Uint8Array | null): string | null {
    const { plugin, maxOutputBytes } = this.options;
    if (output === null) return null;
    if (output.length > maxOutputBytes) throw new PluginCallError('E_PLUGIN_OUTPUT_INVALID', plugin, `Plugin "${plugin}" returned more than ${maxOutputBytes} bytes from ${exportName}.`);
    try {
      return decoder.decode(output);
    } catch {
      throw new PluginCallError('E_PLUGIN_OUTPUT_INVALID', plugin, `Plugin "${plugin}" returned output from ${exportName} that is not UTF-8.`);
    }
  }

  private createInstance(): WasmInstance {
    const { plugin, module, kernelLimits, config } = this.options;
    try {
      return WasmInstance.create({ module, hostFunctions: this.hostFunctions, runtimeFunctions: this.runtimeFunctions, kernelLimits, config, log: this.log });
    } catch (error) {
      throw new PluginCallError('E_PLUGIN_TRAP', plugin, `Plugin "${plugin}" failed to start: ${describeError(error).slice(0, 300)}`, { cause: error });
    }
  }
}

/** True when `work` settled within `ms`. */
async function settleWithin(work: Promise<void>, ms: number): Promise<boolean> {
  if (ms <= 0) return false;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true), expired]);
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'it recursed too deeply (stack overflow)';
  return error instanceof Error ? error.message : String(error);
}
