// A player's telnet connection, as the plainest MUD client has it: it refuses every option the
// server offers (so no compression, GMCP or charset change), drops telnet commands from the text
// and reads the rest as UTF-8 lines.
import { Socket, connect } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { DO, DONT, EOR, GA, IAC, WILL, WONT } from '../../server/telnet/telnet-codes.js';
import { TelnetParser } from '../../server/telnet/telnet-parser.js';
import { LineFanout, LineSplitter, type LineConnection } from './line-connection.js';

export function connectTelnet(host: string, port: number, timeoutMs: number): Promise<LineConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.setNoDelay(true);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`telnet connect to ${host}:${port} timed out`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(new TelnetBot(socket));
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

class TelnetBot implements LineConnection {
  readonly transport = 'telnet' as const;
  closed = false;
  private readonly parser = new TelnetParser();
  private readonly decoder = new StringDecoder('utf8');
  private readonly lines = new LineFanout();
  private readonly closeListeners: Array<() => void> = [];
  private readonly splitter = new LineSplitter((line) => this.lines.emit(line));

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.closed = true;
      for (const listener of this.closeListeners) listener();
    });
  }

  send(line: string): void {
    if (!this.closed) this.socket.write(`${line}\r\n`);
  }

  onLine(listener: (line: string) => void): void {
    this.lines.add(listener);
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.end();
      setTimeout(() => this.socket.destroy(), 1000).unref();
    });
  }

  private receive(chunk: Buffer): void {
    for (const token of this.parser.push(chunk)) {
      if (token.kind === 'data') {
        this.splitter.push(this.decoder.write(token.bytes));
      } else if (token.kind === 'negotiation') {
        if (token.verb === WILL) this.socket.write(Buffer.from([IAC, DONT, token.option]));
        else if (token.verb === DO) this.socket.write(Buffer.from([IAC, WONT, token.option]));
      } else if (token.kind === 'command' && (token.code === GA || token.code === EOR)) {
        // A prompt ends here without a line ending.
        this.splitter.flush();
      }
    }
  }
}
