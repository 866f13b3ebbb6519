// A player's websocket connection in the browser client's JSON wire format (hearth.v1.json):
// commands go out as {"type": "command", "text"}, and only {"type": "text" | "prompt"} messages
// are read as output; structured data (room, event, char) is ignored, as a text client would.
import WebSocket from 'ws';
import { LineFanout, LineSplitter, type LineConnection } from './line-connection.js';

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

class WebsocketBot implements LineConnection {
  readonly transport = 'websocket' as const;
  closed = false;
  private readonly lines = new LineFanout();
  private readonly closeListeners: Array<() => void> = [];
  private readonly splitter = new LineSplitter((line) => this.lines.emit(line));

  constructor(private readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      if (!isBinary) this.receive(data.toString());
    });
    socket.on('close', () => {
      this.closed = true;
      for (const listener of this.closeListeners) listener();
    });
  }

  send(line: string): void {
    if (!this.closed && this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'command', text: line }));
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
      this.socket.close(1000, 'bench done');
      setTimeout(() => this.socket.terminate(), 1000).unref();
    });
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
