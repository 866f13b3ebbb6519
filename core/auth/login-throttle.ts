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

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;
  private readonly maxAddresses: number;

  constructor(private readonly options: LoginThrottleOptions) {
    this.now = options.now ?? Date.now;
    this.maxAddresses = options.maxAddresses ?? 10_000;
  }

  /** Throws LoginThrottledError while the address has too many recent failures. */
  check(address: string): void {
    const recent = this.recentFailures(address);
    if (recent.length >= this.options.maxFailures) {
      throw new LoginThrottledError(recent[0]! + this.options.windowMs - this.now());
    }
  }

  recordFailure(address: string): void {
    const recent = this.recentFailures(address);
    recent.push(this.now());
    this.failures.delete(address);
    this.failures.set(address, recent);
    if (this.failures.size > this.maxAddresses) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  recordSuccess(address: string): void {
    this.failures.delete(address);
  }

  private recentFailures(address: string): number[] {
    const since = this.now() - this.options.windowMs;
    return (this.failures.get(address) ?? []).filter((time) => time > since);
  }
}
