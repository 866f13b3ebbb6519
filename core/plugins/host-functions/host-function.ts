// The frame every host function runs in: read the plugin's JSON input (bounded), validate it,
// run the handler, and write a JSON answer. Whatever goes wrong becomes an error value for the
// plugin (`{"ok": false, "error": {"code", "message"}}`) and a log line naming the plugin; a
// host function never throws into the server.
import type { CallContext } from '@extism/extism';
import type { z } from 'zod';
import { isConnectionFailure } from '../../db/database-health.js';
import { CapabilityDeniedError, DatabaseUnavailableError, HearthError, HostCallInvalidError } from '../../errors.js';
import { recordError } from '../../telemetry/metrics.js';
import type { CallScope } from '../call-scope.js';
import type { CapabilitySet, FixedCapability } from '../capabilities.js';
import type { HostServices } from '../host-services.js';
import type { PluginLimits, PluginRates } from '../plugin-limits.js';
import type { PluginTable } from '../plugin-schema.js';

/** What a host function knows about the plugin calling it. */
export interface PluginBinding {
  plugin: string;
  capabilities: CapabilitySet;
  services: HostServices;
  limits: PluginLimits;
  rates: PluginRates;
  /** The tables this plugin's manifest declares, by the name the plugin uses. */
  tables: ReadonlyMap<string, PluginTable>;
}

export interface HostCall<Input> {
  input: Input;
  binding: PluginBinding;
  scope: CallScope;
}

export type HostResult = Record<string, unknown>;

export interface HostFunctionSpec<Schema extends z.ZodType> {
  name: string;
  input: Schema;
  run(call: HostCall<z.infer<Schema>>): HostResult | Promise<HostResult>;
}

export type ExtismHostFunction = (context: CallContext, offset: bigint) => Promise<bigint>;

export function defineHostFunction<Schema extends z.ZodType>(spec: HostFunctionSpec<Schema>): HostFunctionSpec<Schema> {
  return spec;
}

/** Binds a host function to one plugin, producing what Extism calls. */
export function bindHostFunction<Schema extends z.ZodType>(spec: HostFunctionSpec<Schema>, binding: PluginBinding): ExtismHostFunction {
  return async (context, offset) => {
    let result: HostResult;
    const scope = context.hostContext<CallScope | undefined>();
    try {
      if (!scope) throw new HostCallInvalidError(spec.name, 'was called outside a Hearth call');
      const input = parseInput(spec, context, offset, binding.limits.maxHostInputBytes);
      result = { ok: true, ...(await spec.run({ input, binding, scope })) };
    } catch (error) {
      // Whatever the plugin makes of it, a call that lost the database is refused and undone.
      if (scope && isConnectionFailure(error)) {
        binding.services.database?.report(error);
        scope.databaseFailure ??= error;
        const unavailable = new DatabaseUnavailableError(error);
        result = { ok: false, error: { code: unavailable.code, message: unavailable.message } };
      } else {
        result = { ok: false, error: describe(error, spec.name, binding) };
      }
    }
    return context.store(JSON.stringify(result));
  };
}

/** Throws CapabilityDeniedError unless the plugin holds `capability`. */
export function requireCapability(binding: PluginBinding, capability: FixedCapability, action: string): void {
  if (!binding.capabilities.has(capability)) throw new CapabilityDeniedError(binding.plugin, capability, action);
}

function parseInput<Schema extends z.ZodType>(spec: HostFunctionSpec<Schema>, context: CallContext, offset: bigint, maxBytes: number): z.infer<Schema> {
  const length = Number(context.length(offset));
  if (length > maxBytes) throw new HostCallInvalidError(spec.name, `input of ${length} bytes exceeds ${maxBytes}`);
  const block = context.read(offset);
  if (block === null) throw new HostCallInvalidError(spec.name, 'received no input; pass a JSON object');
  let json: unknown;
  try {
    json = JSON.parse(block.text());
  } catch {
    throw new HostCallInvalidError(spec.name, 'input is not valid JSON');
  }
  const parsed = spec.input.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HostCallInvalidError(spec.name, `${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return parsed.data;
}

function describe(error: unknown, name: string, binding: PluginBinding): { code: string; message: string } {
  const logger = binding.services.logger;
  recordError(error instanceof HearthError ? error.code : 'E_HOST_FAILED', 'host_call');
  if (error instanceof HearthError) {
    if (error.code === 'E_CAPABILITY_DENIED' || error.code === 'E_RATE_LIMITED') {
      logger.warn({ plugin: binding.plugin, hostFunction: name, code: error.code }, error.message);
    }
    return { code: error.code, message: error.message };
  }
  logger.error({ err: error, plugin: binding.plugin, hostFunction: name }, 'host function failed');
  return { code: 'E_HOST_FAILED', message: `${name} failed inside Hearth; the error has been logged.` };
}
