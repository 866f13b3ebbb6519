// One connection's state: who is logged in, what it listens to, and its input queue. Input is
// handled one line at a time, in order, so a command never overtakes the one typed before it.
import type { Account } from '../auth/accounts.js';
import type { EventBus } from '../events/event-bus.js';
import type { HearthEvent } from '../events/event.js';
import { renderEventFor } from './event-renderer.js';
import { TokenBucket, type RateLimit } from '../limits/token-bucket.js';
import type { SessionDataTopics, SessionTopic } from './session-data.js';
import { styled } from './text-style.js';
import type { Transport } from './transport.js';

export type SessionState = 'login' | 'playing' | 'closed';

export type LineHandler = (session: Session, line: string) => Promise<void>;

export interface SessionLimits {
  rate: RateLimit;
  /** Lines waiting to be handled at most; more are refused with a message, never buffered. */
  maxQueuedLines: number;
}

export class Session {
  readonly connectedAt = Date.now();
  lastInputAt = Date.now();
  state: SessionState = 'login';
  account: Account | null = null;
  /** Newest event id shown to this session; replay after a reconnect starts past it. */
  lastDeliveredEventId: string | null = null;
  private readonly queue: string[] = [];
  private processing = false;
  private readonly subscriptions = new Map<string, () => void>();
  private readonly limiter: TokenBucket;
  private held: HearthEvent[] | null = null;
  private toldToSlowDown = false;

  constructor(
    readonly id: number,
    readonly transport: Transport,
    private readonly handleLine: LineHandler,
    private readonly limits: SessionLimits,
  ) {
    this.limiter = new TokenBucket(limits.rate);
  }

  get characterId(): number | null {
    return this.account?.characterId ?? null;
  }

  get isOpen(): boolean {
    return this.state !== 'closed';
  }

  /** Accepts one line typed by the player. */
  receive(line: string): void {
    if (!this.isOpen) return;
    this.lastInputAt = Date.now();
    // QUIT never waits behind a command still running: a player can always leave.
    if (line.trim().toUpperCase() === 'QUIT') {
      void this.handleLine(this, line);
      return;
    }
    if (!this.limiter.tryTake()) {
      // Said once per flood, not once per dropped line, or the warning would be a flood of its own.
      if (!this.toldToSlowDown) {
        this.write(`Slow down: at most ${this.limits.rate.perSecond} commands a second. Lines are being dropped.`);
        this.toldToSlowDown = true;
      }
      return;
    }
    this.toldToSlowDown = false;
    if (this.queue.length >= this.limits.maxQueuedLines) {
      this.write('Too many commands are waiting; that line was dropped.');
      return;
    }
    this.queue.push(line);
    if (!this.processing) void this.processQueue();
  }

  write(text: string): void {
    if (this.isOpen) this.transport.sendText(text);
  }

  /** Writes text that waits for an answer on the same line (a password prompt), marked as a prompt. */
  prompt(text: string): void {
    if (!this.isOpen) return;
    if (this.transport.sendPrompt) this.transport.sendPrompt(text);
    else this.transport.sendText(text);
  }

  sendData<K extends SessionTopic>(topic: K, data: SessionDataTopics[K]): void {
    if (this.isOpen) this.transport.sendData?.(topic, data);
  }

  /** Shows an event to this session's player (or holds it while a replay is being shown). */
  deliver(event: HearthEvent): void {
    if (!this.isOpen || this.characterId === null) return;
    if (this.held) {
      this.held.push(event);
      return;
    }
    this.lastDeliveredEventId = event.id;
    const text = renderEventFor(event, this.characterId);
    const channel = channelOf(event.stream);
    if (channel !== null && text !== null) {
      const shown = colourChannelTag(text);
      this.write(shown);
      this.sendData('channel', { channel, talker: talkerOf(event), text: shown });
    } else if (text !== null) {
      this.write(text);
    }
    this.sendData('event', event);
  }

  /** Holds live events until `releaseHeld`, so a replay and live events never interleave. */
  holdDelivery(): void {
    this.held ??= [];
  }

  /** Shows the held events, skipping those the replay already showed. */
  releaseHeld(alreadyShown: ReadonlySet<string>): void {
    const held = this.held ?? [];
    this.held = null;
    for (const event of held) if (!alreadyShown.has(event.id)) this.deliver(event);
  }

  /** Listens to a stream once (subscribing twice to one stream is a no-op). */
  listen(bus: EventBus, stream: string): void {
    if (this.subscriptions.has(stream)) return;
    this.subscriptions.set(stream, bus.subscribe(stream, (event) => this.deliver(event)));
  }

  stopListening(stream: string): void {
    this.subscriptions.get(stream)?.();
    this.subscriptions.delete(stream);
  }

  listensTo(stream: string): boolean {
    return this.subscriptions.has(stream);
  }

  /** Marks the session closed and drops its subscriptions; the transport is closed by the caller. */
  markClosed(): void {
    this.state = 'closed';
    this.queue.length = 0;
    this.held = null;
    for (const unsubscribe of this.subscriptions.values()) unsubscribe();
    this.subscriptions.clear();
  }

  private async processQueue(): Promise<void> {
    this.processing = true;
    try {
      while (this.queue.length > 0 && this.isOpen) {
        await this.handleLine(this, this.queue.shift()!);
      }
    } finally {
      this.processing = false;
    }
  }
}

function channelOf(stream: string): string | null {
  return stream.startsWith('channel:') ? stream.slice('channel:'.length) : null;
}

/** Channel events name their speaker in `payload.talker` (or `payload.name`); system ones need not. */
function talkerOf(event: HearthEvent): string {
  const { talker, name } = event.payload;
  if (typeof talker === 'string') return talker;
  return typeof name === 'string' ? name : '';
}

/** `[public] Bob says...`: colours the leading tag, unless the sender coloured the line itself. */
function colourChannelTag(text: string): string {
  if (text.includes('\u001b')) return text;
  return text.replace(/^\[[^\]\n]{1,40}\]/, (tag) => styled('channelTag', tag));
}
