// A TCP proxy between Hearth and its PostgreSQL, so a test can take the database away the way a
// restart does: `stall()` stops answering (queries hang, as while the server shuts down), `cut()`
// drops every open connection and refuses new ones (connection refused), and `restore()` accepts
// them again on the same port. `loseReplyContaining()` drops the connection that is about to
// receive a given answer, so the database did the work but Hearth never hears so;
// `cutAfterReplyContaining()` delivers that answer and then cuts, so the next query is the first
// to fail.
import { type AddressInfo, type Server, type Socket, connect, createServer } from 'node:net';

export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private stalled = false;
  private lostReply: { marker: Buffer; lost: () => void } | null = null;
  private lastReply: { marker: Buffer; cut: () => void } | null = null;

  private constructor(
    private readonly target: { host: string; port: number },
    private listenPort: number,
  ) {}

  /** Starts a proxy on a free local port, forwarding to `target`. */
  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target, 0);
    await proxy.listen();
    return proxy;
  }

  get port(): number {
    return this.listenPort;
  }

  /** Rewrites a PostgreSQL URL to go through the proxy. */
  route(url: string): string {
    const routed = new URL(url);
    routed.hostname = '127.0.0.1';
    routed.port = String(this.listenPort);
    return routed.toString();
  }

  /** Forwards nothing more either way (what was sent is lost at `cut`), so queries in flight hang. */
  stall(): void {
    this.stalled = true;
  }

  /** Drops every connection at once and stops listening, so new connections are refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }

  /** Accepts and forwards connections again, on the same port. */
  async restore(): Promise<void> {
    this.stalled = false;
    if (!this.server) await this.listen();
  }

  /**
   * The next answer from the database that contains `marker` (`INSERT 0` is a finished insert) is
   * never delivered: its connection is dropped instead. Resolves once that has happened.
   */
  loseReplyContaining(marker: string): Promise<void> {
    return new Promise((resolve) => {
      this.lostReply = { marker: Buffer.from(marker), lost: resolve };
    });
  }

  /** Delivers the next answer containing `marker`, then cuts; resolves once cut. */
  cutAfterReplyContaining(marker: string): Promise<void> {
    return new Promise((resolve) => {
      this.lastReply = { marker: Buffer.from(marker), cut: resolve };
    });
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private listen(): Promise<void> {
    const server = createServer((client) => this.forward(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.listenPort, '127.0.0.1', () => {
        server.off('error', reject);
        this.listenPort = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private forward(client: Socket): void {
    const upstream = connect(this.target);
    const dropBoth = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (!this.stalled) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (this.stalled) return;
      const lost = this.lostReply;
      if (lost && chunk.includes(lost.marker)) {
        this.lostReply = null;
        dropBoth();
        lost.lost();
        return;
      }
      const last = this.lastReply;
      if (last && chunk.includes(last.marker)) {
        this.lastReply = null;
        this.stalled = true;
        client.write(chunk, () => void this.cut().then(last.cut));
        return;
      }
      client.write(chunk);
    });
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', dropBoth);
      socket.on('close', () => {
        this.sockets.delete(socket);
        dropBoth();
      });
    }
  }
}
