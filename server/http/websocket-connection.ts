// One websocket client at /ws. Input: text frames, one line each (several lines in one frame are
// taken in order), or JSON `{"cmd": "..."}`. Output: plain text frames, or JSON `{type, ...}`
// messages when the client asked for a JSON subprotocol.
import type { WebSocket } from 'ws';
import type { Session } from '../../core/sessions/session.js';
import type { Transport } from '../../core/sessions/transport.js';

export const JSON_SUBPROTOCOLS = ['json.mudstandards.org', 'hearth.v1.json'];

export interface WebsocketConnectionOptions {
  maxLineBytes: number;
  maxBufferedOutputBytes: number;
  /** True when the client negotiated a JSON subprotocol. */
  json: boolean;
}

export class WebsocketConnection implements Transport {
  readonly kind = 'websocket' as const;
  private session: Session | null = null;

  constructor(
    private readonly socket: WebSocket,
    readonly remoteAddress: string,
    private readonly options: WebsocketConnectionOptions,
  ) {}

  attach(session: Session): void {
    this.session = session;
    this.socket.on('message', (data, isBinary) => this.receive(data as Buffer, isBinary));
  }

  sendText(text: string): void {
    if (this.options.json) this.sendJson({ type: 'text', text });
    else this.send(text);
  }

  sendData(topic: string, data: unknown): void {
    if (this.options.json) this.sendJson({ type: topic, data });
  }

  close(): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.close(1000, 'goodbye');
  }

  private receive(data: Buffer, isBinary: boolean): void {
    if (isBinary) {
      this.sendText('Send text frames (or JSON {"cmd": "..."}); binary frames are ignored.');
      return;
    }
    for (const line of this.extractLines(data.toString('utf8'))) this.session?.receive(line);
  }

  private extractLines(message: string): string[] {
    let text = message;
    if (text.trimStart().startsWith('{')) {
      const command = parseJsonCommand(text);
      if (command.kind === 'command') text = command.cmd;
      else if (command.kind === 'invalid') {
        this.sendText(command.reason);
        return [];
      }
    }
    return text.split(/\r?\n/).map((line) => this.limitLength(line));
  }

  private limitLength(line: string): string {
    if (Buffer.byteLength(line, 'utf8') <= this.options.maxLineBytes) return line;
    this.sendText(`Your line was longer than ${this.options.maxLineBytes} bytes; the rest was cut off.`);
    const cut = Buffer.from(line, 'utf8').subarray(0, this.options.maxLineBytes).toString('utf8');
    return cut.replace(/\uFFFD$/, '');
  }

  private sendJson(message: Record<string, unknown>): void {
    this.send(JSON.stringify(message));
  }

  private send(payload: string): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.options.maxBufferedOutputBytes) {
      this.socket.terminate();
      return;
    }
    this.socket.send(payload);
  }
}

export type JsonCommand = { kind: 'command'; cmd: string } | { kind: 'invalid'; reason: string } | { kind: 'not-json' };

/** Reads `{"cmd": "..."}`; text that merely starts with `{` and is not JSON is an ordinary line. */
export function parseJsonCommand(text: string): JsonCommand {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'not-json' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'invalid', reason: 'JSON messages must be objects like {"cmd": "look"}.' };
  }
  const cmd = (parsed as Record<string, unknown>)['cmd'];
  if (typeof cmd !== 'string') return { kind: 'invalid', reason: 'JSON messages need a "cmd" string, like {"cmd": "look"}.' };
  return { kind: 'command', cmd };
}
