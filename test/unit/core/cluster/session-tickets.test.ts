// Session tickets carry a player from one core to the next: a ticket checks out with the secret
// that signed it until it expires, and anything forged, altered, foreign or malformed does not.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { SessionTickets } from '../../../../core/cluster/session-tickets.js';

const owner = { accountId: 7, characterId: 42 };

describe('session tickets', () => {
  const secret = randomBytes(32);
  const tickets = new SessionTickets(secret, 60_000);

  it('name their account and character to any core with the same secret, until they expire', () => {
    const ticket = tickets.issue(owner, 1_000);
    assert.deepEqual(new SessionTickets(Buffer.from(secret), 60_000).verify(ticket, 2_000), owner);
    assert.equal(tickets.verify(ticket, 61_000), null);
  });

  it('refuse a ticket signed with another secret', () => {
    const foreign = new SessionTickets(randomBytes(32)).issue(owner);
    assert.equal(tickets.verify(foreign), null);
  });

  it('refuse a ticket whose claims were changed, even with its signature kept', () => {
    const [, signature] = tickets.issue(owner).split('.');
    const claims = Buffer.from(JSON.stringify({ a: 1, c: 1, e: Date.now() + 60_000 })).toString('base64url');
    assert.equal(tickets.verify(`${claims}.${signature}`), null);
  });

  for (const [name, ticket] of [
    ['empty', ''],
    ['no signature', 'eyJhIjoxfQ'],
    ['three parts', 'a.b.c'],
    ['a signature of the wrong length', `${tickets.issue(owner).split('.')[0]}.abc`],
    ['far too long', `${'a'.repeat(600)}.${'b'.repeat(43)}`],
    ['not base64', '!!!.???'],
  ] as const) {
    it(`refuse a ticket that is ${name}`, () => {
      assert.equal(tickets.verify(ticket), null);
    });
  }

  it('refuse validly signed claims of the wrong types', () => {
    // Only a core holding the secret could sign these; they are still checked.
    const sign = (claims: unknown): string => {
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${body}.${(tickets as unknown as { sign(body: string): string }).sign(body)}`;
    };
    assert.equal(tickets.verify(sign({ a: '7', c: 42, e: Date.now() + 1000 })), null);
    assert.equal(tickets.verify(sign({ a: 7, c: 4.2, e: Date.now() + 1000 })), null);
    assert.equal(tickets.verify(sign({ a: 7, c: 42 })), null);
    assert.equal(tickets.verify(sign(null)), null);
    assert.deepEqual(tickets.verify(sign({ a: 7, c: 42, e: Date.now() + 1000 })), owner);
  });
});
