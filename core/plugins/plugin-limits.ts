// Every limit a plugin runs under; the README lists the defaults and the variables that change them.
// Operators may override them; a manifest may ask for its own timeout and memory within ceilings.
import { TokenBucket } from '../limits/token-bucket.js';

export interface PluginLimits {
  /** Call timeout (wall clock, waits for the database and network included), default and ceiling. */
  defaultTimeoutMs: number;
  timeoutCeilingMs: number;
  /** Fuel of one run of a call (about one unit per WebAssembly instruction), default and ceiling. */
  defaultFuel: number;
  fuelCeiling: number;
  /** WebAssembly memory in 64 KiB pages, default and ceiling; the same again for blocks passed to and from the host. */
  defaultMemoryPages: number;
  memoryPagesCeiling: number;
  /** Most entries of any WebAssembly table of a plugin. */
  maxTableEntries: number;
  /** Most memory blocks one call may allocate, and most bytes of Extism variables an instance keeps. */
  maxBlocksPerCall: number;
  maxVarBytes: number;
  /** Largest output an export may return, and largest input a host function accepts. */
  maxOutputBytes: number;
  maxHostInputBytes: number;
  /**
   * Events and messages a plugin emits on a player's behalf (their command, or its answer to an
   * event they caused), per player: the player's input rate already bounds how often that happens.
   */
  playerEmitsPerSecond: number;
  playerEmitBurst: number;
  /** Per plugin, per second (sustained) and burst: what it emits on its own (answers to plugin or system events). */
  emitsPerSecond: number;
  emitBurst: number;
  kvWritesPerSecond: number;
  kvWriteBurst: number;
  dbWritesPerSecond: number;
  dbWriteBurst: number;
  httpPerSecond: number;
  httpBurst: number;
  logsPerSecond: number;
  logBurst: number;
  /** Web pages a plugin serves, per second and burst, for all visitors together. */
  pagesPerSecond: number;
  pageBurst: number;
  /** Lines a plugin's denied or failed host calls may add to the server log (the rest are counted). */
  deniedLogsPerSecond: number;
  deniedLogBurst: number;
  maxKvKeyBytes: number;
  maxKvValueBytes: number;
  maxSendBytes: number;
  maxHttpResponseBytes: number;
  httpTimeoutMs: number;
  /** How long a call that ran out of time still waits for host work it started, so that work is undone before the player is answered. */
  waitGraceMs: number;
  /** Plugin-emitted events may cause further events this many times before the chain is cut. */
  maxHops: number;
  /** Crashes within the window that put a plugin in `error`, and the backoff before a retry. */
  crashThreshold: number;
  crashWindowMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_PLUGIN_LIMITS: PluginLimits = {
  defaultTimeoutMs: 5000,
  timeoutCeilingMs: 30_000,
  defaultFuel: 100_000_000,
  fuelCeiling: 1_000_000_000,
  defaultMemoryPages: 256,
  memoryPagesCeiling: 1024,
  maxTableEntries: 10_000,
  maxBlocksPerCall: 65_536,
  maxVarBytes: 1024 * 1024,
  maxOutputBytes: 1024 * 1024,
  maxHostInputBytes: 1024 * 1024,
  playerEmitsPerSecond: 100,
  playerEmitBurst: 200,
  emitsPerSecond: 100,
  emitBurst: 200,
  kvWritesPerSecond: 50,
  kvWriteBurst: 100,
  dbWritesPerSecond: 100,
  dbWriteBurst: 200,
  httpPerSecond: 5,
  httpBurst: 10,
  logsPerSecond: 20,
  logBurst: 50,
  pagesPerSecond: 20,
  pageBurst: 40,
  deniedLogsPerSecond: 1,
  deniedLogBurst: 10,
  maxKvKeyBytes: 256,
  maxKvValueBytes: 64 * 1024,
  maxSendBytes: 16 * 1024,
  maxHttpResponseBytes: 1024 * 1024,
  httpTimeoutMs: 5000,
  waitGraceMs: 10_000,
  maxHops: 8,
  crashThreshold: 3,
  crashWindowMs: 60_000,
  baseBackoffMs: 5000,
  maxBackoffMs: 10 * 60_000,
};

/** Players whose emit buckets one plugin keeps at most; the least recently used is forgotten first. */
const MAX_PLAYER_BUCKETS = 10_000;

/** The token buckets one plugin draws from. */
export class PluginRates {
  readonly emits: TokenBucket;
  readonly kvWrites: TokenBucket;
  readonly dbWrites: TokenBucket;
  readonly http: TokenBucket;
  readonly logs: TokenBucket;
  private readonly playerEmits = new Map<number, TokenBucket>();

  constructor(private readonly limits: PluginLimits) {
    this.emits = new TokenBucket({ perSecond: limits.emitsPerSecond, burst: limits.emitBurst });
    this.kvWrites = new TokenBucket({ perSecond: limits.kvWritesPerSecond, burst: limits.kvWriteBurst });
    this.dbWrites = new TokenBucket({ perSecond: limits.dbWritesPerSecond, burst: limits.dbWriteBurst });
    this.http = new TokenBucket({ perSecond: limits.httpPerSecond, burst: limits.httpBurst });
    this.logs = new TokenBucket({ perSecond: limits.logsPerSecond, burst: limits.logBurst });
  }

  /** The bucket for what the plugin emits on one player's behalf. */
  emitsFor(characterId: number): TokenBucket {
    let bucket = this.playerEmits.get(characterId);
    if (bucket) {
      this.playerEmits.delete(characterId);
    } else {
      bucket = new TokenBucket({ perSecond: this.limits.playerEmitsPerSecond, burst: this.limits.playerEmitBurst });
      if (this.playerEmits.size >= MAX_PLAYER_BUCKETS) this.playerEmits.delete(this.playerEmits.keys().next().value!);
    }
    this.playerEmits.set(characterId, bucket);
    return bucket;
  }
}
