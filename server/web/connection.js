// The websocket to Hearth (subprotocol hearth.v1.json) and its reconnection. After a lost
// connection it reconnects with growing delays and logs back in with the resume token the server
// handed out (kept for this tab only), so the player sees what was missed without typing the
// password again. When the server says the token is no good (`resume.revoked`: refused, or the
// session ended on purpose) it is forgotten, and a closed connection stays closed until the
// player logs in again, which opens a fresh one.

const TOKEN_KEY = 'hearth.resume-token';
const MAX_DELAY_MS = 30_000;

export class GameConnection {
  constructor({ onMessage, onStatus }) {
    this.onMessage = onMessage;
    this.onStatus = onStatus;
    this.socket = null;
    this.attempts = 0;
    this.quitting = false;
    this.timer = null;
    /** A line to send as soon as a connection opens (a login typed while there was none). */
    this.waiting = null;
  }

  connect() {
    clearTimeout(this.timer);
    this.quitting = false;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/ws`, ['hearth.v1.json']);
    this.socket = socket;
    this.onStatus({ state: 'connecting' });
    socket.addEventListener('open', () => {
      this.attempts = 0;
      this.onStatus({ state: 'connected' });
      const token = sessionStorage.getItem(TOKEN_KEY);
      // Tokens are single-use: a fresh one arrives with the login it buys.
      sessionStorage.removeItem(TOKEN_KEY);
      const waiting = this.waiting;
      this.waiting = null;
      if (waiting !== null) this.send(waiting);
      else if (token) this.send(`resume ${token}`);
    });
    socket.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.type === 'resume' && message.data?.token) sessionStorage.setItem(TOKEN_KEY, message.data.token);
      if (message.type === 'resume.revoked') sessionStorage.removeItem(TOKEN_KEY);
      this.onMessage(message);
    });
    socket.addEventListener('close', () => this.closed(socket));
  }

  get isOpen() {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  send(text) {
    if (!this.isOpen) return false;
    this.socket.send(JSON.stringify({ type: 'command', text }));
    return true;
  }

  /** Sends now, or opens a connection first when there is none (logging in after a log out). */
  sendOrConnect(text) {
    if (this.send(text)) return;
    this.waiting = text;
    if (this.socket?.readyState !== WebSocket.CONNECTING) this.connect();
  }

  /** Logs out on purpose: no reconnecting, and the token is forgotten. */
  quit() {
    this.quitting = true;
    sessionStorage.removeItem(TOKEN_KEY);
    if (!this.send('QUIT')) this.socket?.close();
  }

  closed(socket) {
    if (socket !== this.socket) return;
    // Without a token there is nothing to resume: wait for the player instead of looping.
    if (this.quitting || !sessionStorage.getItem(TOKEN_KEY)) {
      this.waiting = null;
      this.onStatus({ state: 'closed' });
      return;
    }
    const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** this.attempts);
    this.attempts += 1;
    this.onStatus({ state: 'reconnecting', delayMs: delay });
    this.timer = setTimeout(() => this.connect(), delay);
  }
}
