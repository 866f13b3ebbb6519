import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Account } from '../../../../core/auth/accounts.js';
import { Session } from '../../../../core/sessions/session.js';
import type { Transport } from '../../../../core/sessions/transport.js';
import { formatIdle, formatOnFor, formatWhoList } from '../../../../core/sessions/who-list.js';

const transport: Transport = { kind: 'telnet', remoteAddress: '127.0.0.1', sendText: () => {}, close: () => {} };

function playing(id: number, name: string, connectedAt: number, lastInputAt: number): Session {
  const session = new Session(id, transport, async () => {}, { rate: { perSecond: 10, burst: 10 }, maxQueuedLines: 10 });
  const account: Account = { id, name, role: 'player', characterId: 100 + id, characterName: name, characters: [{ id: 100 + id, name }], namedCharacter: false, lastLoginAt: null };
  Object.assign(session, { account, state: 'playing', connectedAt, lastInputAt });
  return session;
}

describe('WHO', () => {
  it('lists playing characters by connection time, with on-for, idle and doing columns', () => {
    const now = 10 * 3_600_000;
    const list = formatWhoList([playing(2, 'Bob', now - 60_000, now - 5_000), playing(1, 'Alice', now - 3_660_000, now - 120_000)], now);
    assert.equal(
      list,
      [
        'Player Name             On For Idle  Doing',
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
        assert.equal(row.length, header.indexOf('  Doing'), `"${row}" ends where the Idle column ends`);
        assert.notEqual(row[end - 1], ' ', `"${row}" has a figure under the end of ${heading}`);
        if (end < row.length) assert.equal(row[end], ' ', `"${row}" has a gap after ${heading}`);
      }
    }
    assert.match(rows[0]!, /^A{20} +99d 00:01 +3d$/);
  });

  it("shows each character's doing attribute under Doing, cut to 39 characters and cleaned", () => {
    const now = 3_600_000;
    const sessions = [playing(1, 'Alice', 0, now), playing(2, 'Bob', 1, now), playing(3, 'Carol', 2, now), playing(4, 'Dan', 3, now)];
    const attributes: Record<number, Record<string, unknown>> = {
      101: { doing: 'Looking for a scene!' },
      102: { doing: `${'\u{1F525}'.repeat(38)}xyz` },
      103: { doing: 'red\u001b[31m\u0007 line\nfake' },
      104: { doing: 42 },
    };
    const lines = formatWhoList(sessions, now, (characterId) => ({ attributes: attributes[characterId] })).split('\n');
    const doingAt = lines[0]!.indexOf('Doing');
    assert.equal(lines[0], 'Player Name             On For Idle  Doing');
    assert.equal(lines[1]!.slice(doingAt), 'Looking for a scene!');
    assert.equal(lines[2]!.slice(doingAt), `${'\u{1F525}'.repeat(38)}x`, 'an emoji counts as one of the 39');
    assert.equal(lines[3]!.slice(doingAt), 'red[31m linefake');
    assert.equal(lines[4], 'Dan                      00:59   0s', 'a value that is not text shows as nothing');
    assert.equal(formatWhoList(sessions.slice(0, 1), now).split('\n')[1], 'Alice                    01:00   0s', 'no attributes, no doing');
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
