// What a simulated player needs from its connection, whichever transport carries it: send a
// line, hear every line of output as a person reads it (colour removed), and learn when it closes.
import { stripAnsi } from '../../core/sessions/text-style.js';

export type TransportKind = 'telnet' | 'websocket';

export interface LineConnection {
  readonly transport: TransportKind;
  send(line: string): void;
  /** Called once per line of output, without colour codes or line endings. */
  onLine(listener: (line: string) => void): void;
  /** Called once when the connection closes, whoever closed it. */
  onClose(listener: () => void): void;
  readonly closed: boolean;
  close(): Promise<void>;
}

/**
 * What every transport's connection keeps alike: the line and close listeners, the closed flag,
 * and closing politely with a forced close a second later. A transport feeds `splitter` with text,
 * calls `markClosed` when its socket closes, and says how to end and how to force.
 */
export abstract class BaseLineConnection implements LineConnection {
  abstract readonly transport: TransportKind;
  closed = false;
  private readonly lines = new LineFanout();
  private readonly closeListeners: Array<() => void> = [];
  protected readonly splitter = new LineSplitter((line) => this.lines.emit(line));

  abstract send(line: string): void;

  onLine(listener: (line: string) => void): void {
    this.lines.add(listener);
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.onClose(resolve);
      this.endGracefully();
      setTimeout(() => this.forceClose(), 1000).unref();
    });
  }

  protected markClosed(): void {
    this.closed = true;
    for (const listener of this.closeListeners) listener();
  }

  protected abstract endGracefully(): void;
  protected abstract forceClose(): void;
}

/**
 * Hands lines to listeners, holding those that arrive before the first listener: a websocket may
 * deliver the welcome screen in the same tick as the handshake, before the player listens.
 */
export class LineFanout {
  private readonly listeners: Array<(line: string) => void> = [];
  private held: string[] | null = [];

  emit(line: string): void {
    if (this.held) this.held.push(line);
    else for (const listener of this.listeners) listener(line);
  }

  add(listener: (line: string) => void): void {
    this.listeners.push(listener);
    const held = this.held ?? [];
    this.held = null;
    for (const line of held) listener(line);
  }
}

/** Cuts a stream of text into lines; a line split across two chunks is held until its end arrives. */
export class LineSplitter {
  private partial = '';

  constructor(private readonly emit: (line: string) => void) {}

  push(text: string): void {
    const joined = this.partial + text;
    const lines = joined.split('\n');
    this.partial = lines.pop()!;
    for (const line of lines) this.emit(stripAnsi(line.endsWith('\r') ? line.slice(0, -1) : line));
  }

  /** Emits whatever is left without a line ending (a prompt), as a line of its own. */
  flush(): void {
    if (this.partial.length === 0) return;
    const rest = this.partial;
    this.partial = '';
    this.emit(stripAnsi(rest.replace(/\r$/, '')));
  }
}
