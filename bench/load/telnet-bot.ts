// A player's telnet connection, as the plainest MUD client has it: it refuses every option the
// server offers (so no compression, GMCP or charset change), drops telnet commands from the text
// and reads the rest as UTF-8 lines.
import { Socket, connect } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { DO, DONT, EOR, GA, IAC, WILL, WONT } from '../../server/telnet/telnet-codes.js';
import { TelnetParser } from '../../server/telnet/telnet-parser.js';
import { BaseLineConnection, type LineConnection } from './line-connection.js';

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

class TelnetBot extends BaseLineConnection {
  readonly transport = 'telnet' as const;
  private readonly parser = new TelnetParser();
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly socket: Socket) {
    super();
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.markClosed());
  }

  send(line: string): void {
    if (!this.closed) this.socket.write(`${line}\r\n`);
  }

  protected endGracefully(): void {
    this.socket.end();
  }

  protected forceClose(): void {
    this.socket.destroy();
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
