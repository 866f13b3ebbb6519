// Every limit a plugin runs under; the README lists the defaults and the variables that change them.
// Operators may override them; a manifest may ask for its own timeout and memory within ceilings.
import { TokenBucket } from '../limits/token-bucket.js';

export interface PluginLimits {
  /** Call timeout when the manifest names none, and the most a manifest may ask for. */
  defaultTimeoutMs: number;
  timeoutCeilingMs: number;
  /** WebAssembly memory in 64 KiB pages, default and ceiling. */
  defaultMemoryPages: number;
  memoryPagesCeiling: number;
  /** Largest output an export may return, and largest input a host function accepts. */
  maxOutputBytes: number;
  maxHostInputBytes: number;
  /** Per plugin, per second (sustained) and burst. */
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
  maxKvKeyBytes: number;
  maxKvValueBytes: number;
  maxSendBytes: number;
  maxHttpResponseBytes: number;
  httpTimeoutMs: number;
  /** Plugin-emitted events may cause further events this many times before the chain is cut. */
  maxHops: number;
  /** Instances of one plugin that may run calls at once (more start only when all are busy). */
  instancesPerPlugin: number;
  /** Crashes within the window that put a plugin in `error`, and the backoff before a retry. */
  crashThreshold: number;
  crashWindowMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_PLUGIN_LIMITS: PluginLimits = {
  defaultTimeoutMs: 5000,
  timeoutCeilingMs: 30_000,
  defaultMemoryPages: 256,
  memoryPagesCeiling: 1024,
  maxOutputBytes: 1024 * 1024,
  maxHostInputBytes: 1024 * 1024,
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
  maxKvKeyBytes: 256,
  maxKvValueBytes: 64 * 1024,
  maxSendBytes: 16 * 1024,
  maxHttpResponseBytes: 1024 * 1024,
  httpTimeoutMs: 5000,
  maxHops: 8,
  instancesPerPlugin: 2,
  crashThreshold: 3,
  crashWindowMs: 60_000,
  baseBackoffMs: 5000,
  maxBackoffMs: 10 * 60_000,
};

/** The token buckets one plugin draws from. */
export class PluginRates {
  readonly emits: TokenBucket;
  readonly kvWrites: TokenBucket;
  readonly dbWrites: TokenBucket;
  readonly http: TokenBucket;
  readonly logs: TokenBucket;

  constructor(limits: PluginLimits) {
    this.emits = new TokenBucket({ perSecond: limits.emitsPerSecond, burst: limits.emitBurst });
    this.kvWrites = new TokenBucket({ perSecond: limits.kvWritesPerSecond, burst: limits.kvWriteBurst });
    this.dbWrites = new TokenBucket({ perSecond: limits.dbWritesPerSecond, burst: limits.dbWriteBurst });
    this.http = new TokenBucket({ perSecond: limits.httpPerSecond, burst: limits.httpBurst });
    this.logs = new TokenBucket({ perSecond: limits.logsPerSecond, burst: limits.logBurst });
  }
}
