// The frame every host function runs in: read the plugin's JSON input (bounded), validate it,
// run the handler, and write a JSON answer. Whatever goes wrong becomes an error value for the
// plugin (`{"ok": false, "error": {"code", "message"}}`) and, rate-limited, a log line naming the
// plugin; a host function never throws into the server.
//
// Host functions run synchronously inside the plugin's call. One that needs the database or the
// network calls `wait(work)`: the call pauses, the work runs, and the call is run again with every
// earlier host call answered from the call's journal (see runtime/call-journal.ts). So a handler
// must take its rate-limit tokens first (only when `firstRun` is true), then do its waits, and only
// then anything else (pushing events, recording undo steps): a handler that waited runs again.
import type { z } from 'zod';
import { isConnectionFailure } from '../../db/database-health.js';
import { CapabilityDeniedError, DatabaseUnavailableError, type ErrorBody, HearthError, HostCallInvalidError } from '../../errors.js';
import { recordError } from '../../telemetry/metrics.js';
import type { CallScope } from '../call-scope.js';
import type { CapabilitySet, FixedCapability } from '../capabilities.js';
import type { HostServices } from '../host-services.js';
import type { PluginLimits, PluginRates } from '../plugin-limits.js';
import type { PluginTable } from '../plugin-schema.js';
import { CallPaused, type CallJournal, HostCallWaits } from '../runtime/call-journal.js';
import type { ExtismKernel } from '../runtime/extism-kernel.js';
import type { RawHostFunction } from '../runtime/wasm-instance.js';
import type { LogRate } from '../../limits/log-rate.js';
import { nameTooLongIn } from './lookup-name.js';

/** Fuel one host call costs, before the bytes it passes (about what it takes the host). */
export const HOST_CALL_FUEL = 50_000;

/** The call a plugin is running right now, set by the runner around each run of the module. */
export interface ActiveCall {
  scope: CallScope;
  journal: CallJournal;
  /** This call's random seed: the same on every run of the call, so Math.random retraces too. */
  seed: bigint;
}

export interface CallSlot {
  current: ActiveCall | null;
}

/** What a host function knows about the plugin calling it. */
export interface PluginBinding {
  plugin: string;
  capabilities: CapabilitySet;
  services: HostServices;
  limits: PluginLimits;
  rates: PluginRates;
  /** Denials and failures are logged at most this often, so a hostile plugin cannot flood the log. */
  logRate: LogRate;
  /** The tables this plugin's manifest declares, by the name the plugin uses. */
  tables: ReadonlyMap<string, PluginTable>;
}

export interface HostCall<Input> {
  input: Input;
  binding: PluginBinding;
  scope: CallScope;
  /** False when this host call already ran and waited; its effects before the wait already happened. */
  firstRun: boolean;
  /** The result of async work; pauses the plugin call until it has settled (see the file comment). */
  wait<T>(work: () => Promise<T>, undo?: (result: T) => Promise<unknown>): T;
}

export type HostResult = Record<string, unknown>;

export interface HostFunctionSpec<Schema extends z.ZodType> {
  name: string;
  input: Schema;
  run(call: HostCall<z.infer<Schema>>): HostResult;
}

export function defineHostFunction<Schema extends z.ZodType>(spec: HostFunctionSpec<Schema>): HostFunctionSpec<Schema> {
  return spec;
}

/** Binds a host function to one plugin, producing what the module calls. */
export function bindHostFunction<Schema extends z.ZodType>(spec: HostFunctionSpec<Schema>, binding: PluginBinding, slot: CallSlot): RawHostFunction {
  return (kernel, offset) => {
    const active = slot.current;
    const bytes = kernel.read(offset);
    // Host work costs the plugin fuel too, or a loop of host calls would run unmetered.
    kernel.charge(HOST_CALL_FUEL + (bytes?.length ?? 0));
    if (!active) return store(kernel, failure(new HostCallInvalidError(spec.name, 'was called outside a Hearth call (while the plugin was starting)'), spec.name, binding));
    const text = bytes === null ? '' : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const entry = active.journal.next(spec.name, text);
    if (entry.reply !== null) return reply(kernel, entry.reply);
    const { scope } = active;
    let result: HostResult;
    try {
      const input = parseInput(spec, bytes, text, binding.limits.maxHostInputBytes);
      const waits = new HostCallWaits(entry, active.journal, (undo) => scope.recordUndo(undo));
      const firstRun = entry.waits.length === 0;
      result = { ok: true, ...spec.run({ input, binding, scope, firstRun, wait: (work, undo) => waits.wait(work, undo) }) };
    } catch (error) {
      if (error instanceof CallPaused) throw error;
      // Whatever the plugin makes of it, a call that lost the database is refused and undone.
      if (isConnectionFailure(error)) {
        binding.services.database?.report(error);
        scope.databaseFailure ??= error;
        const unavailable = new DatabaseUnavailableError(error);
        result = { ok: false, error: { code: unavailable.code, message: unavailable.message } };
      } else {
        result = failure(error, spec.name, binding);
      }
    }
    entry.reply = JSON.stringify(result);
    return reply(kernel, entry.reply);
  };
}

/** Hands the answer to the plugin, charging for its size (a large answer is host work too). */
function reply(kernel: ExtismKernel, text: string): bigint {
  kernel.charge(text.length);
  return kernel.storeText(text);
}

/** Throws CapabilityDeniedError unless the plugin holds `capability`. */
export function requireCapability(binding: PluginBinding, capability: FixedCapability, action: string): void {
  if (!binding.capabilities.has(capability)) throw new CapabilityDeniedError(binding.plugin, capability, action);
}

function store(kernel: ExtismKernel, result: HostResult): bigint {
  return kernel.storeText(JSON.stringify(result));
}

function parseInput<Schema extends z.ZodType>(spec: HostFunctionSpec<Schema>, bytes: Uint8Array | null, text: string, maxBytes: number): z.infer<Schema> {
  if (bytes === null) throw new HostCallInvalidError(spec.name, 'received no input; pass a JSON object');
  if (bytes.length > maxBytes) throw new HostCallInvalidError(spec.name, `input of ${bytes.length} bytes exceeds ${maxBytes}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HostCallInvalidError(spec.name, 'input is not valid JSON');
  }
  const parsed = spec.input.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw nameTooLongIn(issue) ?? new HostCallInvalidError(spec.name, `${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return parsed.data;
}

function failure(error: unknown, name: string, binding: PluginBinding): HostResult {
  return { ok: false, error: describe(error, name, binding) };
}

function describe(error: unknown, name: string, binding: PluginBinding): ErrorBody {
  const logger = binding.services.logger;
  recordError(error instanceof HearthError ? error.code : 'E_HOST_FAILED', 'host_call');
  if (error instanceof HearthError) {
    if (error.code === 'E_CAPABILITY_DENIED' || error.code === 'E_RATE_LIMITED') {
      const suppressed = binding.logRate.take();
      if (suppressed !== null) logger.warn({ plugin: binding.plugin, hostFunction: name, code: error.code, suppressed }, error.message);
    }
    return { code: error.code, message: error.message };
  }
  const suppressed = binding.logRate.take();
  // The stack only for the first of a burst: the same failure repeated says nothing new.
  if (suppressed !== null) logger.error({ err: suppressed === 0 ? error : String(error), plugin: binding.plugin, hostFunction: name, suppressed }, 'host function failed');
  return { code: 'E_HOST_FAILED', message: `${name} failed inside Hearth; the error has been logged.` };
}
