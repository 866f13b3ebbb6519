// The plugin host: loads plugins into Hearth's WebAssembly runtime and calls them. Every call runs in a
// `plugin.call` span, with a scope that collects what the call emits; the scope is committed
// only when the call succeeds and undone when it fails, and failures count toward the plugin's
// crash backoff. One plugin's failure is an error for that call only.
//
// Loading is in two steps, so a whole new plugin set can be swapped in at once: `prepare` starts
// a plugin without letting anything call it, and `swap` makes a set of prepared and running
// plugins the active one in a single step. A call looks its plugin up when it starts and keeps
// that instance, so calls already running finish on the old one, which closes after them.
import { CallScope } from './call-scope.js';
import { CapabilitySet, WEB_PAGES } from './capabilities.js';
import { buildHostFunctions, buildRuntimeImports } from './host-functions/index.js';
import { SYSTEM_RANDOM } from './random-source.js';
import type { HostServices } from './host-services.js';
import type { PluginManifest } from './manifest.js';
import { ModuleCache } from './module-cache.js';
import { moduleProblems } from './module-check.js';
import { rewriteModule } from './runtime/module-rewrite.js';
import { LogRate } from '../limits/log-rate.js';
import {
  type ActorInfo,
  type CommandInput,
  type CommandOutput,
  commandOutputSchema,
  type EventOutput,
  eventOutputSchema,
  type PageInput,
  type PageOutput,
  pageOutputSchema,
  type UnmatchedInput,
} from './plugin-abi.js';
import { PluginHealth } from './plugin-health.js';
import { DEFAULT_PLUGIN_LIMITS, type PluginLimits, PluginRates } from './plugin-limits.js';
import { PluginRunner } from './plugin-runner.js';
import { pluginTables } from './plugin-schema.js';
import { PluginStats } from './plugin-stats.js';
import { isConnectionFailure } from '../db/database-health.js';
import { CapabilityDeniedError, DatabaseUnavailableError, PluginCallError } from '../errors.js';
import { characterActor, type Actor, type HearthEvent } from '../events/event.js';
import { recordPluginCall, recordPluginCrash, recordPluginStart } from '../telemetry/metrics.js';
import { withSpan } from '../telemetry/tracing.js';
import type { z } from 'zod';

/** How long undoing a failed call waits for a lost database: a change must not outlive its refusal. */
const UNDO_RETRY_MS = 60_000;

export interface LoadedPlugin {
  manifest: PluginManifest;
  capabilities: CapabilitySet;
  runner: PluginRunner;
  health: PluginHealth;
  stats: PluginStats;
  /** Warnings from loading (a clamped timeout, for example). */
  warnings: string[];
}

export class PluginHost {
  private plugins = new Map<string, LoadedPlugin>();
  /** Instances swapped out, closing once their calls have finished. */
  private readonly retiring = new Set<Promise<void>>();

  constructor(
    private readonly services: HostServices,
    readonly limits: PluginLimits = DEFAULT_PLUGIN_LIMITS,
    private readonly modules: ModuleCache = new ModuleCache(),
  ) {}

  /** Loads a plugin and makes it active at once, replacing any plugin of the same name. */
  async load(manifest: PluginManifest, wasm: Uint8Array): Promise<LoadedPlugin> {
    const loaded = await this.prepare(manifest, wasm);
    this.swap([...this.list().filter((other) => other.manifest.name !== manifest.name), loaded]);
    return loaded;
  }

  /**
   * Starts a plugin without making it callable: rewrites its module to hold Hearth's limits,
   * checks it against the manifest, then starts an instance. A plugin whose start traps is
   * refused here. Hand it to `swap` to use it,
   * or to `discard` to drop it.
   */
  async prepare(manifest: PluginManifest, wasm: Uint8Array): Promise<LoadedPlugin> {
    const capabilities = new CapabilitySet(manifest.capabilities);
    const warnings: string[] = [];
    // Its tables may have just been migrated.
    if (manifest.schema.tables.length > 0) this.services.tables.forgetCachedReads?.();
    const { limits } = this;
    const timeoutMs = this.clamp(manifest.timeoutMs ?? limits.defaultTimeoutMs, limits.timeoutCeilingMs, 'timeout_ms', warnings);
    const memoryPages = this.clamp(manifest.memoryPages ?? limits.defaultMemoryPages, limits.memoryPagesCeiling, 'memory_pages', warnings);
    const fuel = this.clamp(manifest.fuel ?? limits.defaultFuel, limits.fuelCeiling, 'fuel', warnings);
    const module = await this.modules.compile(rewriteModule(wasm, { memoryPages, tableEntries: limits.maxTableEntries, startFuel: fuel }));
    const problems = moduleProblems(manifest, module);
    if (problems.length > 0) throw problems[0];
    const binding = {
      plugin: manifest.name,
      capabilities,
      services: this.services,
      limits,
      rates: new PluginRates(limits),
      logRate: new LogRate({ perSecond: limits.deniedLogsPerSecond, burst: limits.deniedLogBurst }),
      tables: pluginTables(manifest),
    };
    const health = new PluginHealth(limits);
    const random = this.services.random ?? SYSTEM_RANDOM;
    const runner = PluginRunner.start({
      plugin: manifest.name,
      module,
      hostFunctions: (slot) => buildHostFunctions(binding, slot),
      runtimeFunctions: (slot) => buildRuntimeImports(binding, slot),
      randomSeed: () => random.seed64(),
      timeoutMs,
      fuel,
      maxOutputBytes: limits.maxOutputBytes,
      waitGraceMs: limits.waitGraceMs,
      kernelLimits: { maxBytes: memoryPages * 64 * 1024, maxBlocks: limits.maxBlocksPerCall, maxVarBytes: limits.maxVarBytes },
      config: manifest.config,
      logger: this.services.logger,
    });
    health.markReady();
    recordPluginStart(manifest.name);
    const loaded: LoadedPlugin = { manifest, capabilities, runner, health, stats: new PluginStats(), warnings };
    for (const warning of warnings) this.services.logger.warn({ plugin: manifest.name }, warning);
    return loaded;
  }

  /**
   * Makes exactly `next` the active plugins, in one step; the instances it leaves out are closed
   * once the calls they are running have finished.
   */
  swap(next: LoadedPlugin[]): void {
    const previous = this.plugins;
    this.plugins = new Map(next.map((loaded) => [loaded.manifest.name, loaded]));
    const kept = new Set(next);
    for (const loaded of previous.values()) if (!kept.has(loaded)) this.discard(loaded);
  }

  /** Closes a plugin that is not (or no longer) active, after its running calls. */
  discard(loaded: LoadedPlugin): void {
    const closing = loaded.runner.close().catch((error: unknown) => this.services.logger.warn({ err: error, plugin: loaded.manifest.name }, 'closing a plugin failed'));
    this.retiring.add(closing);
    void closing.finally(() => this.retiring.delete(closing));
  }

  get(name: string): LoadedPlugin | undefined {
    return this.plugins.get(name);
  }

  list(): LoadedPlugin[] {
    return [...this.plugins.values()];
  }

  /** Delivers an event to one handler; resolves with whether the plugin handled it. */
  async deliverEvent(name: string, handler: string, event: HearthEvent): Promise<EventOutput> {
    const hops = event.hops ?? 0;
    // A player's say answered by a plugin is still that player's doing, and counts against them.
    const origin = event.actor.kind === 'character' ? Number(event.actor.id) : null;
    const scope = new CallScope(name, null, { kind: 'plugin', id: name }, hops, Number.isSafeInteger(origin) ? origin : null);
    const output = await this.run(name, handler, JSON.stringify({ event, hops }), scope, eventOutputSchema, {
      'event.type': event.type,
      'event.stream': event.stream,
    }, true);
    return output;
  }

  /** Runs a command handler for a player. */
  callCommand(name: string, handler: string, input: CommandInput): Promise<CommandOutput> {
    return this.run(name, handler, JSON.stringify(input), this.commandScope(name, input.actor), commandOutputSchema, {});
  }

  /** Offers a line no command took to a plugin's unmatched handler. */
  callUnmatched(name: string, handler: string, input: UnmatchedInput): Promise<CommandOutput> {
    return this.run(name, handler, JSON.stringify(input), this.commandScope(name, input.actor), commandOutputSchema, {});
  }

  /**
   * Runs a page handler for a web visitor. A page only reads: whatever the call emitted or
   * changed is undone when it ends, so a GET never changes the game.
   */
  async callPage(name: string, handler: string, input: PageInput): Promise<PageOutput> {
    // The manifest cannot name pages without web:pages; this holds for manifests built in code too.
    if (this.plugins.get(name)?.capabilities.has(WEB_PAGES) === false) throw new CapabilityDeniedError(name, WEB_PAGES, 'serve web pages');
    const scope = new CallScope(name, null, { kind: 'plugin', id: name }, 0, null);
    return this.run(name, handler, JSON.stringify(input), scope, pageOutputSchema, { 'page.path': input.path }, false, false);
  }

  async unload(name: string): Promise<void> {
    const loaded = this.plugins.get(name);
    if (!loaded) return;
    this.swap(this.list().filter((other) => other !== loaded));
    await this.settled();
  }

  /** Resolves when every swapped-out plugin has closed. */
  async settled(): Promise<void> {
    while (this.retiring.size > 0) await Promise.all([...this.retiring]);
  }

  async close(): Promise<void> {
    this.swap([]);
    await this.settled();
  }

  private commandScope(name: string, actor: ActorInfo): CallScope {
    const eventActor: Actor = characterActor(actor.id);
    return new CallScope(name, actor, eventActor, 0);
  }

  private async run<Output>(
    name: string,
    handler: string,
    input: string,
    scope: CallScope,
    schema: z.ZodType<Output>,
    attributes: Record<string, string>,
    /** Events run one after another, in the order they came. */
    ordered = false,
    /** False for calls that may only read (pages): what they did is undone, never applied. */
    applies = true,
  ): Promise<Output> {
    const loaded = this.plugins.get(name);
    if (!loaded) throw new PluginCallError('E_PLUGIN_UNAVAILABLE', name, `Plugin "${name}" is not loaded.`);
    const { health, stats, runner } = loaded;
    if (!health.canCall()) {
      const when = health.nextRetryAt ? ` It will be retried at ${health.nextRetryAt.toISOString()}.` : '';
      throw new PluginCallError('E_PLUGIN_UNAVAILABLE', name, `Plugin "${name}" is unavailable (${health.status}).${when}`);
    }
    return withSpan('plugin.call', { 'plugin.name': name, 'plugin.function': handler, ...attributes }, async () => {
      const started = performance.now();
      try {
        const output = parseOutput(name, handler, await runner.call(handler, input, scope, ordered), schema);
        await this.settleWrites(scope);
        if (scope.databaseFailure !== undefined) throw new DatabaseUnavailableError(scope.databaseFailure);
        // A command that answers with an error applies nothing, whatever it did before deciding.
        if (isRefusal(output) || !applies) await this.undo(scope, 'undoing a refused command failed');
        else await this.commit(scope);
        health.recordSuccess();
        stats.record(performance.now() - started, false);
        recordPluginCall(name, handler, performance.now() - started);
        return output;
      } catch (error) {
        stats.record(performance.now() - started, true);
        recordPluginCall(name, handler, performance.now() - started, error);
        await this.undo(scope, 'undoing a failed call failed');
        // A plugin that trapped on a host error caused by the lost database has not crashed.
        if (scope.databaseFailure !== undefined && !(error instanceof DatabaseUnavailableError)) throw new DatabaseUnavailableError(scope.databaseFailure);
        if (error instanceof PluginCallError && error.code !== 'E_PLUGIN_UNAVAILABLE') {
          recordPluginCrash(name, error.code);
          if (health.recordCrash(error.message)) {
            this.services.logger.error({ plugin: name, retryAt: health.nextRetryAt }, 'plugin crashed repeatedly; backing off');
          }
        }
        throw error;
      }
    });
  }

  /** Waits for the writes the call left behind; one that failed fails the whole call. */
  private async settleWrites(scope: CallScope): Promise<void> {
    const failure = await scope.writesSettled();
    if (failure === undefined) return;
    if (isConnectionFailure(failure)) {
      this.services.database?.report(failure);
      scope.databaseFailure ??= failure;
      return;
    }
    throw failure;
  }

  private undo(scope: CallScope, failure: string): Promise<void> {
    const database = this.services.database;
    return scope.undo(
      (undoError) => this.services.logger.error({ err: undoError, plugin: scope.plugin }, failure),
      (step) => (database ? database.retry(step, UNDO_RETRY_MS) : step()),
    );
  }

  /** Applies what a successful call emitted: events to the store, then text to sessions. */
  private async commit(scope: CallScope): Promise<void> {
    const hops = scope.commandActor ? 0 : scope.hops + 1;
    if (scope.events.length > 0 && hops > this.limits.maxHops) {
      // A chain of plugins answering each other's events has gone on too long: cut it here.
      this.services.logger.warn({ plugin: scope.plugin, hops, dropped: scope.events.length }, 'event chain exceeded the hop limit; events dropped');
    } else if (scope.events.length > 0) {
      await this.services.events.appendMany(scope.events.map((event) => ({ ...event, hops })));
    }
    for (const send of scope.sends) this.services.messenger.sendToCharacter(send.characterId, send.text);
    for (const action of scope.afterCommit.splice(0)) {
      try {
        action();
      } catch (error) {
        this.services.logger.error({ err: error, plugin: scope.plugin }, 'an action after a plugin call failed');
      }
    }
  }

  private clamp(requested: number, ceiling: number, field: string, warnings: string[]): number {
    if (requested <= ceiling) return requested;
    warnings.push(`${field} ${requested} exceeds the ceiling ${ceiling}; using ${ceiling}.`);
    return ceiling;
  }
}

function isRefusal(output: unknown): boolean {
  return typeof output === 'object' && output !== null && typeof (output as { error?: unknown }).error === 'string';
}

function parseOutput<Output>(plugin: string, handler: string, text: string | null, schema: z.ZodType<Output>): Output {
  let json: unknown = {};
  if (text !== null && text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new PluginCallError('E_PLUGIN_OUTPUT_INVALID', plugin, `Plugin "${plugin}" returned output from ${handler} that is not JSON.`);
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PluginCallError('E_PLUGIN_OUTPUT_INVALID', plugin, `Plugin "${plugin}" returned malformed output from ${handler}: ${issue.path.join('.') || 'output'} ${issue.message}.`);
  }
  return parsed.data;
}
