// A session's connection as the core sees it when the socket lives on a gateway: everything the
// Transport interface does becomes an op in that gateway's next output batch. Beside the output it
// keeps the gateway up to date with what the gateway needs of the session: whether it is at the
// login screen, and (once it plays a character) the ticket that carries it to another core.
import type { SessionState } from '../sessions/session.js';
import type { Transport, TransportKind } from '../sessions/transport.js';
import type { OutputOp } from './cluster-messages.js';
import type { OutputBatcher } from './output-batcher.js';
import type { TicketOwner } from './session-tickets.js';

export interface RemoteConnection {
  connection: number;
  kind: TransportKind;
  remoteAddress: string;
  secure: boolean;
  keepsResumeToken: boolean;
}

/** What the transport reads of its session when output goes out. */
export interface SessionWatch {
  state(): SessionState;
  /** The account and character played, once logged in. */
  owner(): TicketOwner | null;
  ticketFor(owner: TicketOwner): string;
}

export class RemoteTransport implements Transport {
  readonly kind: TransportKind;
  readonly remoteAddress: string;
  readonly secure: boolean;
  readonly keepsResumeToken: boolean;
  readonly connection: number;
  /** The session state the gateway was last told (it answers MSSP requests only at login). */
  private shownState: SessionState = 'login';
  private ticketedCharacter: number | null = null;
  private closed = false;

  constructor(
    remote: RemoteConnection,
    private readonly output: OutputBatcher,
    private readonly watch: SessionWatch,
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

  private push(op: OutputOp): void {
    if (this.closed) return;
    const state = this.watch.state();
    if (state !== this.shownState && state !== 'closed') {
      this.shownState = state;
      this.output.add(this.connection, { t: 'state', state });
    }
    const owner = state === 'playing' ? this.watch.owner() : null;
    if (owner && owner.characterId !== this.ticketedCharacter) {
      this.ticketedCharacter = owner.characterId;
      this.output.add(this.connection, { t: 'ticket', ticket: this.watch.ticketFor(owner) });
    }
    this.output.add(this.connection, op);
  }
}
