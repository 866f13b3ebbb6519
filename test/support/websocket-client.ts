// A websocket test client on the real `ws` library: plain text frames by default, or the JSON
// subprotocol when asked.
import WebSocket from 'ws';
import { OutputWaiter } from './line-client.js';

export class WebsocketTestClient {
  readonly output = new OutputWaiter();
  readonly messages: unknown[] = [];

  private constructor(
    readonly socket: WebSocket,
    private readonly json: boolean,
  ) {
    socket.on('message', (data) => {
      const text = data.toString();
      if (!json) {
        this.output.append(`${text}\n`);
        return;
      }
      const message = JSON.parse(text) as { type: string; text?: string };
      this.messages.push(message);
      if (message.type === 'text' || message.type === 'prompt') this.output.append(`${message.text}\n`);
    });
    socket.on('close', () => this.output.markClosed());
    socket.on('error', () => {});
  }

  /** `headers` go with the upgrade request (a proxy's X-Forwarded-For, say). */
  static connect(port: number, options: { json?: boolean; headers?: Record<string, string>; localAddress?: string } = {}): Promise<WebsocketTestClient> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, options.json ? ['hearth.v1.json'] : [], { headers: options.headers, localAddress: options.localAddress });
    const client = new WebsocketTestClient(socket, options.json ?? false);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
    });
  }

  send(line: string): void {
    this.socket.send(line);
  }

  sendCommand(cmd: string): void {
    this.socket.send(JSON.stringify({ cmd }));
  }

  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string> {
    return this.output.waitFor(pattern, timeoutMs);
  }

  async login(verb: 'connect' | 'create', name: string, password: string): Promise<void> {
    await this.waitFor('QUIT');
    this.send(`${verb} ${name} ${password}`);
    await this.waitFor(`Welcome, ${name}.`);
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
