// A raw-socket telnet client for negotiation tests. It parses what the server sends with its own
// small state machine (independent of the server's parser), follows MCCP2 by inflating everything
// after IAC SB 86 IAC SE, records every negotiation and subnegotiation in order, and lets a test
// script answer byte by byte.
import { Socket, connect } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { type Inflate, createInflate } from 'node:zlib';
import { OutputWaiter } from './line-client.js';

export const T = { IAC: 255, DONT: 254, DO: 253, WONT: 252, WILL: 251, SB: 250, GA: 249, SE: 240, EOR: 239 } as const;
export const Opt = { ECHO: 1, SGA: 3, TTYPE: 24, EOR: 25, NAWS: 31, CHARSET: 42, MSSP: 70, MCCP2: 86, GMCP: 201 } as const;

export type TelnetEvent =
  | { kind: 'negotiation'; verb: number; option: number }
  | { kind: 'subnegotiation'; option: number; data: Buffer }
  | { kind: 'command'; code: number };

type State = 'data' | 'iac' | 'verb' | 'sb-option' | 'sb-data' | 'sb-iac';

export class ScriptedTelnetClient {
  /** Text received, colour codes removed. */
  readonly output = new OutputWaiter();
  /** Text received with colour codes kept. */
  textWithEscapes = '';
  /** Data bytes received (commands removed), before decoding. */
  readonly textBytes: number[] = [];
  readonly events: TelnetEvent[] = [];
  /** Bytes that arrived compressed. */
  compressedBytes = 0;
  /** Every byte as it came off the socket, before any inflating. */
  private readonly rawChunks: Buffer[] = [];
  private state: State = 'data';
  private verb = 0;
  private sbOption = 0;
  private sbData: number[] = [];
  private inflate: Inflate | null = null;
  private eventCursor = 0;
  private eventWaiters: Array<() => void> = [];
  private readonly decoder = new StringDecoder('utf8');
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => {
      this.closed = true;
      this.output.markClosed();
      this.wakeEventWaiters();
    });
    socket.on('error', () => {});
  }

  static connect(port: number): Promise<ScriptedTelnetClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host: '127.0.0.1' }, () => resolve(new ScriptedTelnetClient(socket)));
      socket.once('error', reject);
    });
  }

  send(bytes: number[] | Buffer): void {
    this.socket.write(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
  }

  sendLine(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  negotiate(verb: number, option: number): void {
    this.send([T.IAC, verb, option]);
  }

  /** IAC SB option body IAC SE, doubling IAC bytes in the body. */
  subnegotiate(option: number, body: Buffer | string): void {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    const escaped = [...bytes].flatMap((byte) => (byte === T.IAC ? [T.IAC, T.IAC] : [byte]));
    this.send([T.IAC, T.SB, option, ...escaped, T.IAC, T.SE]);
  }

  /** Waits for the next event (after the last one waited for) that matches; moves past it. */
  async nextEvent(matches: (event: TelnetEvent) => boolean, timeoutMs = 10_000): Promise<TelnetEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.events.findIndex((event, i) => i >= this.eventCursor && matches(event));
      if (index >= 0) {
        this.eventCursor = index + 1;
        return this.events[index]!;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0 || this.closed) {
        throw new Error(`Expected telnet event not received; after cursor: ${JSON.stringify(this.events.slice(this.eventCursor))}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.eventWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  nextNegotiation(verb: number, option: number): Promise<TelnetEvent> {
    return this.nextEvent((event) => event.kind === 'negotiation' && event.verb === verb && event.option === option);
  }

  async nextSubnegotiation(option: number): Promise<Buffer> {
    const event = await this.nextEvent((candidate) => candidate.kind === 'subnegotiation' && candidate.option === option);
    return (event as { data: Buffer }).data;
  }

  /** Negotiations received so far for one option, in order. */
  negotiationsFor(option: number): number[] {
    return this.events.flatMap((event) => (event.kind === 'negotiation' && event.option === option ? [event.verb] : []));
  }

  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string> {
    return this.output.waitFor(pattern, timeoutMs);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.end();
      setTimeout(() => this.socket.destroy(), 500).unref();
    });
  }

  get raw(): Buffer {
    return Buffer.concat(this.rawChunks);
  }

  /** Text frames inside GMCP subnegotiations received so far, as "Package json" strings. */
  gmcpMessages(): string[] {
    return this.events.flatMap((event) => (event.kind === 'subnegotiation' && event.option === Opt.GMCP ? [event.data.toString('utf8')] : []));
  }

  private receive(chunk: Buffer, fromSocket = true): void {
    if (fromSocket) this.rawChunks.push(chunk);
    if (this.inflate) {
      this.compressedBytes += chunk.length;
      this.inflate.write(chunk);
      return;
    }
    this.parse(chunk);
  }

  private parse(chunk: Buffer): void {
    const text: number[] = [];
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i]!;
      switch (this.state) {
        case 'data':
          if (byte === T.IAC) this.state = 'iac';
          else text.push(byte);
          break;
        case 'iac':
          if (byte === T.IAC) {
            text.push(byte);
            this.state = 'data';
          } else if (byte >= T.WILL && byte <= T.DONT) {
            this.verb = byte;
            this.state = 'verb';
          } else if (byte === T.SB) {
            this.state = 'sb-option';
          } else {
            this.record({ kind: 'command', code: byte });
            this.state = 'data';
          }
          break;
        case 'verb':
          this.record({ kind: 'negotiation', verb: this.verb, option: byte });
          this.state = 'data';
          break;
        case 'sb-option':
          this.sbOption = byte;
          this.sbData = [];
          this.state = 'sb-data';
          break;
        case 'sb-data':
          if (byte === T.IAC) this.state = 'sb-iac';
          else this.sbData.push(byte);
          break;
        case 'sb-iac':
          if (byte === T.SE) {
            this.state = 'data';
            this.record({ kind: 'subnegotiation', option: this.sbOption, data: Buffer.from(this.sbData) });
            if (this.sbOption === Opt.MCCP2) {
              this.appendText(text);
              this.startInflating(chunk.subarray(i + 1));
              return;
            }
          } else {
            this.sbData.push(byte);
            this.state = 'sb-data';
          }
          break;
      }
    }
    this.appendText(text);
  }

  private startInflating(rest: Buffer): void {
    const inflate = createInflate();
    inflate.on('data', (plain: Buffer) => this.parse(plain));
    // The server ending its compressed stream (DONT MCCP2) returns the connection to plain bytes.
    inflate.on('end', () => {
      this.inflate = null;
    });
    inflate.on('error', (error) => this.output.append(`\n[inflate error: ${error.message}]\n`));
    this.inflate = inflate;
    if (rest.length > 0) this.receive(rest, false);
  }

  private appendText(bytes: number[]): void {
    if (bytes.length === 0) return;
    this.textBytes.push(...bytes);
    const text = this.decoder.write(Buffer.from(bytes));
    this.textWithEscapes += text;
    this.output.append(text);
  }

  private record(event: TelnetEvent): void {
    this.events.push(event);
    this.wakeEventWaiters();
  }

  private wakeEventWaiters(): void {
    for (const wake of this.eventWaiters.splice(0)) wake();
  }
}
