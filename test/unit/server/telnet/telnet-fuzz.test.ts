// Fuzzing the telnet input path as a connection runs it: parser, line assembler and option
// handling (NAWS, TTYPE/MTTS, CHARSET, GMCP, MSSP, MCCP2), fed random bytes, well-formed streams
// with known meaning, and mutations of those. Whatever arrives: nothing throws, no buffer grows
// past its limit, no control character reaches a line, and a good line afterwards reads right.
// A failure names its seed; HEARTH_FUZZ_SEED=<seed> replays it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_GMCP_MESSAGE_BYTES } from '../../../../server/gmcp/gmcp-message.js';
import { MAX_WRAP_WIDTH } from '../../../../server/telnet/client-profile.js';
import { type AssembledLine, LineAssembler } from '../../../../server/telnet/line-assembler.js';
import { IAC, SB, SE } from '../../../../server/telnet/telnet-codes.js';
import { TelnetOptions } from '../../../../server/telnet/telnet-options.js';
import { TelnetParser } from '../../../../server/telnet/telnet-parser.js';
import { type SeededRandom, fuzz } from '../../../support/seeded-random.js';
import { RESYNC, chunked, mutateTelnet, telnetElement, telnetScript } from '../../../support/telnet-fuzz-input.js';

const LIMITS = { maxLineBytes: 512, maxSubnegotiationBytes: 256 };
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const GOOD_LINE = 'say still here \u00e9';

/** The input side of a telnet connection, wired as TelnetConnection wires it, minus the socket. */
class TelnetInput {
  readonly parser = new TelnetParser({ maxSubnegotiationBytes: LIMITS.maxSubnegotiationBytes });
  readonly assembler = new LineAssembler(LIMITS.maxLineBytes);
  readonly options: TelnetOptions;
  readonly lines: AssembledLine[] = [];
  written = 0;
  misbehaviours = 0;

  /** `withOptions`: negotiate as a live connection does; without, telnet traffic is only parsed. */
  constructor(private readonly withOptions: boolean) {
    this.options = new TelnetOptions({
      write: (bytes) => void (this.written += bytes.length),
      startCompression: () => {},
      stopCompression: () => {},
      mssp: () => ({ NAME: 'Hearth', PLAYERS: '3' }),
      misbehaved: () => void (this.misbehaviours += 1),
      profileChanged: () => this.assembler.setEncoding(this.options.profile.encoding),
    });
    if (withOptions) this.options.offer();
  }

  push(chunk: Buffer): void {
    for (const token of this.parser.push(chunk)) {
      if (token.kind === 'data') this.lines.push(...this.assembler.push(token.bytes));
      else if (!this.withOptions) continue;
      else if (token.kind === 'negotiation') this.options.receiveNegotiation(token.verb, token.option);
      else if (token.kind === 'subnegotiation') this.options.receiveSubnegotiation(token.option, token.data);
    }
    this.assertBounded();
  }

  /** A line typed now, in the encoding the client agreed on. */
  typeGoodLine(): void {
    const encoding = this.options.profile.encoding === 'utf-8' ? 'utf8' : 'latin1';
    this.push(Buffer.concat([RESYNC, Buffer.from(`${GOOD_LINE}\r\n`, encoding)]));
  }

  private assertBounded(): void {
    assert.ok(this.parser.pendingSubnegotiationBytes <= LIMITS.maxSubnegotiationBytes, `subnegotiation buffer ${this.parser.pendingSubnegotiationBytes}`);
    assert.ok(this.assembler.pendingBytes <= LIMITS.maxLineBytes, `line buffer ${this.assembler.pendingBytes}`);
    for (const line of this.lines) {
      // One input byte never becomes more than one UTF-16 unit (U+FFFD for an invalid byte).
      assert.ok(line.text.length <= LIMITS.maxLineBytes, `line of ${line.text.length} characters`);
      assert.doesNotMatch(line.text, CONTROL_CHARACTERS);
    }
  }
}

function assertProfileSane(input: TelnetInput): void {
  const { profile, gmcp } = input.options;
  assert.ok(profile.width >= 0 && profile.width <= 0xffff && profile.height >= 0 && profile.height <= 0xffff);
  assert.ok(profile.wrapWidth === 0 || profile.wrapWidth <= MAX_WRAP_WIDTH);
  for (const name of [profile.clientName, profile.terminalType]) {
    if (name !== null) assert.match(name, /^[\x21-\x7e][\x20-\x7e]{0,63}$/);
  }
  assert.ok(gmcp.hello === null || (gmcp.hello.client.length <= 64 && gmcp.hello.version.length <= 64));
  assert.ok((gmcp.supported()?.length ?? 0) <= 64);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
}

function feed(random: SeededRandom, input: TelnetInput, bytes: Buffer): void {
  for (const chunk of chunked(random, bytes)) input.push(chunk);
}

function assertRecovers(input: TelnetInput): void {
  input.lines.length = 0;
  input.typeGoodLine();
  assert.deepEqual(input.lines.at(-1), { text: GOOD_LINE, truncated: false });
}

describe('telnet input fuzzing', () => {
  it('reads well-formed streams exactly, however the bytes are chunked and whatever telnet traffic sits between them', async () => {
    await fuzz('well-formed telnet', 300, (random) => {
      const script = telnetScript(random, random.int(1, 8));
      const input = new TelnetInput(false);
      feed(random, input, script.bytes);
      assert.deepEqual(
        input.lines.map((line) => line.text),
        script.lines,
      );
      assert.ok(input.lines.every((line) => !line.truncated));
      assertRecovers(input);
    });
  });

  it('survives random bytes, dense in telnet commands, and still reads the next good line', async () => {
    const telnetBytes = [IAC, IAC, IAC, SB, SE, 0x0d, 0x0a, 0x00, 0x08, 251, 253];
    await fuzz('random telnet bytes', 300, (random) => {
      const input = new TelnetInput(random.chance(0.5));
      const length = random.int(0, 4096);
      const bytes = Buffer.alloc(length);
      for (let i = 0; i < length; i += 1) bytes[i] = random.chance(0.3) ? random.pick(telnetBytes) : random.int(0, 255);
      feed(random, input, bytes);
      assertProfileSane(input);
      assertRecovers(input);
    });
  });

  it('survives mutated negotiation: truncated SB, SB without SE, huge SB, huge lines, bad UTF-8, CR NUL', async () => {
    await fuzz('mutated telnet', 500, (random) => {
      const input = new TelnetInput(random.chance(0.7));
      let bytes = telnetScript(random, random.int(1, 6)).bytes;
      const extraElements = Array.from({ length: random.int(0, 6) }, () => telnetElement(random));
      bytes = Buffer.concat([bytes, ...extraElements]);
      for (let mutations = random.int(1, 4); mutations > 0; mutations -= 1) bytes = mutateTelnet(random, bytes, LIMITS);
      feed(random, input, bytes);
      assertProfileSane(input);
      assertRecovers(input);
    });
  });

  it('keeps a subnegotiation that never ends to the limit, reporting the overflow once', async () => {
    await fuzz('endless subnegotiation', 20, (random) => {
      const parser = new TelnetParser({ maxSubnegotiationBytes: LIMITS.maxSubnegotiationBytes });
      let overflows = 0;
      for (let chunk = 0; chunk < 50; chunk += 1) {
        const body = random.bytes(random.int(1, 4096)).map((byte) => (byte === IAC ? 0x41 : byte));
        const start = chunk === 0 ? Buffer.from([IAC, SB, random.int(0, 255)]) : Buffer.alloc(0);
        overflows += parser.push(Buffer.concat([start, body])).filter((token) => token.kind === 'subnegotiation-overflow').length;
        assert.ok(parser.pendingSubnegotiationBytes <= LIMITS.maxSubnegotiationBytes);
      }
      assert.equal(overflows, 1);
      assert.deepEqual(parser.push(Buffer.from([IAC, SE, 0x61])), [{ kind: 'data', bytes: Buffer.from('a') }]);
    });
  });

  it('ignores GMCP bodies up to and past the message limit without growing anything', async () => {
    await fuzz('large GMCP', 30, (random) => {
      const input = new TelnetInput(true);
      input.push(Buffer.from([IAC, 253, 201]));
      const size = random.int(MAX_GMCP_MESSAGE_BYTES - 16, MAX_GMCP_MESSAGE_BYTES + 16);
      input.options.receiveSubnegotiation(201, Buffer.from(`Core.Hello {"client": "${'x'.repeat(size)}"}`));
      assertProfileSane(input);
      assert.equal(input.options.gmcp.hello, null);
    });
  });
});
