import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RoomInfo } from '../../../../core/sessions/session-data.js';
import { GmcpSession } from '../../../../server/gmcp/gmcp-session.js';

const ROOM: RoomInfo = {
  id: 7,
  name: 'Garden',
  description: 'Roses.',
  exits: [
    { id: 8, name: 'South', aliases: ['s'], to: 1, toName: 'The Hearth' },
    { id: 9, name: 'Gate', aliases: [], to: null, toName: null },
  ],
  players: [{ id: 3, name: 'Ann' }],
};

function session() {
  const sent: string[] = [];
  return { gmcp: new GmcpSession((text) => sent.push(text)), sent };
}

describe('GmcpSession', () => {
  it('maps room data to Room.Info (linked exits only) and Room.Players', () => {
    const { gmcp, sent } = session();
    gmcp.send({ topic: 'room', data: ROOM });
    assert.deepEqual(sent, [
      'Room.Info {"num":7,"name":"Garden","area":"","desc":"Roses.","exits":{"south":1}}',
      'Room.Players [{"name":"Ann","fullname":"Ann"}]',
    ]);
  });

  it('maps character and channel data, and sends nothing for raw events or resume tokens', () => {
    const { gmcp, sent } = session();
    gmcp.send({ topic: 'char', data: { id: 3, name: 'Ann' } });
    gmcp.send({ topic: 'channel', data: { channel: 'public', talker: 'Ann', text: '[public] Ann: hi' } });
    gmcp.send({ topic: 'resume', data: { token: 'secret', expiresAt: '2030-01-01T00:00:00.000Z' } });
    assert.deepEqual(sent, ['Char.Name {"name":"Ann","fullname":"Ann"}', 'Comm.Channel.Text {"channel":"public","talker":"Ann","text":"[public] Ann: hi"}']);
  });

  it('records Core.Hello, answers Core.Ping, and ignores unknown packages', () => {
    const { gmcp, sent } = session();
    assert.equal(gmcp.receive('core.hello {"client": "Mudlet", "version": "4.17"}'), true);
    assert.deepEqual(gmcp.hello, { client: 'Mudlet', version: '4.17' });
    assert.equal(gmcp.receive('Core.Ping'), true);
    assert.equal(gmcp.receive('IRE.Rift.Request'), true);
    assert.deepEqual(sent, ['Core.Ping']);
  });

  it('sends everything until Supports.Set, then only supported packages and their children', () => {
    const { gmcp } = session();
    assert.equal(gmcp.wants('Room.Info'), true);
    gmcp.receive('Core.Supports.Set ["Char 1", "Comm.Channel 1"]');
    assert.deepEqual([gmcp.wants('Char.Name'), gmcp.wants('Comm.Channel.Text'), gmcp.wants('Room.Info'), gmcp.wants('Core.Ping')], [true, true, false, true]);
    gmcp.receive('Core.Supports.Add ["Room"]');
    gmcp.receive('Core.Supports.Remove ["Char 1"]');
    assert.deepEqual(gmcp.supported(), ['comm.channel 1', 'room 1']);
  });

  it('refuses malformed hellos and support lists without changing what it knew', () => {
    const { gmcp } = session();
    gmcp.receive('Core.Supports.Set ["Room 1"]');
    const hostile = [
      'Core.Hello "Mudlet"',
      'Core.Hello {"client": 5}',
      `Core.Hello {"client": "${'x'.repeat(100)}"}`,
      'Core.Supports.Set "Room 1"',
      'Core.Supports.Set ["Room 1", 5]',
      'Core.Supports.Set ["Room; DROP TABLE"]',
      `Core.Supports.Set ${JSON.stringify(Array.from({ length: 65 }, (_, i) => `P${i} 1`))}`,
      'Core.Supports.Add {"Room": 1}',
    ];
    for (const message of hostile) assert.equal(gmcp.receive(message), false, message.slice(0, 50));
    assert.equal(gmcp.hello, null);
    assert.deepEqual(gmcp.supported(), ['room 1']);
  });
});
