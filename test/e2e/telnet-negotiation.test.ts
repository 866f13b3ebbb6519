// Every telnet option Hearth negotiates, checked byte by byte with a scripted raw-socket client:
// what the server offers on connect, how it answers, and what each agreed option changes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { characterStream } from '../../core/events/event.js';
import { ScriptedTelnetClient, Opt, T } from '../support/scripted-telnet-client.js';
import { digRoom } from '../support/world-fixtures.js';
import { newestTelnetConnection, roundTrip } from '../support/telnet-sessions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const OFFERS = [
  [T.WILL, Opt.SGA],
  [T.WILL, Opt.CHARSET],
  [T.WILL, Opt.EOR],
  [T.WILL, Opt.MSSP],
  [T.WILL, Opt.GMCP],
  [T.WILL, Opt.MCCP2],
  [T.DO, Opt.TTYPE],
  [T.DO, Opt.NAWS],
];

function ttypeIs(value: string): Buffer {
  return Buffer.concat([Buffer.from([0]), Buffer.from(value, 'latin1')]);
}

function parseMssp(data: Buffer): Map<string, string[]> {
  const table = new Map<string, string[]>();
  let name = '';
  for (const part of data.toString('utf8').split(/(?=[\u0001\u0002])/)) {
    if (part.startsWith('\u0001')) table.set((name = part.slice(1)), []);
    else if (part.startsWith('\u0002')) table.get(name)?.push(part.slice(1));
  }
  return table;
}

function gmcpPayload(messages: string[], name: string): unknown[] {
  return messages.filter((message) => message.startsWith(`${name} `)).map((message) => JSON.parse(message.slice(name.length + 1)) as unknown);
}

describe('telnet negotiation, byte by byte', () => {
  let server: TestServer;
  let gardenId: number;
  const clients: ScriptedTelnetClient[] = [];

  async function client(): Promise<ScriptedTelnetClient> {
    const connected = await ScriptedTelnetClient.connect(server.telnetPort);
    clients.push(connected);
    await connected.waitFor('QUIT');
    return connected;
  }

  /** Runs the three TTYPE rounds with the given answers. */
  async function answerTerminalType(connected: ScriptedTelnetClient, answers: string[]): Promise<void> {
    connected.negotiate(T.WILL, Opt.TTYPE);
    for (const answer of answers) {
      assert.deepEqual([...(await connected.nextSubnegotiation(Opt.TTYPE))], [1], 'TTYPE SEND');
      connected.subnegotiate(Opt.TTYPE, ttypeIs(answer));
    }
  }

  before(async () => {
    server = await startTestServer();
    gardenId = (await digRoom(server.core, server.core.world.startingRoomId, { name: 'Garden', exit: 'North;n', back: 'South;s' })).room.id;
    await server.core.accounts.create('Prompty', 'promptpass');
    // A builder, so that she may create the channel whose talk GMCP carries.
    await server.core.accounts.create('Gemma', 'gemmapass', { role: 'builder' });
  });
  after(async () => {
    await Promise.all(clients.map((connected) => connected.close()));
    await server.dispose();
  });

  it('offers every option at once, before the login screen, which never waits for answers', async () => {
    const connected = await client();
    assert.deepEqual([...connected.raw.subarray(0, 24)], OFFERS.flatMap(([verb, option]) => [T.IAC, verb!, option!]));
    assert.match(connected.raw.subarray(24).toString('utf8'), /^\r\n {4}\) {2}\(/, 'the welcome screen follows the offers directly');
    await roundTrip(connected);
  });

  it('goes quiet once a client refuses everything: refusals are never answered', async () => {
    const connected = await client();
    for (const [verb, option] of OFFERS) connected.negotiate(verb === T.WILL ? T.DONT : T.WONT, option!);
    await roundTrip(connected);
    assert.equal(connected.events.length, OFFERS.length, 'nothing after the offers');
  });

  it('TTYPE: asks three times and records client name, terminal type and MTTS bits', async () => {
    const connected = await client();
    await answerTerminalType(connected, ['Mudlet', 'XTERM-256COLOR', 'MTTS 2831']);
    await roundTrip(connected);
    assert.equal(connected.events.filter((event) => event.kind === 'subnegotiation' && event.option === Opt.TTYPE).length, 3);
    const { profile } = newestTelnetConnection(server);
    assert.deepEqual([profile.clientName, profile.terminalType, profile.mtts], ['MUDLET', 'XTERM-256COLOR', 2831]);
  });

  it('TTYPE: stops asking when the client repeats itself', async () => {
    const connected = await client();
    await answerTerminalType(connected, ['ANSI', 'ANSI']);
    await roundTrip(connected);
    assert.equal(connected.events.filter((event) => event.kind === 'subnegotiation' && event.option === Opt.TTYPE).length, 2);
  });

  it('NAWS: wraps output at the reported width, and reads a width holding the IAC byte', async () => {
    const connected = await client();
    connected.negotiate(T.WILL, Opt.NAWS);
    connected.subnegotiate(Opt.NAWS, Buffer.from([0, 30, 0, 24]));
    connected.sendLine('create Narrow narrowpass');
    const received = await connected.waitFor(/Obvious exits:\r\nNorth/);
    // What came after the login: the welcome screen's tail went out before the width was known.
    const look = received.slice(received.indexOf('Welcome, Narrow.'));
    const lines = look.split('\r\n').filter((line) => line.length > 0);
    assert.ok(lines.length > 3 && lines.every((line) => line.length <= 30), JSON.stringify(lines));
    assert.ok(look.includes('A warm common room. A fire\r\n'), 'wrapped between words');
    connected.subnegotiate(Opt.NAWS, Buffer.from([0, 255, 0, 50]));
    await roundTrip(connected);
    assert.equal(newestTelnetConnection(server).profile.width, 255);
  });

  it('CHARSET: asks for UTF-8 and sends UTF-8 once the client accepts', async () => {
    const connected = await client();
    connected.negotiate(T.DO, Opt.CHARSET);
    assert.deepEqual([...(await connected.nextSubnegotiation(Opt.CHARSET))], [1, ...Buffer.from(';UTF-8')]);
    connected.subnegotiate(Opt.CHARSET, Buffer.from('\u0002UTF-8'));
    connected.sendLine('create Utfina utfpass1');
    await connected.waitFor('Obvious exits');
    assert.equal(newestTelnetConnection(server).profile.charset, 'utf-8');
    const id = (await server.core.accounts.findByName('Utfina'))!.characterId;
    await server.core.store.append({ stream: characterStream(id), type: 'note', actor: { kind: 'system', id: 'test' }, payload: { text: 'caf\u00e9 \u2709' } });
    await connected.waitFor('caf\u00e9 \u2709');
  });

  it('CHARSET: a client that refuses falls back to MTTS, here Latin-1, both ways', async () => {
    const connected = await client();
    connected.negotiate(T.DO, Opt.CHARSET);
    await connected.nextSubnegotiation(Opt.CHARSET);
    connected.subnegotiate(Opt.CHARSET, Buffer.from([3]));
    await answerTerminalType(connected, ['OLDCLIENT', 'ANSI', 'MTTS 1']);
    await roundTrip(connected);
    assert.equal(newestTelnetConnection(server).profile.encoding, 'latin1');
    connected.sendLine('create Latina latinpass');
    await connected.waitFor('Obvious exits');
    const before = connected.textBytes.length;
    connected.send(Buffer.concat([Buffer.from('say caf'), Buffer.from([0xe9]), Buffer.from(' \r\n')]));
    await connected.waitFor('You say');
    await connected.waitFor('\r\n');
    const reply = Buffer.from(connected.textBytes.slice(before));
    assert.ok(reply.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x22])), `the input was read as Latin-1 and sent back as Latin-1: ${[...reply]}`);
  });

  it('CHARSET: a client that asks first gets UTF-8 accepted, or a refusal without it', async () => {
    const connected = await client();
    connected.negotiate(T.WILL, Opt.CHARSET);
    await connected.nextNegotiation(T.DO, Opt.CHARSET);
    connected.subnegotiate(Opt.CHARSET, Buffer.from('\u0001;ISO-8859-1;UTF-8'));
    assert.deepEqual([...(await connected.nextSubnegotiation(Opt.CHARSET))], [2, ...Buffer.from('UTF-8')]);
    connected.subnegotiate(Opt.CHARSET, Buffer.from('\u0001;KOI8-R'));
    assert.deepEqual([...(await connected.nextSubnegotiation(Opt.CHARSET))], [3]);
  });

  it('ECHO and EOR: a password prompt turns the client echo off, is marked with EOR, and the password is never sent back', async () => {
    const connected = await client();
    connected.negotiate(T.DO, Opt.EOR);
    connected.sendLine('connect Prompty');
    await connected.nextNegotiation(T.WILL, Opt.ECHO);
    await connected.nextEvent((event) => event.kind === 'command' && event.code === T.EOR);
    assert.match(connected.output.all, /Password: $/);
    connected.negotiate(T.DO, Opt.ECHO);
    connected.sendLine('promptpass');
    await connected.nextNegotiation(T.WONT, Opt.ECHO);
    connected.negotiate(T.DONT, Opt.ECHO);
    await connected.waitFor('Welcome, Prompty.');
    assert.ok(!connected.output.all.includes('promptpass'));
  });

  it('GA marks prompts for a client that agreed to neither EOR nor SGA', async () => {
    const connected = await client();
    connected.negotiate(T.DONT, Opt.EOR);
    connected.negotiate(T.DONT, Opt.SGA);
    connected.sendLine('create Gaston');
    await connected.nextEvent((event) => event.kind === 'command' && event.code === T.GA);
    assert.match(connected.output.all, /Choose a password: $/);
    connected.sendLine('gastonpass');
    await connected.waitFor('Type the same password again:');
    connected.sendLine('not-the-same');
    await connected.waitFor('The two passwords differ; nothing was created.');
  });

  it('MSSP: sends the live status when asked, and in plain text to MSSP-REQUEST', async () => {
    const connected = await client();
    connected.negotiate(T.DO, Opt.MSSP);
    const table = parseMssp(await connected.nextSubnegotiation(Opt.MSSP));
    const players = String(server.core.sessions.connectedCharacterIds().length);
    assert.deepEqual(table.get('NAME'), ['Hearth']);
    assert.deepEqual(table.get('PLAYERS'), [players]);
    assert.deepEqual(table.get('UPTIME'), [String(Math.floor(server.core.startedAt.getTime() / 1000))]);
    assert.deepEqual(table.get('PORT'), [String(server.telnetPort)]);
    assert.match(table.get('CODEBASE')?.[0] ?? '', /^Hearth \d+\.\d+\.\d+/);
    assert.deepEqual(table.get('GMCP'), ['1']);

    // The count is live: one more player logged in shows in the next answer.
    connected.sendLine('create Mssper msspass1');
    await connected.waitFor('Welcome, Mssper.');
    const crawler = await client();
    crawler.sendLine('MSSP-REQUEST');
    const reply = await crawler.waitFor('MSSP-REPLY-END');
    assert.match(reply, new RegExp(`MSSP-REPLY-START\r\nNAME\tHearth\r\nPLAYERS\t${Number(players) + 1}\r\n`));
  });

  it('GMCP: Core.Hello and Supports are read; Char.Name at login, Room.Info on every move, Comm.Channel.Text', async () => {
    const connected = await client();
    connected.negotiate(T.DO, Opt.GMCP);
    connected.subnegotiate(Opt.GMCP, 'Core.Hello {"client": "Mudlet", "version": "4.17.2"}');
    connected.subnegotiate(Opt.GMCP, 'Core.Supports.Set ["Char 1", "Room 1", "Comm.Channel 1"]');
    connected.sendLine('connect Gemma gemmapass');
    await connected.waitFor('Obvious exits');
    await roundTrip(connected);
    assert.deepEqual(newestTelnetConnection(server).gmcpHello, { client: 'Mudlet', version: '4.17.2' });
    assert.deepEqual(gmcpPayload(connected.gmcpMessages(), 'Char.Name'), [{ name: 'Gemma', fullname: 'Gemma' }]);
    const [hearth] = gmcpPayload(connected.gmcpMessages(), 'Room.Info') as Array<Record<string, unknown>>;
    assert.deepEqual({ num: hearth?.['num'], name: hearth?.['name'], exits: hearth?.['exits'] }, { num: 1, name: 'The Hearth', exits: { north: gardenId } });
    assert.ok(gmcpPayload(connected.gmcpMessages(), 'Room.Players').some((players) => JSON.stringify(players).includes('"Gemma"')));

    connected.sendLine('north');
    await connected.waitFor('Garden(#');
    await roundTrip(connected);
    const rooms = gmcpPayload(connected.gmcpMessages(), 'Room.Info') as Array<Record<string, unknown>>;
    assert.deepEqual(rooms.map((room) => room['num']), [1, gardenId]);

    connected.sendLine('@channel/create public');
    await connected.waitFor('Channel public created.');
    connected.sendLine('+public hello, all');
    await connected.waitFor('[public] Gemma says, "hello, all"');
    await roundTrip(connected);
    const [channelText] = gmcpPayload(connected.gmcpMessages(), 'Comm.Channel.Text') as Array<Record<string, unknown>>;
    assert.equal(channelText?.['channel'], 'public');
    assert.equal(channelText?.['talker'], 'Gemma');
    assert.match(String(channelText?.['text']), /\[public\].*Gemma says, "hello, all"/);

    connected.subnegotiate(Opt.GMCP, 'Core.Ping');
    await connected.nextEvent((event) => event.kind === 'subnegotiation' && event.data.toString() === 'Core.Ping');
  });

  it('GMCP: sends only the packages the client supports', async () => {
    const connected = await client();
    connected.negotiate(T.DO, Opt.GMCP);
    connected.subnegotiate(Opt.GMCP, 'Core.Supports.Set ["Char 1"]');
    connected.sendLine('create Charly charlypass');
    await connected.waitFor('Obvious exits');
    await roundTrip(connected);
    const packages = connected.gmcpMessages().map((message) => message.split(' ', 1)[0]);
    assert.deepEqual(packages, ['Char.Name']);
  });

  it('MCCP2: compresses everything after the marker once the client agrees', async () => {
    const connected = await client();
    connected.negotiate(T.DO, Opt.MCCP2);
    assert.deepEqual([...(await connected.nextSubnegotiation(Opt.MCCP2))], [], 'IAC SB MCCP2 IAC SE');
    await roundTrip(connected);
    assert.ok(connected.compressedBytes > 0, 'the WHO answer arrived compressed');
    assert.equal(newestTelnetConnection(server).compressing, true);
  });

  it('MCCP2: a client that refuses never gets compressed output', async () => {
    const connected = await client();
    connected.negotiate(T.DONT, Opt.MCCP2);
    await roundTrip(connected);
    assert.equal(connected.compressedBytes, 0);
    assert.equal(connected.events.some((event) => event.kind === 'subnegotiation' && event.option === Opt.MCCP2), false);
  });

  it('ANSI colour: names and exits in colour, stripped for a client that reports no ANSI', async () => {
    const colour = await client();
    colour.sendLine('create Rainbow rainbowpass');
    await colour.waitFor('Obvious exits');
    assert.match(colour.textWithEscapes, /\u001b\[1;36mThe Hearth\u001b\[0m\(#1\)/);
    assert.match(colour.textWithEscapes, /Obvious exits:\r\n\u001b\[32mNorth\u001b\[0m/);

    const plain = await client();
    await answerTerminalType(plain, ['PLAINCLIENT', 'VT100', 'MTTS 4']);
    await roundTrip(plain);
    plain.sendLine('create Greyson greysonpass');
    await plain.waitFor(/Obvious exits:\r\nNorth/);
    assert.equal(plain.textWithEscapes.includes('\u001b'), false);
  });

  it('keeps negotiation out of commands, even in the middle of a word', async () => {
    const connected = await client();
    connected.send(Buffer.concat([Buffer.from('W'), Buffer.from([T.IAC, T.DO, 1, T.IAC, T.SB, 24, 0, 65, T.IAC, T.SE]), Buffer.from('HO\r\n')]));
    await connected.waitFor(/players? (?:is|are) connected\./);
  });
});
