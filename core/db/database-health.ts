// Whether Hearth can reach its database right now. A lost connection (PostgreSQL restarting, the
// network dropping) marks it unavailable, logged once; from then on a cheap probe is retried with
// exponential backoff until it answers, which marks it available again, logged once. Commands
// and logins consult this to refuse clearly instead of failing one by one, and writes already
// in flight wait here for a bounded time before giving up.
import { DatabaseUnavailableError } from '../errors.js';

export type DatabaseState = 'available' | 'unavailable';

export interface DatabaseStatus {
  state: DatabaseState;
  /** When the current state began. */
  since: string;
  /** Outages since the server started. */
  outages: number;
  /** Why the database was last found unreachable. */
  lastError: string | null;
}

export interface DatabaseHealthOptions {
  /** A cheap round trip (`select 1`) that fails while the database cannot be reached. */
  probe: () => Promise<void>;
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** A probe that hangs (a silent network) counts as failed after this long. */
  probeTimeoutMs?: number;
}

export type DatabaseStateListener = (state: DatabaseState, detail: { error?: unknown; downForMs?: number }) => void;

/** SQLSTATEs of a database that went away: class 08 (connection exception) and the 57P0x shutdowns. */
const LOST_CONNECTION_SQLSTATES = /^(08...|57P0[1-4])$/;
const LOST_CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What node-postgres says when a socket closes or a connection cannot be made in time. */
const LOST_CONNECTION_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Connection refused/i;

/**
 * Whether an error means the database could not be reached (as opposed to a query it refused).
 * Looks through `cause` chains (drizzle wraps driver errors) and aggregated connection attempts.
 */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== 'object' || error === null) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (LOST_CONNECTION_SQLSTATES.test(code) || LOST_CONNECTION_ERRNOS.has(code))) return true;
  if (typeof message === 'string' && LOST_CONNECTION_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isConnectionFailure(inner, depth + 1))) return true;
  return isConnectionFailure(cause, depth + 1);
}

export class DatabaseHealth {
  private state: DatabaseState = 'available';
  private since = new Date();
  private outages = 0;
  private lastError: string | null = null;
  private readonly listeners = new Set<DatabaseStateListener>();
  private waiters: Array<() => void> = [];
  private probeTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly firstRetryMs: number;
  private readonly maxRetryMs: number;
  private readonly probeTimeoutMs: number;

  constructor(private readonly options: DatabaseHealthOptions) {
    this.firstRetryMs = options.firstRetryMs ?? 100;
    this.maxRetryMs = options.maxRetryMs ?? 5_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 5_000;
  }

  get available(): boolean {
    return this.state === 'available';
  }

  status(): DatabaseStatus {
    return { state: this.state, since: this.since.toISOString(), outages: this.outages, lastError: this.lastError };
  }

  /** Called on every state change (once when the database goes away, once when it is back). */
  onChange(listener: DatabaseStateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tells the monitor a database call failed. A lost connection marks the database unavailable
   * (and starts probing); anything else is left to the caller. Returns whether it was a lost connection.
   */
  report(error: unknown): boolean {
    if (!isConnectionFailure(error)) return false;
    // This wraps a failure reported where it happened, maybe before a recovery since (a refused
    // command is answered only after its changes were undone): it must not start a new outage.
    if (error instanceof DatabaseUnavailableError) return true;
    if (this.state === 'unavailable' || this.closed) return true;
    this.state = 'unavailable';
    this.since = new Date();
    this.outages += 1;
    this.lastError = describe(error);
    this.notify('unavailable', { error });
    this.scheduleProbe(this.firstRetryMs);
    return true;
  }

  /** Resolves true once the database is available again, or false after `timeoutMs`. */
  waitUntilAvailable(timeoutMs: number): Promise<boolean> {
    if (this.available) return Promise.resolve(true);
    if (timeoutMs <= 0 || this.closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }

  /**
   * Runs `work`, and while it fails because the database cannot be reached, waits for it to come
   * back and runs it again (`attempt` counts from 0), for at most `forMs`. Other failures are
   * thrown at once; running out of time throws DatabaseUnavailableError.
   */
  async retry<T>(work: (attempt: number) => Promise<T>, forMs: number): Promise<T> {
    const deadline = Date.now() + forMs;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await work(attempt);
      } catch (error) {
        if (!this.report(error)) throw error;
        const remaining = deadline - Date.now();
        if (remaining <= 0 || !(await this.waitUntilAvailable(remaining))) throw new DatabaseUnavailableError(error);
        // Available again (or never marked down): a short pause keeps a flapping link from spinning.
        await new Promise((resolve) => setTimeout(resolve, Math.min(this.firstRetryMs, Math.max(0, deadline - Date.now()))));
      }
    }
  }

  /** Stops probing (the server is shutting down); waiters give up. */
  close(): void {
    this.closed = true;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
  }

  private scheduleProbe(delayMs: number): void {
    if (this.closed) return;
    this.probeTimer = setTimeout(() => void this.probe(delayMs), delayMs);
    this.probeTimer.unref();
  }

  private async probe(lastDelayMs: number): Promise<void> {
    this.probeTimer = null;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${this.probeTimeoutMs} ms`)), this.probeTimeoutMs);
      });
      await Promise.race([this.options.probe(), timeout]);
    } catch (error) {
      this.lastError = describe(error);
      this.scheduleProbe(Math.min(lastDelayMs * 2, this.maxRetryMs));
      return;
    } finally {
      clearTimeout(timer);
    }
    if (this.closed) return;
    const downForMs = Date.now() - this.since.getTime();
    this.state = 'available';
    this.since = new Date();
    this.notify('available', { downForMs });
    for (const wake of this.waiters.splice(0)) wake();
  }

  private notify(state: DatabaseState, detail: { error?: unknown; downForMs?: number }): void {
    for (const listener of this.listeners) {
      try {
        listener(state, detail);
      } catch {
        // A listener (logging) must not stop the others or the monitor.
      }
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.message === '' && error.errors[0] !== undefined) return describe(error.errors[0]);
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error && cause.message !== error.message ? `${error.message.split('\n')[0]}: ${cause.message}` : error.message;
  }
  return String(error);
}
