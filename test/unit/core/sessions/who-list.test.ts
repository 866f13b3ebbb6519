import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Account } from '../../../../core/auth/accounts.js';
import { Session } from '../../../../core/sessions/session.js';
import type { Transport } from '../../../../core/sessions/transport.js';
import { formatIdle, formatOnFor, formatWhoList } from '../../../../core/sessions/who-list.js';

const transport: Transport = { kind: 'telnet', remoteAddress: '127.0.0.1', sendText: () => {}, close: () => {} };

function playing(id: number, name: string, connectedAt: number, lastInputAt: number): Session {
  const session = new Session(id, transport, async () => {}, { rate: { perSecond: 10, burst: 10 }, maxQueuedLines: 10 });
  const account: Account = { id, name, role: 'player', characterId: 100 + id, lastLoginAt: null };
  Object.assign(session, { account, state: 'playing', connectedAt, lastInputAt });
  return session;
}

describe('WHO', () => {
  it('lists playing characters by connection time, with on-for and idle columns', () => {
    const now = 10 * 3_600_000;
    const list = formatWhoList([playing(2, 'Bob', now - 60_000, now - 5_000), playing(1, 'Alice', now - 3_660_000, now - 120_000)], now);
    assert.equal(
      list,
      [
        'Player Name             On For Idle',
        'Alice                    01:01   2m',
        'Bob                      00:01   5s',
        '2 players are connected.',
      ].join('\n'),
    );
  });

  it('ends each heading where its column ends, for the longest names and times too', () => {
    const now = 200 * 86_400_000;
    const longest = 'A'.repeat(20);
    const lines = formatWhoList([playing(1, longest, now - 99 * 86_400_000 - 60_000, now - 3 * 86_400_000), playing(2, 'Bo', now - 1000, now)], now).split('\n');
    const [header, ...rows] = lines.slice(0, -1);
    assert.ok(header && rows.length === 2);
    for (const heading of ['On For', 'Idle']) {
      const end: number = header.indexOf(heading) + heading.length;
      for (const row of rows) {
        assert.equal(row.length, header.length, `"${row}" is as wide as the header`);
        assert.notEqual(row[end - 1], ' ', `"${row}" has a figure under the end of ${heading}`);
        if (end < row.length) assert.equal(row[end], ' ', `"${row}" has a gap after ${heading}`);
      }
    }
    assert.match(rows[0]!, /^A{20} +99d 00:01 +3d$/);
  });

  it('leaves out sessions still at the login screen, and shows one row per character', () => {
    const waiting = new Session(9, transport, async () => {}, { rate: { perSecond: 1, burst: 1 }, maxQueuedLines: 1 });
    const twice = [playing(1, 'Alice', 0, 0), playing(1, 'Alice', 0, 1000)];
    assert.match(formatWhoList([waiting, ...twice], 2000), /Alice[\s\S]*1 player is connected\.$/);
  });

  it('formats durations', () => {
    assert.equal(formatOnFor(0), '00:00');
    assert.equal(formatOnFor(26 * 3_600_000 + 5 * 60_000), '1d 02:05');
    assert.equal(formatIdle(59_000), '59s');
    assert.equal(formatIdle(3_599_000), '59m');
    assert.equal(formatIdle(7_200_000), '2h');
    assert.equal(formatIdle(3 * 86_400_000), '3d');
  });
});
