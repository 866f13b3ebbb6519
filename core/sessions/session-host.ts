// What a listener (telnet, websocket) needs from whoever runs sessions: open one per connection,
// hand it lines, and say when the connection is gone. The single process's SessionManager is one
// host; a gateway that forwards everything to a core over NATS is another, so the listeners
// never know which process runs the game.
import type { SessionState } from './session.js';
import type { Transport } from './transport.js';

/** The side of a session its connection sees: where typed lines go, and whether it is logged in. */
export interface SessionInput {
  readonly state: SessionState;
  /** `done`, where given, is called once the line has run or never will. */
  receive(line: string, done?: () => void): void;
}

export interface SessionHost<S extends SessionInput = SessionInput> {
  /** Starts a session on a fresh connection (the welcome screen follows). */
  openSession(transport: Transport): S;
  /** The connection is gone, for whatever reason. */
  connectionClosed(session: S): void;
}
