// Fuzzing what websocket clients send, in all four wire formats: random frames, JSON shaped like
// Hearth's messages and the json.mudstandards.org envelopes, and mutations of both. Nothing may
// throw (a throw in the socket's message handler would stop the server), every line handed to the
// session is cut to the limit and free of control characters, and a good command afterwards still
// arrives. A failure names its seed; HEARTH_FUZZ_SEED=<seed> replays it.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { WebSocket } from 'ws';
import { Session } from '../../../../core/sessions/session.js';
import { cleanInputLine } from '../../../../core/sessions/input-text.js';
import { WebsocketConnection, type WireFormat } from '../../../../server/http/websocket-connection.js';
import { parseJsonCommand, parseJsonEnvelope } from '../../../../server/http/websocket-messages.js';
import { type SeededRandom, fuzz } from '../../../support/seeded-random.js';

const MAX_LINE_BYTES = 256;
/** The server's websocket frame limit (maxPayload): no frame a client sends is larger. */
const MAX_FRAME_BYTES = 64 * 1024;
const FORMATS: WireFormat[] = ['plain', 'hearth', 'gmcp', 'json-envelope'];
const PRINTABLE = [...'abcdefghijklmnopqrstuvwxyz ABC0123456789=,;:/@+"\'{}[]\\', '\u00e9', '\u2713', '\u{1F525}', '\t', '\u0007', '\u001b', '\u009b', '\u0000'];
const FORBIDDEN_IN_LINES = /[\u0000-\u001f\u007f-\u009f]/;

/** The part of a ws socket a connection uses, keeping what is sent. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: Array<string | Buffer> = [];

  send(payload: string | Buffer): void {
    this.sent.push(payload);
  }

  close(): void {
    this.readyState = 3;
  }

  terminate(): void {
    this.readyState = 3;
  }
}

interface Harness {
  socket: FakeSocket;
  lines: string[];
  /** Delivers a frame as ws would, and lets the session's queue run. */
  frame(payload: string | Buffer, binary: boolean): Promise<void>;
}

function connect(format: WireFormat): Harness {
  const socket = new FakeSocket();
  const lines: string[] = [];
  const connection = new WebsocketConnection(socket as unknown as WebSocket, '127.0.0.1', { maxLineBytes: MAX_LINE_BYTES, maxBufferedOutputBytes: 1 << 20, format });
  const session = new Session(1, connection, async (_session, line) => void lines.push(line), {
    rate: { perSecond: 1_000_000, burst: 1_000_000 },
    maxQueuedLines: 1_000_000,
  });
  connection.attach(session);
  return {
    socket,
    lines,
    async frame(payload, binary) {
      socket.emit('message', Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8'), binary);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

function jsonValue(random: SeededRandom, depth: number): unknown {
  const roll = random.int(0, depth > 3 ? 4 : 7);
  if (roll === 0) return null;
  if (roll === 1) return random.chance(0.5);
  if (roll === 2) return random.int(-1e9, 1e9) / random.int(1, 7);
  if (roll <= 4) return random.string(random.int(0, 40), PRINTABLE);
  if (roll === 5) return Array.from({ length: random.int(0, 4) }, () => jsonValue(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = random.int(0, 4); i > 0; i -= 1) object[random.pick(['type', 'text', 'cmd', 'proto', 'id', 'data', '__proto__', 'constructor', random.string(3, PRINTABLE)])] = jsonValue(random, depth + 1);
  return object;
}

/** Text frames shaped like client messages, most of them a little wrong. */
function messageText(random: SeededRandom): string {
  const text = random.string(random.int(0, 80), PRINTABLE);
  const nested = random.int(1, 30_000);
  const candidates = [
    JSON.stringify({ type: 'command', text }),
    JSON.stringify({ cmd: text }),
    JSON.stringify({ type: 'command', text: jsonValue(random, 0) }),
    JSON.stringify(jsonValue(random, 0)),
    JSON.stringify({ proto: 'gmcp', id: random.pick(['Core.Hello', 'Core.Ping', 'Core.Supports.Set', text]), data: jsonValue(random, 0) }),
    JSON.stringify({ proto: random.pick(['gmcp', 'msdp', '']), id: text, data: JSON.stringify(jsonValue(random, 0)) }),
    `{"proto":"gmcp","id":"Core.Hello","data":${'['.repeat(nested)}${']'.repeat(nested)}}`,
    `{"type":"command","text":${'['.repeat(nested)}${']'.repeat(nested)}}`,
    `Core.Supports.Set ${JSON.stringify(Array.from({ length: random.int(0, 100) }, (_, i) => `P${i} 1`))}`,
    `Core.Hello ${JSON.stringify({ client: text, version: text })}`,
    `{"type":"command","text":"${'x'.repeat(random.int(MAX_LINE_BYTES - 4, MAX_LINE_BYTES * 4))}"}`,
    `\ufeff {"cmd": "${text}"}`,
    random.codeUnits(random.int(0, 200)),
    `${text}\n${text}\r\n${random.string(random.int(0, 600), PRINTABLE)}`,
  ];
  return mutateText(random, random.pick(candidates));
}

function mutateText(random: SeededRandom, text: string): string {
  let mutated = text;
  for (let count = random.int(0, 3); count > 0; count -= 1) {
    const at = random.int(0, mutated.length);
    switch (random.int(0, 4)) {
      case 0:
        mutated = mutated.slice(0, at);
        break;
      case 1:
        mutated = mutated.slice(0, at) + random.pick(['"', '{', '}', '\\', '\u0000', '\ud800', '\n', ',', ':']) + mutated.slice(at);
        break;
      case 2:
        mutated = mutated.slice(0, at) + mutated.slice(at + random.int(1, 10));
        break;
      case 3:
        mutated = mutated.slice(0, at) + mutated.slice(at, at + random.int(1, 100)) + mutated.slice(at);
        break;
      default:
        mutated = mutated.replace(/"/g, "'");
    }
  }
  return mutated;
}

function assertBounded(harness: Harness): void {
  for (const line of harness.lines) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= MAX_LINE_BYTES, `a line of ${Buffer.byteLength(line, 'utf8')} bytes reached the session`);
    assert.doesNotMatch(line, FORBIDDEN_IN_LINES);
  }
  // Replies are Hearth's own short messages; nothing a client sends is echoed back at length.
  for (const payload of harness.socket.sent) assert.ok(payload.length <= 512, `a reply of ${payload.length}`);
}

async function assertGoodCommandArrives(harness: Harness, format: WireFormat): Promise<void> {
  harness.lines.length = 0;
  const good = 'look at the \u00e9toile';
  if (format === 'hearth') await harness.frame(JSON.stringify({ type: 'command', text: good }), false);
  else await harness.frame(good, format !== 'plain');
  assert.deepEqual(harness.lines, [good]);
}

describe('websocket message fuzzing', () => {
  it('reads well-formed commands exactly, cleaned and cut to the limit', async () => {
    await fuzz('well-formed websocket commands', 300, async (random) => {
      const harness = connect('hearth');
      const text = random.string(random.int(1, 200), PRINTABLE);
      await harness.frame(JSON.stringify(random.chance(0.5) ? { type: 'command', text } : { cmd: text }), false);
      assert.equal(harness.lines.length, 1);
      const [line] = harness.lines as [string];
      if (Buffer.byteLength(text, 'utf8') <= MAX_LINE_BYTES) assert.equal(line, cleanInputLine(text));
      else assert.ok(cleanInputLine(text).startsWith(line), 'a long line is cut, never changed');
      assertBounded(harness);
    });
  });

  for (const format of FORMATS) {
    it(`survives random and mutated frames as ${format}, then still takes a good command`, async () => {
      await fuzz(`websocket ${format}`, 250, async (random) => {
        const harness = connect(format);
        for (let frames = random.int(1, 6); frames > 0; frames -= 1) {
          const binary = random.chance(0.3);
          const payload = random.chance(0.2) ? random.bytes(random.int(0, 2048)) : Buffer.from(messageText(random), 'utf8');
          await harness.frame(payload.subarray(0, MAX_FRAME_BYTES), binary);
        }
        assertBounded(harness);
        await assertGoodCommandArrives(harness, format);
      });
    });
  }

  it('parses JSON commands and envelopes without throwing, returning only what the JSON held', async () => {
    await fuzz('websocket JSON parsers', 1000, (random) => {
      const text = messageText(random);
      const command = parseJsonCommand(text);
      if (command.kind === 'command') assert.equal(typeof command.cmd, 'string');
      const envelope = parseJsonEnvelope(text);
      if (envelope.kind === 'gmcp') {
        const id = envelope.message.split(' ', 1)[0]!;
        assert.ok(id.length > 0 && id.length <= 200 && !/\s/.test(id));
      }
    });
  });

  // Found by this fuzzing: JSON.stringify threw a RangeError on deep data, out of the socket's
  // message handler, and stopped the whole server.
  it('refuses an envelope whose data is nested thousands deep, and keeps serving that client', async () => {
    const deep = `{"proto":"gmcp","id":"Core.Hello","data":${'['.repeat(6000)}${']'.repeat(6000)}}`;
    assert.deepEqual(parseJsonEnvelope(deep), { kind: 'invalid', reason: 'data nested too deeply' });
    const harness = connect('json-envelope');
    await harness.frame(deep, false);
    assert.match(String(harness.socket.sent.at(-1)), /malformed and has been ignored/);
    await assertGoodCommandArrives(harness, 'json-envelope');
  });
});
