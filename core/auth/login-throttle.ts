// Counts failed logins per network address in a sliding window, so one address cannot guess
// passwords across many accounts. (Per-account lockout lives with the account row.)
import { LoginThrottledError } from '../errors.js';

export interface LoginThrottleOptions {
  maxFailures: number;
  windowMs: number;
  /** Addresses tracked at most; the oldest are forgotten first, so memory stays bounded. */
  maxAddresses?: number;
  now?: () => number;
}

/** A login attempt counted against its address; forgiven when the password turns out right. */
export interface LoginAttempt {
  succeeded(): void;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;
  private readonly maxAddresses: number;

  constructor(private readonly options: LoginThrottleOptions) {
    this.now = options.now ?? Date.now;
    this.maxAddresses = options.maxAddresses ?? 10_000;
  }

  /**
   * Starts an attempt: throws LoginThrottledError while the address has too many recent failures,
   * otherwise counts this attempt as a failure until it succeeds. Counting before the password is
   * checked keeps many guesses sent at once, on many connections, from all passing the check.
   */
  begin(address: string): LoginAttempt {
    this.check(address);
    const at = this.recordFailure(address);
    return { succeeded: () => this.forgive(address, at) };
  }

  /** Throws LoginThrottledError while the address has too many recent failures. */
  check(address: string): void {
    const recent = this.recentFailures(address);
    if (recent.length >= this.options.maxFailures) {
      throw new LoginThrottledError(recent[0]! + this.options.windowMs - this.now());
    }
  }

  /** Counts a failure now; returns its time. */
  recordFailure(address: string): number {
    const recent = this.recentFailures(address);
    const at = this.now();
    recent.push(at);
    this.failures.delete(address);
    this.failures.set(address, recent);
    if (this.failures.size > this.maxAddresses) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    return at;
  }

  // Only the attempt's own count goes: logging in to one's own account between guesses at
  // others must not wipe the address's record.
  private forgive(address: string, at: number): void {
    const recent = this.failures.get(address);
    const index = recent ? recent.lastIndexOf(at) : -1;
    if (!recent || index < 0) return;
    recent.splice(index, 1);
    if (recent.length === 0) this.failures.delete(address);
  }

  private recentFailures(address: string): number[] {
    const since = this.now() - this.options.windowMs;
    return (this.failures.get(address) ?? []).filter((time) => time > since);
  }
}
