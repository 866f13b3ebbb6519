// A gateway's sessions: the listeners (telnet, websocket) open them as they would on the single
// process, but each one only forwards: its lines go to the core through an InputPipe, and the
// core's output batches come back and are fanned out to the sockets here. The gateway keeps no
// game state, only which socket is which connection number, and whether it is logged in.
import type { NatsConnection } from '@nats-io/transport-node';
import {
  type CoreReply,
  MAX_OUTPUT_MESSAGE_BYTES,
  type OutputBatch,
  type OutputOp,
  coreHelloSchema,
  coreReplySchema,
  outputBatchSchema,
} from '../../core/cluster/cluster-messages.js';
import { CLUSTER_SUBJECTS, gatewayOutputSubject } from '../../core/cluster/cluster-subjects.js';
import { decodeMessage, encodeMessage } from '../../core/cluster/message-guard.js';
import { RefusalLog } from '../../core/cluster/refusal-log.js';
import { ClusterUnavailableError } from '../../core/errors.js';
import type { SessionState } from '../../core/sessions/session.js';
import type { SessionHost, SessionInput } from '../../core/sessions/session-host.js';
import type { Transport } from '../../core/sessions/transport.js';
import type { Logger } from '../../core/telemetry/logger.js';
import { InputPipe, type PipeItem } from './input-pipe.js';

const REQUEST_TIMEOUT_MS = 2000;
export const CORE_FORGOT_NOTICE = 'The game restarted without your session; you are at the login screen again.';
export const RESUMING_NOTICE = 'The game restarted; carrying your session over...';
export const NATS_LOST_NOTICE = 'This gateway lost contact with the game; what you type is held until it is back.';

function withDropped(notice: string, given: number): string {
  return given > 0 ? `${notice} (${given === 1 ? 'A line' : `${given} lines`} typed meanwhile did not run.)` : notice;
}

export class GatewaySession implements SessionInput {
  state: SessionState = 'login';
  /** The core that holds this connection's session, once it has answered the open. */
  coreId: string | null = null;
  /** The core's ticket for this session once it plays a character: presented to the next core. */
  ticket: string | null = null;

  constructor(
    readonly connection: number,
    readonly transport: Transport,
    readonly pipe: InputPipe,
  ) {}

  receive(line: string): void {
    if (this.state !== 'closed') this.pipe.line(line);
  }
}

export interface GatewaySessionsOptions {
  gatewayId: string;
  inputHoldMs: number;
  /** How often the gateway tells the core it is alive, and which connections it holds. */
  heartbeatMs?: number;
}

export class GatewaySessions implements SessionHost<GatewaySession> {
  private readonly open = new Map<number, GatewaySession>();
  private readonly refusals: RefusalLog;
  private nextConnection = 1;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly outputSubject: string;
  private stopOutput: (() => void) | null = null;

  constructor(
    private readonly nats: NatsConnection,
    private readonly logger: Logger,
    private readonly options: GatewaySessionsOptions,
  ) {
    this.refusals = new RefusalLog(logger);
    this.outputSubject = gatewayOutputSubject(options.gatewayId);
  }

  start(): void {
    const subscription = this.nats.subscribe(this.outputSubject, {
      callback: (error, message) => {
        if (error) return void this.logger.warn({ err: error }, 'gateway output subscription error');
        const batch = decodeMessage(outputBatchSchema, message.data, MAX_OUTPUT_MESSAGE_BYTES, message.subject, this.refusals);
        if (batch) this.apply(batch);
      },
    });
    const hello = this.nats.subscribe(CLUSTER_SUBJECTS.coreHello, {
      callback: (error, message) => {
        if (error) return;
        const core = decodeMessage(coreHelloSchema, message.data, 4096, message.subject, this.refusals);
        try {
          if (core) this.coreStarted(core.core);
        } catch (failure) {
          this.logger.error({ err: failure }, 'handling a core hello failed');
        }
      },
    });
    this.stopOutput = () => {
      subscription.unsubscribe();
      hello.unsubscribe();
    };
    this.heartbeat = setInterval(() => this.beat(), this.options.heartbeatMs ?? 2000);
    this.heartbeat.unref();
    this.beat();
    void this.watchNats();
  }

  stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.stopOutput?.();
  }

  get count(): number {
    return this.open.size;
  }

  openSession(transport: Transport): GatewaySession {
    const connection = this.nextConnection++;
    const pipe: InputPipe = new InputPipe({
      holdMs: this.options.inputHoldMs,
      send: (item) => this.send(session, item),
      notify: (text) => transport.sendText(text),
      refused: (item, reply) => this.refused(session, item, reply),
      accepted: (item, reply) => {
        if (item.kind !== 'open') return;
        if (reply.core) session.coreId = reply.core;
        if (session.ticket !== null && reply.resumed !== true) {
          // The new core could not carry the session over: lines typed for it must not run at the login screen.
          session.ticket = null;
          session.state = 'login';
          const given = session.pipe.dropLines();
          session.transport.sendText(withDropped(CORE_FORGOT_NOTICE, given));
        }
      },
    });
    const session = new GatewaySession(connection, transport, pipe);
    this.open.set(connection, session);
    pipe.open();
    return session;
  }

  connectionClosed(session: GatewaySession): void {
    if (!this.open.delete(session.connection)) return;
    session.state = 'closed';
    session.pipe.close();
    this.publish(CLUSTER_SUBJECTS.sessionClose, { gateway: this.options.gatewayId, connection: session.connection });
  }

  /** Closes every connection after telling it why (the gateway is stopping). */
  closeAll(message: string): void {
    for (const session of [...this.open.values()]) {
      session.transport.sendText(message);
      session.transport.close();
      this.connectionClosed(session);
    }
  }

  private async send(session: GatewaySession, item: PipeItem): Promise<CoreReply> {
    const gateway = this.options.gatewayId;
    const connection = session.connection;
    const transport = session.transport;
    const [subject, body] =
      item.kind === 'open'
        ? [
            CLUSTER_SUBJECTS.sessionOpen,
            {
              gateway,
              connection,
              kind: transport.kind,
              remoteAddress: transport.remoteAddress.slice(0, 100),
              secure: transport.secure === true,
              keepsResumeToken: transport.keepsResumeToken === true,
              ...(session.ticket ? { ticket: session.ticket } : {}),
            },
          ]
        : [CLUSTER_SUBJECTS.sessionInput, { gateway, connection, seq: item.seq, line: item.line }];
    const answer = await this.nats.request(subject, encodeMessage(body), { timeout: REQUEST_TIMEOUT_MS });
    const reply = decodeMessage(coreReplySchema, answer.data, 4096, subject, this.refusals);
    // A reply that is not one is treated as no reply: the line is held and sent again.
    if (!reply) throw new ClusterUnavailableError('The core answered with something that is not a reply; the line is held and sent again.');
    return reply;
  }

  private refused(session: GatewaySession, item: PipeItem, reply: Extract<CoreReply, { ok: false }>): void {
    if (reply.code === 'E_CLUSTER_UNKNOWN_SESSION' && item.kind === 'line') {
      // A new core (after a failover) does not know this connection yet.
      this.carryOver(session);
      return;
    }
    this.logger.warn({ connection: session.connection, code: reply.code, message: reply.message }, 'the core refused a gateway request');
  }

  /**
   * A core became active (a failover, or a restart): the sessions an earlier core held are gone
   * with it, so each connection is told and starts again at the new core's login screen, its
   * socket still open.
   */
  private coreStarted(coreId: string): void {
    let reopened = 0;
    for (const session of this.open.values()) {
      if (session.coreId === null || session.coreId === coreId) continue;
      this.carryOver(session);
      reopened += 1;
    }
    this.logger.info({ core: coreId, reopened }, 'a core became active');
  }

  /**
   * Opens a connection's session again on a new core. A player in the game is carried over with
   * the session's ticket, and what they typed meanwhile runs there; one at the login screen
   * starts it again, and lines typed meanwhile (perhaps a password) are given up.
   */
  private carryOver(session: GatewaySession): void {
    session.coreId = null;
    if (session.ticket) {
      session.transport.sendText(RESUMING_NOTICE);
      session.pipe.reopen();
      return;
    }
    session.state = 'login';
    session.transport.setPasswordMode?.(false);
    session.transport.sendText(withDropped(CORE_FORGOT_NOTICE, session.pipe.restart()));
  }

  private apply(batch: OutputBatch): void {
    for (const [connection, indexes] of batch.to) {
      const session = this.open.get(connection);
      if (!session) continue;
      for (const index of indexes) {
        try {
          this.applyOp(session, batch.ops[index]!);
        } catch (error) {
          // Data a client's protocol cannot carry (a forged topic's shape, say) is this op's loss alone.
          this.logger.warn({ err: error, connection }, 'could not pass an op to a connection');
        }
      }
    }
  }

  private applyOp(session: GatewaySession, op: OutputOp): void {
    const transport = session.transport;
    switch (op.t) {
      case 'text':
        return transport.sendText(op.text);
      case 'prompt':
        return transport.sendPrompt ? transport.sendPrompt(op.text) : transport.sendText(op.text);
      case 'data':
        return transport.sendData?.(op.topic, op.data);
      case 'password':
        return transport.setPasswordMode?.(op.hidden);
      case 'state':
        session.state = op.state;
        if (op.state === 'login') session.ticket = null;
        return;
      case 'ticket':
        session.ticket = op.ticket;
        return;
      case 'close':
        return transport.close();
    }
  }

  private beat(): void {
    this.publish(CLUSTER_SUBJECTS.gatewayHeartbeat, { gateway: this.options.gatewayId, connections: [...this.open.keys()] });
  }

  private publish(subject: string, body: unknown): void {
    try {
      this.nats.publish(subject, encodeMessage(body));
    } catch (error) {
      this.logger.debug({ err: error, subject }, 'could not publish to NATS');
    }
  }

  /** Tells players when the gateway loses NATS, and when it has it back. */
  private async watchNats(): Promise<void> {
    for await (const status of this.nats.status()) {
      if (status.type === 'disconnect') {
        this.logger.warn({ gateway: this.options.gatewayId }, 'gateway lost NATS');
        for (const session of this.open.values()) session.transport.sendText(NATS_LOST_NOTICE);
      } else if (status.type === 'reconnect') {
        this.logger.info({ gateway: this.options.gatewayId }, 'gateway has NATS again');
        this.beat();
      }
    }
  }
}
