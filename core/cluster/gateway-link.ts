// The core's end of the cluster: sessions whose sockets live on gateways. It opens a session when
// a gateway asks, runs each acknowledged line through it, sends output back in per-gateway
// batches, and ends sessions whose gateway says they are gone or falls silent. Every message is
// checked (message-guard.ts) before it touches a session; a message naming a session another
// gateway owns finds nothing, because sessions are keyed by the gateway that opened them.
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import type { Session } from '../sessions/session.js';
import type { SessionHost } from '../sessions/session-host.js';
import type { Transport } from '../sessions/transport.js';
import type { Logger } from '../telemetry/logger.js';
import { encodeToFit } from './batch-splitting.js';
import {
  type CoreReply,
  MAX_GATEWAY_MESSAGE_BYTES,
  MAX_OUTPUT_MESSAGE_BYTES,
  type OutputBatch,
  gatewayHeartbeatSchema,
  sessionCloseSchema,
  sessionInputSchema,
  sessionOpenSchema,
} from './cluster-messages.js';
import { CLUSTER_SUBJECTS, gatewayOutputSubject } from './cluster-subjects.js';
import { decodeMessage, encodeMessage } from './message-guard.js';
import { OutputBatcher } from './output-batcher.js';
import { RefusalLog } from './refusal-log.js';
import { RemoteTransport } from './remote-transport.js';
import type { SessionTickets } from './session-tickets.js';

/** What the link needs of the core's sessions: the listeners' view, plus resuming with a ticket. */
export interface RemoteSessionHost extends SessionHost<Session> {
  openSession(transport: Transport, options?: { welcome?: boolean }): Session;
  resumeSession(session: Session, accountId: number, characterId: number): Promise<boolean>;
}

interface RemoteSession {
  session: Session;
  /** The newest line number run; a line sent again (its reply was lost) is acknowledged, not run twice. */
  lastSeq: number;
}

interface GatewayState {
  output: OutputBatcher;
  sessions: Map<number, RemoteSession>;
  heardAt: number;
}

export interface GatewayLinkOptions {
  /** This core's id, fresh each start: gateways learn from it that sessions of an earlier core are gone. */
  coreId: string;
  /** Signs and checks the tickets that carry sessions from one core to the next. */
  tickets: SessionTickets;
  /** A gateway not heard from for this long is taken for dead and its sessions end. */
  gatewaySilenceMs?: number;
}

const OK: CoreReply = { ok: true };

export class GatewayLink {
  private readonly gateways = new Map<string, GatewayState>();
  private readonly subscriptions: Subscription[] = [];
  private readonly refusals: RefusalLog;
  private sweep: NodeJS.Timeout | null = null;
  private readonly silenceMs: number;

  constructor(
    private readonly nats: NatsConnection,
    private readonly sessions: RemoteSessionHost,
    private readonly logger: Logger,
    private readonly options: GatewayLinkOptions,
  ) {
    this.refusals = new RefusalLog(logger);
    this.silenceMs = options.gatewaySilenceMs ?? 10_000;
  }

  start(): void {
    const on = (subject: string, handle: (message: Msg) => void): void => {
      this.subscriptions.push(
        this.nats.subscribe(subject, {
          callback: (error, message) => {
            if (error) {
              this.logger.warn({ err: error, subject }, 'cluster subscription error');
              return;
            }
            try {
              handle(message);
            } catch (failure) {
              this.logger.error({ err: failure, subject }, 'handling a cluster message failed');
            }
          },
        }),
      );
    };
    on(CLUSTER_SUBJECTS.sessionOpen, (message) => this.open(message));
    on(CLUSTER_SUBJECTS.sessionInput, (message) => this.input(message));
    on(CLUSTER_SUBJECTS.sessionClose, (message) => this.close(message));
    on(CLUSTER_SUBJECTS.gatewayHeartbeat, (message) => this.heartbeat(message));
    this.sweep = setInterval(() => this.endSilentGateways(), Math.max(1000, Math.floor(this.silenceMs / 3)));
    this.sweep.unref();
    this.nats.publish(CLUSTER_SUBJECTS.coreHello, encodeMessage({ core: this.options.coreId }));
  }

  /** Sends pending output and stops listening; the sessions themselves are ended by the core's shutdown. */
  async stop(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    for (const gateway of this.gateways.values()) gateway.output.flush();
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    await this.nats.flush().catch(() => undefined);
  }

  /** Sessions held for gateways (for health reports). */
  get sessionCount(): number {
    let count = 0;
    for (const gateway of this.gateways.values()) count += gateway.sessions.size;
    return count;
  }

  private open(message: Msg): void {
    const request = decodeMessage(sessionOpenSchema, message.data, MAX_GATEWAY_MESSAGE_BYTES, message.subject, this.refusals);
    if (!request) return this.reply(message, invalid());
    const gateway = this.gatewayOf(request.gateway);
    const opened: CoreReply = { ok: true, core: this.options.coreId };
    const existing = gateway.sessions.get(request.connection);
    if (existing) return this.reply(message, { ...opened, resumed: existing.session.state === 'playing' });
    let session: Session | null = null;
    const tickets = this.options.tickets;
    const transport = new RemoteTransport(request, gateway.output, {
      state: () => session?.state ?? 'login',
      owner: () => (session?.account ? { accountId: session.account.id, characterId: session.account.characterId } : null),
      ticketFor: (owner) => tickets.issue(owner),
    });
    const owner = request.ticket ? tickets.verify(request.ticket) : null;
    if (request.ticket && !owner) this.refusals.refused(message.subject, 'a session ticket that is forged, damaged or expired');
    session = this.sessions.openSession(transport, { welcome: owner === null });
    const remote: RemoteSession = { session, lastSeq: 0 };
    gateway.sessions.set(request.connection, remote);
    if (!owner) return this.reply(message, opened);
    // Lines the gateway held during the failover come after this reply, so they run in the game.
    const resumed = session;
    void this.sessions.resumeSession(resumed, owner.accountId, owner.characterId).then(
      (done) => {
        if (!done) resumed.write(WELCOME_TEXT_AFTER_FAILED_RESUME);
        this.reply(message, { ...opened, resumed: done });
      },
      (error: unknown) => {
        this.logger.error({ err: error, gateway: request.gateway, connection: request.connection }, 'resuming a session failed');
        resumed.write(WELCOME_TEXT_AFTER_FAILED_RESUME);
        this.reply(message, { ...opened, resumed: false });
      },
    );
  }

  private input(message: Msg): void {
    const request = decodeMessage(sessionInputSchema, message.data, MAX_GATEWAY_MESSAGE_BYTES, message.subject, this.refusals);
    if (!request) return this.reply(message, invalid());
    const gateway = this.gateways.get(request.gateway);
    if (gateway) gateway.heardAt = Date.now();
    const remote = gateway?.sessions.get(request.connection);
    if (!remote || !remote.session.isOpen) {
      return this.reply(message, { ok: false, code: 'E_CLUSTER_UNKNOWN_SESSION', message: 'The core has no session for that connection; open one first.' });
    }
    if (request.seq <= remote.lastSeq) return this.reply(message, OK);
    remote.lastSeq = request.seq;
    // Acknowledged once it has run and what it showed has gone out (ahead of the reply), so an
    // acknowledged line is never lost with a core that dies.
    remote.session.receive(request.line, () => {
      this.flushOutput();
      this.reply(message, OK);
    });
  }

  private close(message: Msg): void {
    const request = decodeMessage(sessionCloseSchema, message.data, MAX_GATEWAY_MESSAGE_BYTES, message.subject, this.refusals);
    if (!request) return;
    this.endSession(request.gateway, request.connection);
  }

  private heartbeat(message: Msg): void {
    const beat = decodeMessage(gatewayHeartbeatSchema, message.data, MAX_GATEWAY_MESSAGE_BYTES, message.subject, this.refusals);
    if (!beat) return;
    const gateway = this.gatewayOf(beat.gateway);
    gateway.heardAt = Date.now();
    // Sessions of connections the gateway no longer has (a close that was lost) end here.
    const open = new Set(beat.connections);
    for (const connection of [...gateway.sessions.keys()]) if (!open.has(connection)) this.endSession(beat.gateway, connection);
  }

  private endSession(gatewayId: string, connection: number): void {
    const gateway = this.gateways.get(gatewayId);
    const remote = gateway?.sessions.get(connection);
    if (!gateway || !remote) return;
    gateway.sessions.delete(connection);
    this.sessions.connectionClosed(remote.session);
  }

  private endSilentGateways(): void {
    const now = Date.now();
    for (const [id, gateway] of this.gateways) {
      if (now - gateway.heardAt <= this.silenceMs) continue;
      this.logger.warn({ gateway: id, sessions: gateway.sessions.size }, 'gateway fell silent; ending its sessions');
      for (const connection of [...gateway.sessions.keys()]) this.endSession(id, connection);
      this.gateways.delete(id);
    }
  }

  private flushOutput(): void {
    for (const gateway of this.gateways.values()) gateway.output.flush();
  }

  private gatewayOf(id: string): GatewayState {
    let gateway = this.gateways.get(id);
    if (!gateway) {
      const subject = gatewayOutputSubject(id);
      gateway = {
        output: new OutputBatcher((batch) => this.publishOutput(id, subject, batch)),
        sessions: new Map(),
        heardAt: Date.now(),
      };
      this.gateways.set(id, gateway);
    }
    return gateway;
  }

  /** Never throws: output that cannot be encoded or sent is logged, and play goes on. */
  private publishOutput(gatewayId: string, subject: string, batch: OutputBatch): void {
    try {
      for (const part of encodeToFit(batch, MAX_OUTPUT_MESSAGE_BYTES, encodeMessage)) this.nats.publish(subject, part);
    } catch (error) {
      this.logger.error({ err: error, gateway: gatewayId }, 'could not send output to a gateway');
    }
  }

  private reply(message: Msg, reply: CoreReply): void {
    try {
      if (message.reply) message.respond(encodeMessage(reply));
    } catch (error) {
      this.logger.warn({ err: error }, 'could not answer a gateway');
    }
  }
}

/** Said when a ticket's character could not be played again: the player logs in as usual. */
const WELCOME_TEXT_AFTER_FAILED_RESUME = 'Your session could not be carried over; please log in again (connect <name> <password>).';

function invalid(): CoreReply {
  return { ok: false, code: 'E_CLUSTER_MESSAGE_INVALID', message: 'The message does not have the shape its subject requires; it was refused.' };
}
