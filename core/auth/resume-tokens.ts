// Resume tokens let a client that lost its connection (the browser client) log in again without
// the password. A token is 32 random bytes, kept only as its SHA-256 hash, used once (each use
// hands out a fresh one), expires, and is revoked when its session quits or idles out. Tokens
// live in memory: a server restart forgets them and players log in with their password again.
import { createHash, randomBytes } from 'node:crypto';

export interface ResumeTokenOptions {
  /** How long a token stays valid after it is issued. */
  lifetimeMs: number;
  /** Tokens kept per account at most; the oldest goes first. */
  maxPerAccount: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

interface StoredToken {
  accountId: number;
  accountName: string;
  /** The character the session played: resuming plays it again. */
  characterId: number;
  /** The session the token was handed to; quitting that session revokes it. */
  sessionId: number;
  expiresAt: number;
}

export class ResumeTokens {
  private readonly byHash = new Map<string, StoredToken>();

  constructor(private readonly options: ResumeTokenOptions = { lifetimeMs: 12 * 3600_000, maxPerAccount: 8 }) {}

  issue(account: { id: number; name: string; characterId: number }, sessionId: number, now: number = Date.now()): IssuedToken {
    this.forgetExpired(now);
    this.trimAccount(account.id);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = now + this.options.lifetimeMs;
    this.byHash.set(hashToken(token), { accountId: account.id, accountName: account.name, characterId: account.characterId, sessionId, expiresAt });
    return { token, expiresAt: new Date(expiresAt) };
  }

  /** Uses a token up: returns whose it was, or undefined when it is unknown, used or expired. */
  redeem(token: string, now: number = Date.now()): { accountId: number; accountName: string; characterId: number } | undefined {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const hash = hashToken(token);
    const stored = this.byHash.get(hash);
    if (!stored) return undefined;
    this.byHash.delete(hash);
    if (stored.expiresAt <= now) return undefined;
    return { accountId: stored.accountId, accountName: stored.accountName, characterId: stored.characterId };
  }

  /** Revokes the tokens handed to one session (it quit, or was idled out). */
  revokeSession(sessionId: number): void {
    for (const [hash, stored] of this.byHash) if (stored.sessionId === sessionId) this.byHash.delete(hash);
  }

  /** Revokes every token of an account (password change, ban). */
  revokeAccount(accountId: number): void {
    for (const [hash, stored] of this.byHash) if (stored.accountId === accountId) this.byHash.delete(hash);
  }

  get size(): number {
    return this.byHash.size;
  }

  private forgetExpired(now: number): void {
    for (const [hash, stored] of this.byHash) if (stored.expiresAt <= now) this.byHash.delete(hash);
  }

  private trimAccount(accountId: number): void {
    const own = [...this.byHash].filter(([, stored]) => stored.accountId === accountId);
    own.sort(([, a], [, b]) => a.expiresAt - b.expiresAt);
    for (const [hash] of own.slice(0, Math.max(0, own.length - this.options.maxPerAccount + 1))) this.byHash.delete(hash);
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
