// Counts accounts created from each network address in a sliding window, so one address cannot
// create accounts by the thousand: each creation hashes a password with argon2id (tens of
// milliseconds of CPU and 19 MiB), and a flood of them slowed every other player's commands.
// IPv6 addresses count by their /64 (address-group.ts).
import { SignupThrottledError } from '../errors.js';
import { addressGroup } from '../limits/address-group.js';

export interface SignupThrottleOptions {
  /** Accounts one address may create within the window. */
  maxSignups: number;
  windowMs: number;
  /** Addresses tracked at most; the oldest are forgotten first, so memory stays bounded. */
  maxAddresses?: number;
  now?: () => number;
}

/** A creation counted against its address; given back when the account was not created after all. */
export interface SignupAttempt {
  failed(): void;
}

export class SignupThrottle {
  private readonly signups = new Map<string, number[]>();
  private readonly now: () => number;
  private readonly maxAddresses: number;

  constructor(private readonly options: SignupThrottleOptions) {
    this.now = options.now ?? Date.now;
    this.maxAddresses = options.maxAddresses ?? 10_000;
  }

  /** Throws SignupThrottledError while the address has created its allowance within the window. */
  check(address: string): void {
    const recent = this.recent(addressGroup(address));
    if (recent.length >= this.options.maxSignups) {
      throw new SignupThrottledError(recent[0]! + this.options.windowMs - this.now());
    }
  }

  /**
   * Starts a creation: throws while the address is at its allowance, otherwise counts it at once,
   * so creations sent together on many connections cannot all pass the check.
   */
  begin(address: string): SignupAttempt {
    this.check(address);
    const group = addressGroup(address);
    const recent = this.recent(group);
    const at = this.now();
    recent.push(at);
    this.signups.delete(group);
    this.signups.set(group, recent);
    if (this.signups.size > this.maxAddresses) {
      const oldest = this.signups.keys().next().value;
      if (oldest !== undefined) this.signups.delete(oldest);
    }
    return { failed: () => this.giveBack(group, at) };
  }

  private giveBack(group: string, at: number): void {
    const recent = this.signups.get(group);
    const index = recent ? recent.lastIndexOf(at) : -1;
    if (!recent || index < 0) return;
    recent.splice(index, 1);
    if (recent.length === 0) this.signups.delete(group);
  }

  private recent(group: string): number[] {
    const since = this.now() - this.options.windowMs;
    return (this.signups.get(group) ?? []).filter((time) => time > since);
  }
}
