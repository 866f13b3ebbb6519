// A session's connection as the core sees it when the socket lives on a gateway: everything the
// Transport interface does becomes an op in that gateway's next output batch.
import type { SessionState } from '../sessions/session.js';
import type { Transport, TransportKind } from '../sessions/transport.js';
import type { OutputBatcher } from './output-batcher.js';

export interface RemoteConnection {
  connection: number;
  kind: TransportKind;
  remoteAddress: string;
  secure: boolean;
  keepsResumeToken: boolean;
}

export class RemoteTransport implements Transport {
  readonly kind: TransportKind;
  readonly remoteAddress: string;
  readonly secure: boolean;
  readonly keepsResumeToken: boolean;
  readonly connection: number;
  /** The session state the gateway was last told (it answers MSSP requests only at login). */
  private shownState: SessionState = 'login';
  private closed = false;

  constructor(
    remote: RemoteConnection,
    private readonly output: OutputBatcher,
    /** The session's state now; read when output goes out, so the gateway learns of changes. */
    private readonly currentState: () => SessionState,
  ) {
    this.connection = remote.connection;
    this.kind = remote.kind;
    this.remoteAddress = remote.remoteAddress;
    this.secure = remote.secure;
    this.keepsResumeToken = remote.keepsResumeToken;
  }

  sendText(text: string): void {
    this.push({ t: 'text', text });
  }

  sendPrompt(text: string): void {
    this.push({ t: 'prompt', text });
  }

  sendData(topic: string, data: unknown): void {
    this.push({ t: 'data', topic, data });
  }

  setPasswordMode(hidden: boolean): void {
    this.push({ t: 'password', hidden });
  }

  close(): void {
    if (this.closed) return;
    this.push({ t: 'close' });
    this.closed = true;
  }

  private push(op: Parameters<OutputBatcher['add']>[1]): void {
    if (this.closed) return;
    const state = this.currentState();
    if (state !== this.shownState && state !== 'closed') {
      this.shownState = state;
      this.output.add(this.connection, { t: 'state', state });
    }
    this.output.add(this.connection, op);
  }
}
