// A player's websocket connection in the browser client's JSON wire format (hearth.v1.json):
// commands go out as {"type": "command", "text"}, and only {"type": "text" | "prompt"} messages
// are read as output; structured data (room, event, char) is ignored, as a text client would.
import WebSocket from 'ws';
import { BaseLineConnection, type LineConnection } from './line-connection.js';

const SUBPROTOCOL = 'hearth.v1.json';

export function connectWebsocket(host: string, port: number, timeoutMs: number): Promise<LineConnection> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${host}:${port}/ws`, SUBPROTOCOL, { handshakeTimeout: timeoutMs });
    const bot = new WebsocketBot(socket);
    socket.once('open', () => {
      socket.removeAllListeners('error');
      socket.on('error', () => socket.terminate());
      if (socket.protocol !== SUBPROTOCOL) {
        socket.terminate();
        reject(new Error(`the server chose subprotocol "${socket.protocol}", not ${SUBPROTOCOL}`));
        return;
      }
      resolve(bot);
    });
    socket.once('error', (error) => reject(error));
  });
}

class WebsocketBot extends BaseLineConnection {
  readonly transport = 'websocket' as const;

  constructor(private readonly socket: WebSocket) {
    super();
    socket.on('message', (data, isBinary) => {
      if (!isBinary) this.receive(data.toString());
    });
    socket.on('close', () => this.markClosed());
  }

  send(line: string): void {
    if (!this.closed && this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'command', text: line }));
  }

  protected endGracefully(): void {
    this.socket.close(1000, 'bench done');
  }

  protected forceClose(): void {
    this.socket.terminate();
  }

  private receive(text: string): void {
    let message: { type?: unknown; text?: unknown };
    try {
      message = JSON.parse(text) as { type?: unknown; text?: unknown };
    } catch {
      return;
    }
    if ((message.type !== 'text' && message.type !== 'prompt') || typeof message.text !== 'string') return;
    // One message is one piece of output; it may hold several lines (a room view).
    this.splitter.push(`${message.text}\n`);
  }
}
