// What a session needs from the connection under it. Telnet and websocket each implement this;
// the session never knows which one it has.

export type TransportKind = 'telnet' | 'websocket';

export interface Transport {
  readonly kind: TransportKind;
  readonly remoteAddress: string;
  /** Sends text; `\n` separates lines and the transport turns it into its own line ending. */
  sendText(text: string): void;
  /** Sends a structured message (GMCP over telnet, JSON over websocket); ignored where unsupported. */
  sendData?(topic: string, data: unknown): void;
  /** Asks the client not to show what is typed next (password prompts). */
  setPasswordMode?(hidden: boolean): void;
  /** Closes the connection after pending output is written. */
  close(): void;
}
