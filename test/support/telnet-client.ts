// A raw-socket telnet client for tests: sends lines or bytes, records every byte received, and
// waits for text (telnet commands stripped) to appear.
import { Socket, connect } from 'node:net';
import { OutputWaiter } from './line-client.js';

export class TelnetTestClient {
  readonly output = new OutputWaiter();
  private readonly rawChunks: Buffer[] = [];

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.rawChunks.push(chunk);
      this.output.append(stripTelnetCommands(chunk));
    });
    socket.on('close', () => this.output.markClosed());
    socket.on('error', () => {});
  }

  /** A client on a socket already connected (a TLS socket, say). */
  static wrap(socket: Socket): TelnetTestClient {
    return new TelnetTestClient(socket);
  }

  /** `localAddress` makes the connection come from another loopback address (any of 127/8 on Linux). */
  static connect(port: number, host = '127.0.0.1', options: { localAddress?: string } = {}): Promise<TelnetTestClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host, localAddress: options.localAddress }, () => resolve(new TelnetTestClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Every byte received, telnet commands included. */
  get raw(): Buffer {
    return Buffer.concat(this.rawChunks);
  }

  send(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  sendRaw(bytes: Buffer | Uint8Array): void {
    this.socket.write(bytes);
  }

  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string> {
    return this.output.waitFor(pattern, timeoutMs);
  }

  /** Logs in (or creates) and waits until the room is shown. */
  async login(verb: 'connect' | 'create', name: string, password: string): Promise<void> {
    await this.waitFor('QUIT');
    this.send(`${verb} ${name} ${password}`);
    await this.waitFor(`Welcome, ${name}.`);
  }

  async close(): Promise<void> {
    if (this.output.closed) return;
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.end();
      setTimeout(() => this.socket.destroy(), 500).unref();
    });
  }

  waitForClose(timeoutMs = 10_000): Promise<void> {
    if (this.output.closed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('connection did not close in time')), timeoutMs);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** Removes IAC sequences so tests can match plain text. */
export function stripTelnetCommands(chunk: Buffer): string {
  const bytes: number[] = [];
  for (let i = 0; i < chunk.length; i += 1) {
    const byte = chunk[i]!;
    if (byte !== 255) {
      bytes.push(byte);
      continue;
    }
    const next = chunk[i + 1];
    if (next === 255) {
      bytes.push(255);
      i += 1;
    } else if (next !== undefined && next >= 251 && next <= 254) {
      i += 2;
    } else if (next === 250) {
      const end = chunk.indexOf(Buffer.from([255, 240]), i);
      i = end < 0 ? chunk.length : end + 1;
    } else {
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
