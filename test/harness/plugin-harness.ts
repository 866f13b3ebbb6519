// The plugin test harness: loads a real plugin (manifest + wasm) into the real plugin host, with
// an in-memory world, KV store and HTTP stand-in instead of the server's. Tests type commands,
// deliver events, and inspect what the plugin emitted, sent, logged and was denied, and the spans.
//
//   const harness = await PluginHarness.load('plugins/echo/manifest.yaml');
//   const alice = harness.world.addCharacter('Alice');
//   await harness.deliver({ stream: 'location:1', type: 'say', actor: { kind: 'character', id: String(alice.id) }, payload: { message: 'hi' } });
//   assert.equal(harness.events.at(-1)?.type, 'echo');
import { readFile } from 'node:fs/promises';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { type DatabaseHandle, openDatabase } from '../../core/db/database.js';
import { HearthError } from '../../core/errors.js';
import { type HearthEvent, type NewEvent } from '../../core/events/event.js';
import { newEventId } from '../../core/events/event-id.js';
import { CommandRegistry, describeCommands, parseArguments } from '../../core/plugins/command-registry.js';
import type { HostServices, HttpPort, HttpResponse, KvPort } from '../../core/plugins/host-services.js';
import { type PluginManifest, parseManifest } from '../../core/plugins/manifest.js';
import type { CommandOutput, PageOutput } from '../../core/plugins/plugin-abi.js';
import { ManualClock } from '../../core/plugins/plugin-clock.js';
import { PluginHost } from '../../core/plugins/plugin-host.js';
import { SeededRandom } from '../../core/plugins/random-source.js';
import { DEFAULT_PLUGIN_LIMITS, type PluginLimits } from '../../core/plugins/plugin-limits.js';
import { AttributeSchema } from '../../core/plugins/attribute-schema.js';
import { applyPluginSchema } from '../../core/plugins/plugin-schema.js';
import { type PluginTablesPort, SqlPluginTables } from '../../core/plugins/plugin-tables.js';
import { evaluateSoftcode } from '../../core/softcode/evaluate-softcode.js';
import { MessageEvaluator } from '../../core/softcode/world/message-evaluator.js';
import { WorldSoftcodeContext } from '../../core/softcode/world/world-softcode-context.js';
import { MemoryListeners, RecordingAdmin } from './memory-services.js';
import { MemoryWorld } from './memory-world.js';
import { recordSpans } from './span-recorder.js';

export interface LogLine {
  level: number;
  plugin?: string;
  code?: string;
  msg: string;
}

export interface CommandResult {
  output?: string;
  error?: string;
  /** Set when the call itself failed (timeout, trap, bad output, usage or permission). */
  failure?: HearthError;
  /** True when the handler declined the line (the kit's pass()), leaving it to others. */
  declined?: boolean;
  events: HearthEvent[];
  sends: Array<{ characterId: number; text: string }>;
}

interface HarnessParts {
  world: MemoryWorld;
  listeners: MemoryListeners;
  admin: RecordingAdmin;
  database: DatabaseHandle | null;
  events: HearthEvent[];
  sends: Array<{ characterId: number; text: string }>;
  logs: LogLine[];
  kv: Map<string, string>;
  http: StubHttp;
  clock: ManualClock;
  queuedActions: QueuedAction[];
}

/** Fixes what is left to chance: the same seed draws the same numbers (Math.random, `random`). */
export interface HarnessChance {
  /** Seed of every random number the plugin draws; a fixed default keeps tests repeatable. */
  seed?: string;
}

export class PluginHarness {
  readonly world: MemoryWorld;
  readonly events: HearthEvent[];
  readonly sends: Array<{ characterId: number; text: string }>;
  /** Action attributes the plugin set off (run_actions), oldest first. */
  readonly queuedActions: QueuedAction[];
  readonly logs: LogLine[];
  /** The KV store, keyed `<plugin>\0<key>`. */
  readonly kv: Map<string, string>;
  readonly http: StubHttp;
  /** The plugin's clock (`clock`, Date.now): still until a test calls `advance`. */
  readonly clock: ManualClock;
  /** Who listens to which stream (channel membership). */
  readonly listeners: MemoryListeners;
  /** What the plugin asked of the server: boots, shutdowns, plugin changes. */
  readonly admin: RecordingAdmin;
  /** An in-memory PGlite holding the plugin's tables, when its manifest declares any. */
  readonly database: DatabaseHandle | null;
  readonly spans = recordSpans();
  private readonly registry: CommandRegistry;

  private constructor(
    readonly manifest: PluginManifest,
    readonly host: PluginHost,
    parts: HarnessParts,
  ) {
    this.registry = new CommandRegistry([manifest]);
    ({ world: this.world, events: this.events, sends: this.sends, logs: this.logs, kv: this.kv, http: this.http, clock: this.clock, queuedActions: this.queuedActions } = parts);
    ({ listeners: this.listeners, admin: this.admin, database: this.database } = parts);
    this.admin.commandList = describeCommands(this.registry);
  }

  /** Loads a plugin from its manifest file (its `wasm` path is resolved from the manifest). */
  static async load(manifestPath: string, options: { limits?: Partial<PluginLimits>; manifest?: Partial<PluginManifest> } & HarnessChance = {}): Promise<PluginHarness> {
    const manifest = { ...parseManifest(await readFile(manifestPath, 'utf8'), manifestPath), ...options.manifest };
    return PluginHarness.loadManifest(manifest, await readFile(manifest.wasmPath), options.limits, options);
  }

  static async loadManifest(manifest: PluginManifest, wasm: Uint8Array, limits: Partial<PluginLimits> = {}, chance: HarnessChance = {}): Promise<PluginHarness> {
    const logs: LogLine[] = [];
    const logger = pino({ level: 'debug' }, new Writable({ write(chunk, _encoding, next) {
      logs.push(JSON.parse(String(chunk)) as LogLine);
      next();
    } }));
    const kv = new Map<string, string>();
    const kvPort: KvPort = {
      get: async (plugin, key) => kv.get(`${plugin}\u0000${key}`),
      set: async (plugin, key, value) => {
        const previous = kv.get(`${plugin}\u0000${key}`);
        kv.set(`${plugin}\u0000${key}`, value);
        return previous;
      },
      delete: async (plugin, key) => kv.delete(`${plugin}\u0000${key}`),
    };
    const world = new MemoryWorld();
    const queuedActions: QueuedAction[] = [];
    const events: HearthEvent[] = [];
    const sends: Array<{ characterId: number; text: string }> = [];
    const http = new StubHttp();
    const listeners = new MemoryListeners();
    const clock = new ManualClock();
    const admin = new RecordingAdmin(world);
    const attributes = new AttributeSchema([manifest]);
    const database = manifest.schema.tables.length > 0 ? await openDatabase({ dataDir: 'memory://' }) : null;
    if (database) await applyPluginSchema(database.db, manifest);
    const host = new PluginHost(
      {
        world,
        characters: world,
        messenger: { sendToCharacter: (characterId, text) => void sends.push({ characterId, text }) },
        kv: kvPort,
        http,
        events: { appendMany: async (batch: NewEvent[]) => void events.push(...batch.map(stamp)) },
        listeners,
        history: { latest: async (stream, limit) => events.filter((event) => event.stream === stream).slice(-limit) },
        tables: database ? new SqlPluginTables(database.db) : NO_TABLES,
        admin,
        attributes: () => attributes,
        logger,
        random: new SeededRandom(chance.seed ?? 'hearth plugin harness'),
        clock,
        softcode: softcodeFor(world, queuedActions),
      },
      { ...DEFAULT_PLUGIN_LIMITS, ...limits },
    );
    try {
      await host.load(manifest, wasm);
    } catch (error) {
      await database?.close();
      throw error;
    }
    return new PluginHarness(manifest, host, { world, events, sends, logs, kv, http, clock, listeners, admin, database, queuedActions });
  }

  /** Types a command as a character, the way the server would route it. */
  async command(line: string, as: number): Promise<CommandResult> {
    const eventsBefore = this.events.length;
    const sendsBefore = this.sends.length;
    const character = this.world.byId(as);
    if (!character) throw new Error(`No character #${as} in the harness world.`);
    const result: CommandResult = { events: [], sends: [] };
    try {
      const match = this.registry.match(line);
      let output: CommandOutput;
      const actor = { id: as, name: character.name, role: character.role, location: character.location };
      if (match) {
        const input = { command: match.command.name, invoked: match.invokedAs, switches: match.switches, args: parseArguments(match), rest: match.rest, actor };
        output = await this.host.callCommand(this.manifest.name, match.command.handler, input);
      } else if (this.manifest.unmatched) {
        output = await this.host.callUnmatched(this.manifest.name, this.manifest.unmatched, { line, actor });
      } else {
        throw new HearthError('E_COMMAND_UNKNOWN', `The plugin has no command for "${line}".`);
      }
      result.output = output.output;
      result.error = output.error;
      if (output.handled === false) result.declined = true;
    } catch (error) {
      if (!(error instanceof HearthError)) throw error;
      result.failure = error;
    }
    result.events = this.events.slice(eventsBefore);
    result.sends = this.sends.slice(sendsBefore);
    return result;
  }

  /** Delivers an event to the plugin's first matching handler. */
  async deliver(input: NewEvent): Promise<{ handled: boolean; events: HearthEvent[]; failure?: HearthError }> {
    const event = stamp(input);
    const subscription = this.manifest.events.find((spec) => spec.types.includes(event.type));
    if (!subscription) throw new Error(`The plugin does not subscribe to "${event.type}" events.`);
    const before = this.events.length;
    try {
      const output = await this.host.deliverEvent(this.manifest.name, subscription.handler, event);
      return { handled: output.handled === true, events: this.events.slice(before) };
    } catch (error) {
      if (!(error instanceof HearthError)) throw error;
      return { handled: false, events: this.events.slice(before), failure: error };
    }
  }

  /**
   * Asks for one of the plugin's web pages (`pages:` in its manifest) as the server would for
   * `GET /plugins/<plugin>/<path>?<query>`. `page` is what the handler answered; `failure` is set
   * when the call failed (timeout, trap, output that is not a page).
   */
  async page(path: string, query: Record<string, string> = {}): Promise<{ page?: PageOutput; failure?: HearthError }> {
    const spec = this.manifest.pages.find((candidate) => candidate.path === path);
    if (!spec) throw new Error(`The plugin serves no page "${path}".`);
    try {
      return { page: await this.host.callPage(this.manifest.name, spec.handler, { path, query }) };
    } catch (error) {
      if (!(error instanceof HearthError)) throw error;
      return { failure: error };
    }
  }

  /** Log lines recording capability denials, for asserting a plugin was refused. */
  denials(): LogLine[] {
    return this.logs.filter((line) => line.code === 'E_CAPABILITY_DENIED');
  }

  async close(): Promise<void> {
    await this.host.close();
    await this.database?.close();
  }
}

/** Canned HTTP answers by URL; anything else fails like an unreachable host. */
export class StubHttp implements HttpPort {
  readonly requests: Array<{ method: string; url: string; body?: string }> = [];
  private readonly answers = new Map<string, HttpResponse>();
  private readonly held = new Map<string, Array<() => void>>();

  respond(url: string, response: HttpResponse): void {
    this.answers.set(url, response);
  }

  /** Requests to `url` wait until `release(url)`, as a slow server would keep them. */
  hold(url: string): void {
    this.held.set(url, []);
  }

  /** Lets the held requests to `url` go on (to their stub answer, or failure without one). */
  release(url: string): void {
    const waiting = this.held.get(url) ?? [];
    this.held.delete(url);
    for (const resume of waiting) resume();
  }

  async request(method: 'GET' | 'POST', url: URL, body: string | undefined): Promise<HttpResponse> {
    this.requests.push({ method, url: url.toString(), body });
    const waiting = this.held.get(url.toString());
    if (waiting) await new Promise<void>((resolve) => waiting.push(resolve));
    const answer = this.answers.get(url.toString());
    if (!answer) throw new HearthError('E_HTTP_FAILED', `${method} ${url.host} failed: no stub answer`);
    return answer;
  }
}

// A plugin without tables never reaches these: db_query and db_exec refuse undeclared tables first.
const NO_TABLES: PluginTablesPort = new Proxy({} as PluginTablesPort, {
  get: () => () => Promise.reject(new Error('This plugin declares no tables.')),
});

function stamp(event: NewEvent): HearthEvent {
  return { ...event, id: newEventId(), timestamp: new Date().toISOString() };
}

/** An action attribute a plugin set off (run_actions), as the softcode queue would have run it. */
export interface QueuedAction {
  objectId: number;
  attribute: string;
  enactor: number;
  actions: string;
}

/** Softcode for lock keys, messages and typed text over the harness's world, as the server's core gives plugins. */
function softcodeFor(world: MemoryWorld, queued: QueuedAction[]): HostServices['softcode'] {
  const surroundings = {
    roleOf: (id: number) => world.roleOf(id),
    connectedPlayers: () => world.connected().map((character) => character.id),
    isConnected: (id: number) => world.isConnected(id),
  };
  const messages = new MessageEvaluator(world, surroundings);
  const context = new WorldSoftcodeContext(world, { ...surroundings, deliver: () => undefined });
  return {
    evaluateLockCode: (request) => evaluateSoftcode(request.code, context, { executor: request.object, enactor: request.actor }).output,
    evaluateMessage: (id, code, enactor) => messages.evaluate(id, code, enactor),
    evaluateTyped: (actor, text) => messages.evaluateTyped(actor, text),
    queueAction: (objectId, attribute, enactor) => {
      const action = context.inheritedAttribute(objectId, attribute);
      if (action) queued.push({ objectId, attribute, enactor, actions: action.value });
      return true;
    },
  };
}
