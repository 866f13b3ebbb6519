// Hostile and malformed messages on the cluster's subjects: each is refused (null), logged through
// the rate-limited refusal log, and never throws; well-formed ones come through exactly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import {
  MAX_GATEWAY_MESSAGE_BYTES,
  MAX_OUTPUT_MESSAGE_BYTES,
  coreReplySchema,
  gatewayHeartbeatSchema,
  outputBatchSchema,
  sessionInputSchema,
  sessionOpenSchema,
} from '../../../../core/cluster/cluster-messages.js';
import { decodeMessage, encodeMessage } from '../../../../core/cluster/message-guard.js';
import { RefusalLog } from '../../../../core/cluster/refusal-log.js';

function recordingLog(): { refusals: RefusalLog; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  // A window of zero logs every refusal, so each case can be checked to be logged.
  return { refusals: new RefusalLog(logger, 0), lines };
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const goodInput = { gateway: 'east-1', connection: 3, seq: 1, line: 'say hello' };

describe('the cluster message guard', () => {
  it('passes a well-formed input line, open request, heartbeat, reply and output batch unchanged', () => {
    const { refusals, lines } = recordingLog();
    assert.deepEqual(decodeMessage(sessionInputSchema, encodeMessage(goodInput), MAX_GATEWAY_MESSAGE_BYTES, 's', refusals), goodInput);
    const open = { gateway: 'west', connection: 1, kind: 'websocket', remoteAddress: '::1', secure: false, keepsResumeToken: true };
    assert.deepEqual(decodeMessage(sessionOpenSchema, encodeMessage(open), MAX_GATEWAY_MESSAGE_BYTES, 's', refusals), open);
    const beat = { gateway: 'west', connections: [1, 2, 3] };
    assert.deepEqual(decodeMessage(gatewayHeartbeatSchema, encodeMessage(beat), MAX_GATEWAY_MESSAGE_BYTES, 's', refusals), beat);
    assert.deepEqual(decodeMessage(coreReplySchema, encodeMessage({ ok: true }), 4096, 's', refusals), { ok: true });
    const batch = { ops: [{ t: 'text', text: 'Bob says, "hi"' }, { t: 'data', topic: 'event', data: { id: 'x', nested: [1, { a: null }] } }], to: [[1, [0, 1]], [2, [0]]] };
    assert.deepEqual(decodeMessage(outputBatchSchema, encodeMessage(batch), MAX_OUTPUT_MESSAGE_BYTES, 's', refusals), batch);
    assert.equal(lines.length, 0);
  });

  const hostile: Array<[string, Uint8Array]> = [
    ['empty', bytes('')],
    ['not JSON', bytes('say hello')],
    ['truncated JSON', bytes('{"gateway":"east-1","connection":3,')],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['a JSON array', bytes('[1,2,3]')],
    ['null', bytes('null')],
    ['an extra field', encodeMessage({ ...goodInput, admin: true })],
    ['__proto__ smuggled in', bytes('{"gateway":"east-1","connection":3,"seq":1,"line":"x","__proto__":{"polluted":true}}')],
    ['a gateway id that is several subject tokens', encodeMessage({ ...goodInput, gateway: 'east.>' })],
    ['a gateway id with a wildcard', encodeMessage({ ...goodInput, gateway: '*' })],
    ['an upper-case gateway id', encodeMessage({ ...goodInput, gateway: 'EAST' })],
    ['connection zero', encodeMessage({ ...goodInput, connection: 0 })],
    ['a negative connection', encodeMessage({ ...goodInput, connection: -4 })],
    ['a fractional seq', encodeMessage({ ...goodInput, seq: 1.5 })],
    ['a huge seq', bytes('{"gateway":"east-1","connection":3,"seq":1e300,"line":"x"}')],
    ['a connection as a string', encodeMessage({ ...goodInput, connection: '3' })],
    ['a line that is an object', encodeMessage({ ...goodInput, line: { toString: 'x' } })],
    ['a line over the cap', encodeMessage({ ...goodInput, line: 'x'.repeat(16 * 1024 + 1) })],
    ['a message over the size cap', encodeMessage({ ...goodInput, line: 'x'.repeat(MAX_GATEWAY_MESSAGE_BYTES) })],
    ['deeply nested JSON', bytes(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
  ];
  for (const [name, payload] of hostile) {
    it(`refuses and logs an input message that is ${name}`, () => {
      const { refusals, lines } = recordingLog();
      assert.equal(decodeMessage(sessionInputSchema, payload, MAX_GATEWAY_MESSAGE_BYTES, 'hearth.core.session.input', refusals), null);
      assert.equal(lines.length, 1);
      assert.equal(lines[0]!['subject'], 'hearth.core.session.input');
      assert.equal(lines[0]!['code'], 'E_CLUSTER_MESSAGE_INVALID');
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    });
  }

  it('refuses output batches that point past their ops, carry unknown ops, or forge replies', () => {
    const { refusals, lines } = recordingLog();
    const cases = [
      { ops: [{ t: 'text', text: 'hi' }], to: [[1, [1]]] },
      { ops: [{ t: 'eval', code: 'process.exit()' }], to: [[1, [0]]] },
      { ops: [{ t: 'text', text: 'hi', extra: 1 }], to: [[1, [0]]] },
      { ops: [], to: [[1, [-1]]] },
      { ops: [{ t: 'data', topic: '', data: 1 }], to: [] },
    ];
    for (const batch of cases) assert.equal(decodeMessage(outputBatchSchema, encodeMessage(batch), MAX_OUTPUT_MESSAGE_BYTES, 'out', refusals), null);
    assert.equal(decodeMessage(coreReplySchema, encodeMessage({ ok: false, code: 'not a code', message: 'x' }), 4096, 'reply', refusals), null);
    assert.equal(decodeMessage(coreReplySchema, encodeMessage({ ok: 'yes' }), 4096, 'reply', refusals), null);
    assert.equal(lines.length, cases.length + 2);
  });
});

describe('the refusal log', () => {
  it('logs the first refusal on a subject, counts the rest of the window, and reports the count after', () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    let now = 0;
    const log = new RefusalLog(logger, 10_000, () => now);
    assert.equal(log.refused('a', 'bad'), true);
    for (let i = 0; i < 1000; i += 1) log.refused('a', 'bad');
    assert.equal(log.refused('b', 'bad'), true, 'another subject has its own window');
    assert.equal(lines.length, 2);
    now = 10_000;
    assert.equal(log.refused('a', 'bad'), true);
    assert.equal(lines[2]!['suppressedBefore'], 1000);
  });
});
