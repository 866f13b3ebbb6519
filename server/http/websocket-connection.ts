// One websocket client at /ws, in one of four wire formats chosen by subprotocol:
// - none: text frames, one line each, plain text out (colour removed);
// - hearth.v1.json (the browser client): JSON `{type, ...}` both ways, text keeps its colour codes;
// - gmcp.mudstandards.org: binary frames carry text (with colour) both ways, text frames carry
//   GMCP messages ("Package.Name json");
// - json.mudstandards.org: binary frames carry text, text frames carry
//   `{"proto": "gmcp", "id": "Package.Name", "data": "<json>"}` envelopes.
import type { WebSocket } from 'ws';
import { TokenBucket } from '../../core/limits/token-bucket.js';
import type { SessionInput } from '../../core/sessions/session-host.js';
import type { SessionMessage } from '../../core/sessions/session-data.js';
import { cleanInputLine } from '../../core/sessions/input-text.js';
import { keepOnlyColour, stripAnsi } from '../../core/sessions/text-style.js';
import type { Transport } from '../../core/sessions/transport.js';
import { GmcpSession } from '../gmcp/gmcp-session.js';
import { formatJsonEnvelope, parseJsonCommand, parseJsonEnvelope } from './websocket-messages.js';

export const HEARTH_JSON_SUBPROTOCOL = 'hearth.v1.json';
export const GMCP_SUBPROTOCOL = 'gmcp.mudstandards.org';
export const JSON_ENVELOPE_SUBPROTOCOL = 'json.mudstandards.org';
/** In the server's order of preference when a client offers several. */
export const SUBPROTOCOLS = [HEARTH_JSON_SUBPROTOCOL, GMCP_SUBPROTOCOL, JSON_ENVELOPE_SUBPROTOCOL];

export type WireFormat = 'plain' | 'hearth' | 'gmcp' | 'json-envelope';

export function wireFormatFor(subprotocol: string): WireFormat {
  if (subprotocol === HEARTH_JSON_SUBPROTOCOL) return 'hearth';
  if (subprotocol === GMCP_SUBPROTOCOL) return 'gmcp';
  if (subprotocol === JSON_ENVELOPE_SUBPROTOCOL) return 'json-envelope';
  return 'plain';
}

export interface WebsocketConnectionOptions {
  maxLineBytes: number;
  maxBufferedOutputBytes: number;
  format: WireFormat;
  /** The websocket came in over HTTPS (WSS). */
  secure?: boolean;
}

export class WebsocketConnection implements Transport {
  readonly kind = 'websocket' as const;
  readonly keepsResumeToken: boolean;
  readonly secure: boolean;
  private session: SessionInput | null = null;
  private readonly gmcp: GmcpSession | null = null;
  private readonly gmcpLimiter = new TokenBucket({ perSecond: 20, burst: 60 });

  constructor(
    private readonly socket: WebSocket,
    readonly remoteAddress: string,
    private readonly options: WebsocketConnectionOptions,
  ) {
    this.keepsResumeToken = options.format === 'hearth';
    this.secure = options.secure === true;
    if (options.format === 'gmcp') this.gmcp = new GmcpSession((message) => this.send(message));
    if (options.format === 'json-envelope') this.gmcp = new GmcpSession((message) => this.send(formatJsonEnvelope(message)));
  }

  attach(session: SessionInput): void {
    this.session = session;
    this.socket.on('message', (data, isBinary) => this.receive(data as Buffer, isBinary));
  }

  sendText(text: string): void {
    this.sendOutput(text, 'text');
  }

  sendPrompt(text: string): void {
    this.sendOutput(text, 'prompt');
  }

  sendData(topic: string, data: unknown): void {
    // The core sends the documented shape for each of its topics (core/sessions/session-data.ts).
    if (this.options.format === 'hearth') this.send(sharedJson(topic, data));
    else this.gmcp?.send({ topic, data } as SessionMessage);
  }

  setPasswordMode(hidden: boolean): void {
    if (this.options.format === 'hearth') this.sendJson({ type: 'password', hidden });
  }

  close(): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.close(1000, 'goodbye');
  }

  private sendOutput(text: string, type: 'text' | 'prompt'): void {
    switch (this.options.format) {
      case 'plain':
        return this.send(stripAnsi(text));
      case 'hearth':
        return this.sendJson({ type, text: keepOnlyColour(text) });
      default:
        return this.send(Buffer.from(`${keepOnlyColour(text)}${type === 'text' ? '\r\n' : ''}`, 'utf8'));
    }
  }

  private receive(data: Buffer, isBinary: boolean): void {
    const format = this.options.format;
    if (format === 'gmcp' || format === 'json-envelope') {
      if (isBinary) this.receiveLines(data.toString('utf8'));
      else this.receiveGmcp(data.toString('utf8'));
      return;
    }
    if (isBinary) {
      this.sendText('Send text frames (or JSON {"type": "command", "text": "..."}); binary frames are ignored.');
      return;
    }
    let text = data.toString('utf8');
    if (text.trimStart().startsWith('{')) {
      const command = parseJsonCommand(text);
      if (command.kind === 'invalid') return this.sendText(command.reason);
      if (command.kind === 'command') text = command.cmd;
    }
    this.receiveLines(text);
  }

  private receiveLines(text: string): void {
    const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
    for (const line of lines) this.session?.receive(cleanInputLine(this.limitLength(line)));
  }

  private receiveGmcp(text: string): void {
    if (!this.gmcpLimiter.tryTake()) return;
    const message = this.options.format === 'gmcp' ? text : envelopeMessage(text);
    if (message === null || !this.gmcp?.receive(message)) {
      this.sendText('[Hearth: that out-of-band message was malformed and has been ignored.]');
    }
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

  private send(payload: string | Buffer): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.options.maxBufferedOutputBytes) {
      this.socket.terminate();
      return;
    }
    this.socket.send(payload);
  }
}

/**
 * `{"type": topic, "data": data}` as JSON, made once per data object: an event in a crowded room
 * goes to every websocket player there as the same object, so it is serialised once, not once each.
 */
const serialised = new WeakMap<object, Map<string, string>>();

function sharedJson(topic: string, data: unknown): string {
  if (typeof data !== 'object' || data === null) return JSON.stringify({ type: topic, data });
  let byTopic = serialised.get(data);
  if (!byTopic) serialised.set(data, (byTopic = new Map()));
  let json = byTopic.get(topic);
  if (json === undefined) byTopic.set(topic, (json = JSON.stringify({ type: topic, data })));
  return json;
}

function envelopeMessage(text: string): string | null {
  const envelope = parseJsonEnvelope(text);
  return envelope.kind === 'gmcp' ? envelope.message : null;
}
