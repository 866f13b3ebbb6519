// Session tickets carry a logged-in session from one core to the next. When a session enters the
// game the core hands its gateway a ticket naming the account and character, signed with a secret
// every core shares (ticket-secret.ts); after a failover the gateway presents it when it opens the
// session again, and the new core puts the player straight back in the game. The gateway cannot
// read anything it could not already see, nor make a ticket of its own.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TicketOwner {
  accountId: number;
  characterId: number;
}

/** A ticket outlives a core's death long enough for any failover, not for ever. */
const DEFAULT_LIFETIME_MS = 24 * 3600_000;
export const MAX_TICKET_LENGTH = 512;

export class SessionTickets {
  constructor(
    private readonly secret: Uint8Array,
    private readonly lifetimeMs = DEFAULT_LIFETIME_MS,
  ) {}

  issue(owner: TicketOwner, now: number = Date.now()): string {
    const body = Buffer.from(JSON.stringify({ a: owner.accountId, c: owner.characterId, e: now + this.lifetimeMs })).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** Whose session the ticket carries, or null when it is forged, damaged or expired. */
  verify(ticket: string, now: number = Date.now()): TicketOwner | null {
    if (ticket.length > MAX_TICKET_LENGTH) return null;
    const [body, signature, extra] = ticket.split('.');
    if (!body || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { a?: unknown; c?: unknown; e?: unknown };
      const { a, c, e } = claims;
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(c) || typeof e !== 'number' || e <= now) return null;
      return { accountId: a as number, characterId: c as number };
    } catch {
      return null;
    }
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
