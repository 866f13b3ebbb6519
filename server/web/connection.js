// The websocket to Hearth (subprotocol hearth.v1.json) and its reconnection. After a lost
// connection it reconnects with growing delays and logs back in with the resume token the server
// handed out (kept for this tab only), so the player sees what was missed without typing the
// password again.

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
      if (token) {
        // Tokens are single-use: a fresh one arrives with the login it buys.
        sessionStorage.removeItem(TOKEN_KEY);
        this.send(`resume ${token}`);
      }
    });
    socket.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.type === 'resume' && message.data?.token) sessionStorage.setItem(TOKEN_KEY, message.data.token);
      this.onMessage(message);
    });
    socket.addEventListener('close', () => this.closed(socket));
  }

  send(text) {
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ type: 'command', text }));
      return true;
    }
    return false;
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
      this.onStatus({ state: 'closed' });
      return;
    }
    const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** this.attempts);
    this.attempts += 1;
    this.onStatus({ state: 'reconnecting', delayMs: delay });
    this.timer = setTimeout(() => this.connect(), delay);
  }
}
