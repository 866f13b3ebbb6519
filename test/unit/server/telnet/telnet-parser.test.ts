import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { AYT, DO, IAC, SB, SE, WILL } from '../../../../server/telnet/telnet-codes.js';
import { TelnetParser, type TelnetToken } from '../../../../server/telnet/telnet-parser.js';

function dataOf(tokens: TelnetToken[]): string {
  return Buffer.concat(tokens.flatMap((token) => (token.kind === 'data' ? [token.bytes] : []))).toString('latin1');
}

describe('TelnetParser', () => {
  it('passes plain text through as data', () => {
    const tokens = new TelnetParser().push(Buffer.from('say hello\r\n'));
    assert.deepEqual(tokens, [{ kind: 'data', bytes: Buffer.from('say hello\r\n') }]);
  });

  it('turns IAC IAC into one literal 255 byte', () => {
    const tokens = new TelnetParser().push(Buffer.from([0x61, IAC, IAC, 0x62]));
    assert.equal(dataOf(tokens), 'a\xffb');
  });

  it('separates negotiations from the text around them', () => {
    const tokens = new TelnetParser().push(Buffer.from([0x6c, IAC, DO, 24, 0x6f, IAC, WILL, 31, 0x6b]));
    assert.equal(dataOf(tokens), 'lok');
    assert.deepEqual(
      tokens.filter((token) => token.kind === 'negotiation'),
      [
        { kind: 'negotiation', verb: DO, option: 24 },
        { kind: 'negotiation', verb: WILL, option: 31 },
      ],
    );
  });

  it('keeps state across chunks, one byte at a time', () => {
    const parser = new TelnetParser();
    const bytes = [0x61, IAC, SB, 24, 0, 0x78, IAC, IAC, 0x79, IAC, SE, IAC, DO, 1, 0x62];
    const tokens = bytes.flatMap((byte) => parser.push(Buffer.from([byte])));
    assert.equal(dataOf(tokens), 'ab');
    assert.deepEqual(
      tokens.filter((token) => token.kind !== 'data'),
      [
        { kind: 'subnegotiation', option: 24, data: Buffer.from([0, 0x78, IAC, 0x79]) },
        { kind: 'negotiation', verb: DO, option: 1 },
      ],
    );
  });

  it('reports single-byte commands such as AYT without touching the data', () => {
    const tokens = new TelnetParser().push(Buffer.from([0x68, IAC, AYT, 0x69]));
    assert.equal(dataOf(tokens), 'hi');
    assert.deepEqual(tokens[1], { kind: 'command', code: AYT });
  });

  it('drops an oversized subnegotiation whole and recovers afterwards', () => {
    const parser = new TelnetParser({ maxSubnegotiationBytes: 16 });
    const huge = Buffer.concat([Buffer.from([IAC, SB, 201]), Buffer.alloc(1000, 0x41), Buffer.from([IAC, SE])]);
    const tokens = parser.push(Buffer.concat([huge, Buffer.from('look\r\n')]));
    assert.equal(tokens.some((token) => token.kind === 'subnegotiation'), false);
    assert.deepEqual(
      tokens.filter((token) => token.kind === 'subnegotiation-overflow'),
      [{ kind: 'subnegotiation-overflow', option: 201 }],
      'the overflow is reported once',
    );
    assert.equal(dataOf(tokens), 'look\r\n');
  });

  it('never emits IAC bytes as data for random garbage, and never throws', () => {
    for (let round = 0; round < 200; round += 1) {
      const parser = new TelnetParser({ maxSubnegotiationBytes: 64 });
      const tokens = parser.push(randomBytes(512));
      for (const token of tokens) {
        if (token.kind === 'data' && token.bytes.includes(IAC)) {
          // Only an escaped IAC IAC may produce a 255 data byte, and then as a single-byte token.
          assert.equal(token.bytes.length, 1);
        }
      }
    }
  });
});
