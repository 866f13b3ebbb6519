import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResumeTokens } from '../../../../core/auth/resume-tokens.js';

const ANN = { id: 1, name: 'Ann', characterId: 101 };
const BOB = { id: 2, name: 'Bob', characterId: 102 };

describe('ResumeTokens', () => {
  it('issues random tokens that work once', () => {
    const tokens = new ResumeTokens();
    const first = tokens.issue(ANN, 10);
    const second = tokens.issue(ANN, 11);
    assert.match(first.token, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(first.token, second.token);
    assert.deepEqual(tokens.redeem(first.token), { accountId: 1, accountName: 'Ann', characterId: 101 });
    assert.equal(tokens.redeem(first.token), undefined, 'used up');
  });

  it('keeps only hashes: the stored state never holds the token', () => {
    const tokens = new ResumeTokens();
    const { token } = tokens.issue(ANN, 10);
    assert.ok(!JSON.stringify([...(tokens as unknown as { byHash: Map<string, unknown> }).byHash]).includes(token));
  });

  it('expires tokens', () => {
    const tokens = new ResumeTokens({ lifetimeMs: 1000, maxPerAccount: 8 });
    const { token, expiresAt } = tokens.issue(ANN, 10, 5000);
    assert.equal(expiresAt.getTime(), 6000);
    assert.equal(tokens.redeem(token, 6000), undefined);
  });

  it('revokes by session and by account', () => {
    const tokens = new ResumeTokens();
    const ann = tokens.issue(ANN, 10);
    const annElsewhere = tokens.issue(ANN, 11);
    const bob = tokens.issue(BOB, 12);
    tokens.revokeSession(10);
    assert.equal(tokens.redeem(ann.token), undefined);
    tokens.revokeAccount(1);
    assert.equal(tokens.redeem(annElsewhere.token), undefined);
    assert.deepEqual(tokens.redeem(bob.token), { accountId: 2, accountName: 'Bob', characterId: 102 });
  });

  it('keeps a bounded number per account, dropping the oldest', () => {
    const tokens = new ResumeTokens({ lifetimeMs: 60_000, maxPerAccount: 3 });
    const issued = Array.from({ length: 5 }, (_, i) => tokens.issue(ANN, i, 1000 + i));
    assert.equal(tokens.size, 3);
    assert.equal(tokens.redeem(issued[0]!.token, 2000), undefined);
    assert.ok(tokens.redeem(issued[4]!.token, 2000));
  });

  it('refuses malformed tokens without looking them up', () => {
    const tokens = new ResumeTokens();
    for (const bad of ['', 'short', 'x'.repeat(10_000), `${'a'.repeat(42)}!`, '../../etc/passwd']) assert.equal(tokens.redeem(bad), undefined);
  });
});
