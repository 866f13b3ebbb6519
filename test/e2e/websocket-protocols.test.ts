// The websocket's wire formats: Hearth's JSON for the browser (with password mode, structured
// room data and resume tokens), gmcp.mudstandards.org and json.mudstandards.org as the MUD
// standards proposal defines them, plain text without a subprotocol; and hostile messages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RawWebsocket } from '../support/raw-websocket.js';
import { digRoom } from '../support/world-fixtures.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const command = (text: string) => JSON.stringify({ type: 'command', text });
const textOf = (message: Record<string, unknown>) => String(message['text']);

describe('websocket wire formats', () => {
  let server: TestServer;
  let gardenId: number;

  before(async () => {
    server = await startTestServer();
    gardenId = (await digRoom(server.core, server.core.world.startingRoomId, { name: 'Garden', exit: 'North;n', back: 'South;s' })).room.id;
    await server.core.accounts.create('Webby', 'webbypass');
  });
  after(() => server.dispose());

  it('hearth.v1.json: hides the password prompt, then sends character, room and a resume token', async () => {
    const client = await RawWebsocket.connect(server.httpPort, ['hearth.v1.json']);
    assert.equal(client.socket.protocol, 'hearth.v1.json');
    await client.waitForJson('text', (message) => textOf(message).includes('QUIT'));
    client.sendText(command('connect Webby'));
    await client.waitForJson('password', (message) => message['hidden'] === true);
    await client.waitForJson('prompt', (message) => message['text'] === 'Password:');
    client.sendText(command('webbypass'));
    await client.waitForJson('password', (message) => message['hidden'] === false);
    await client.waitForJson('text', (message) => textOf(message).startsWith('Welcome, Webby.'));
    const char = await client.waitForJson('char');
    assert.equal((char['data'] as { name: string }).name, 'Webby');
    const room = (await client.waitForJson('room'))['data'] as { name: string; exits: Array<{ name: string; to: number }>; players: Array<{ name: string }> };
    assert.equal(room.name, 'The Hearth');
    assert.deepEqual(room.exits.map((exit) => [exit.name, exit.to]), [['North', gardenId]]);
    assert.deepEqual(room.players.map((player) => player.name), ['Webby']);
    const resume = (await client.waitForJson('resume'))['data'] as { token: string; expiresAt: string };
    assert.match(resume.token, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(Date.parse(resume.expiresAt) > Date.now());
    // Colour reaches the browser as SGR codes, for it to render.
    await client.waitForJson('text', (message) => textOf(message).includes('\u001b[1;36mThe Hearth\u001b[0m'));
    assert.ok(!JSON.stringify(client.jsonMessages()).includes('webbypass'), 'the password is never sent back');

    const telnet = await TelnetTestClient.connect(server.telnetPort);
    await telnet.login('create', 'Telly', 'tellypass');
    const players = await client.waitForJson('room.players', (message) => JSON.stringify(message).includes('Telly'));
    assert.deepEqual((players['data'] as { players: Array<{ name: string }> }).players.map((player) => player.name), ['Webby', 'Telly']);
    telnet.send('north');
    await client.waitForJson('room.players', (message) => !JSON.stringify(message).includes('Telly'));
    await telnet.close();
    await client.close();
  });

  it('hearth.v1.json: a resume token logs in once without the password; QUIT revokes the next one', async () => {
    const first = await RawWebsocket.connect(server.httpPort, ['hearth.v1.json']);
    first.sendText(command('create Resa resapass'));
    const { token } = (await first.waitForJson('resume'))['data'] as { token: string };
    await first.close();

    const second = await RawWebsocket.connect(server.httpPort, ['hearth.v1.json']);
    second.sendText(command(`resume ${token}`));
    await second.waitForJson('text', (message) => textOf(message).startsWith('Welcome, Resa.'));
    const renewed = ((await second.waitForJson('resume'))['data'] as { token: string }).token;
    assert.notEqual(renewed, token);

    const replay = await RawWebsocket.connect(server.httpPort, ['hearth.v1.json']);
    replay.sendText(command(`resume ${token}`));
    await replay.waitForJson('text', (message) => textOf(message).includes('unknown, used or expired'));

    second.sendText(command('QUIT'));
    await second.waitForJson('text', (message) => textOf(message).includes('Goodbye'));
    replay.sendText(command(`resume ${renewed}`));
    await replay.waitForJson('text', (message) => textOf(message).includes('unknown, used or expired'));
    await replay.close();
  });

  it('gmcp.mudstandards.org: text in binary frames, GMCP in text frames', async () => {
    const client = await RawWebsocket.connect(server.httpPort, ['gmcp.mudstandards.org']);
    assert.equal(client.socket.protocol, 'gmcp.mudstandards.org');
    await client.waitForFrame((frame) => frame.binary && frame.text.includes('QUIT'));
    client.sendText('Core.Supports.Set ["Char 1", "Room 1"]');
    client.sendBinary('create Gina ginapass\n');
    await client.waitForFrame((frame) => !frame.binary && frame.text === 'Char.Name {"name":"Gina","fullname":"Gina"}');
    await client.waitForFrame((frame) => !frame.binary && frame.text.startsWith('Room.Info {"num":1,"name":"The Hearth"'));
    client.sendBinary('north\n');
    await client.waitForFrame((frame) => !frame.binary && frame.text.startsWith(`Room.Info {"num":${gardenId}`));
    await client.waitForFrame((frame) => frame.binary && frame.text.includes('\u001b[1;36mGarden'));
    client.sendText('Core.Hello {broken');
    await client.waitForFrame((frame) => frame.binary && frame.text.includes('malformed and has been ignored'));
    client.sendText('Core.Ping');
    await client.waitForFrame((frame) => !frame.binary && frame.text === 'Core.Ping');
    await client.close();
  });

  it('json.mudstandards.org: text in binary frames, GMCP in {proto, id, data} envelopes', async () => {
    const client = await RawWebsocket.connect(server.httpPort, ['json.mudstandards.org']);
    assert.equal(client.socket.protocol, 'json.mudstandards.org');
    await client.waitForFrame((frame) => frame.binary && frame.text.includes('QUIT'));
    client.sendBinary('create Jason jasonpass');
    const frame = await client.waitForFrame((candidate) => !candidate.binary && candidate.text.includes('"Char.Name"'));
    const envelope = JSON.parse(frame.text) as { proto: string; id: string; data: string };
    assert.equal(envelope.proto, 'gmcp');
    assert.deepEqual(JSON.parse(envelope.data), { name: 'Jason', fullname: 'Jason' });
    client.sendText('{"proto": "msdp", "id": "X"}');
    await client.waitForFrame((candidate) => candidate.binary && candidate.text.includes('malformed and has been ignored'));
    client.sendText(JSON.stringify({ proto: 'gmcp', id: 'Core.Ping' }));
    await client.waitForFrame((candidate) => !candidate.binary && JSON.parse(candidate.text).id === 'Core.Ping');
    await client.close();
  });

  it('no subprotocol: plain text frames without colour codes', async () => {
    const client = await RawWebsocket.connect(server.httpPort);
    client.sendText('create Plato platopass');
    const look = await client.waitForFrame((frame) => frame.text.includes('The Hearth(#1'));
    assert.equal(look.binary, false);
    assert.equal(look.text.includes('\u001b'), false);
    // A 20 KB line is cut at the line limit (frames may be larger), with a message, and nothing stalls.
    client.sendText(`say ${'x'.repeat(20_000)}`);
    await client.waitForFrame((frame) => frame.text.includes('Your line was longer than 8192 bytes; the rest was cut off.'));
    client.sendText('WHO');
    await client.waitForFrame((frame) => /players? (?:is|are) connected\./.test(frame.text));
    await client.close();
  });

  it('answers hostile JSON with a reason, limits out-of-band floods, and keeps serving others', async () => {
    const witness = await TelnetTestClient.connect(server.telnetPort);
    await witness.login('create', 'Watcher', 'watcherpass');
    const client = await RawWebsocket.connect(server.httpPort, ['hearth.v1.json']);
    await client.waitForJson('text', (message) => textOf(message).includes('QUIT'));
    const hostile: Array<[string, RegExp]> = [
      ['{"type": "command", "text": {"nested": true}}', /^Send \{"type": "command"/],
      ['{"type": "command", "text": ["look"]}', /^Send \{"type": "command"/],
      [`{"type": "command", "x": "${'y'.repeat(60_000)}"}`, /^Send \{"type": "command"/],
      ['{"__proto__": {"type": "command", "text": "QUIT"}}', /^Send \{"type": "command"/],
      [`{"deep": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`, /^Send \{"type": "command"/],
      ['{"type": "command", "text": "\u0000\u001b[2J"}', /^Use: connect/],
      // Not JSON objects: ordinary lines, which the login screen answers with its help.
      [`${'['.repeat(20_000)}${']'.repeat(20_000)}`, /^Use: connect/],
    ];
    for (const [text, answer] of hostile) {
      const from = client.frames.length;
      client.sendText(text);
      const frame = await client.waitForFrame((candidate) => answer.test(String(JSON.parse(candidate.text)['text'])), from);
      assert.ok(frame, text.slice(0, 40));
    }
    client.sendText(command('WHO'));
    await client.waitForJson('text', (message) => textOf(message).includes('connected.'));

    const gmcp = await RawWebsocket.connect(server.httpPort, ['gmcp.mudstandards.org']);
    for (let i = 0; i < 300; i += 1) gmcp.sendText('Core.Ping');
    gmcp.sendBinary('WHO');
    await gmcp.waitForFrame((frame) => frame.binary && frame.text.includes('connected.'));
    const pongs = gmcp.frames.filter((frame) => !frame.binary && frame.text === 'Core.Ping').length;
    assert.ok(pongs > 0 && pongs < 100, `${pongs} of 300 pings answered`);

    witness.send('WHO');
    await witness.waitFor(/players? (?:is|are) connected\./);
    await Promise.all([client.close(), gmcp.close(), witness.close()]);
  });
});
