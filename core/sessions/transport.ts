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
  /** Sends text the player answers on the same line, marked as a prompt (telnet EOR or GA). */
  sendPrompt?(text: string): void;
  /** Asks the client not to show what is typed next (password prompts). */
  setPasswordMode?(hidden: boolean): void;
  /** True when the connection is encrypted (TLS telnet, or a websocket over HTTPS). */
  readonly secure?: boolean;
  /** True when the client keeps a resume token to log in again after a lost connection. */
  readonly keepsResumeToken?: boolean;
  /** Closes the connection after pending output is written. */
  close(): void;
}
