// A websocket test client that keeps every frame as it came (text or binary), for checking the
// wire formats of each subprotocol.
import WebSocket from 'ws';

export interface Frame {
  binary: boolean;
  text: string;
}

export class RawWebsocket {
  readonly frames: Frame[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      this.frames.push({ binary: isBinary, text: (data as Buffer).toString('utf8') });
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on('error', () => {});
  }

  static connect(port: number, subprotocols: string[] = []): Promise<RawWebsocket> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, subprotocols);
    const client = new RawWebsocket(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
    });
  }

  sendText(text: string): void {
    this.socket.send(text);
  }

  sendBinary(text: string): void {
    this.socket.send(Buffer.from(text, 'utf8'), { binary: true });
  }

  /** The first frame (from `from` on) that matches; waits for it up to `timeoutMs`. */
  async waitForFrame(matches: (frame: Frame) => boolean, from = 0, timeoutMs = 10_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.slice(from).find(matches);
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0 || this.socket.readyState === WebSocket.CLOSED) {
        throw new Error(`No matching frame; received: ${JSON.stringify(this.frames.slice(from)).slice(0, 3000)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** JSON messages received (hearth.v1.json), parsed. */
  jsonMessages(): Array<Record<string, unknown>> {
    return this.frames.filter((frame) => !frame.binary).map((frame) => JSON.parse(frame.text) as Record<string, unknown>);
  }

  waitForJson(type: string, matches: (message: Record<string, unknown>) => boolean = () => true): Promise<Record<string, unknown>> {
    return this.waitForFrame((frame) => {
      if (frame.binary) return false;
      const message = JSON.parse(frame.text) as Record<string, unknown>;
      return message['type'] === type && matches(message);
    }).then((frame) => JSON.parse(frame.text) as Record<string, unknown>);
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
