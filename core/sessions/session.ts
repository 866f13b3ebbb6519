// One connection's state: who is logged in, what it listens to, and its input backlog. Input is
// handled one line at a time, in order, so a command never overtakes the one typed before it.
// Lines wait in a bounded backlog and run at the session's rate, as PennMUSH queues a pasted
// block: a paste runs in full, a little later; only lines beyond the bound are dropped, and the
// player is told how many. Each session waits on its own timer, so one busy session never holds
// up the others.
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
  /** Lines waiting to run at most; lines beyond it are dropped, and the player told how many. */
  maxQueuedLines: number;
}

export class Session {
  readonly connectedAt = Date.now();
  lastInputAt = Date.now();
  state: SessionState = 'login';
  account: Account | null = null;
  /** Newest event id shown to this session; replay after a reconnect starts past it. */
  lastDeliveredEventId: string | null = null;
  /** Lines waiting their turn, each with whoever waits to hear it has run (a gateway's acknowledgement). */
  private readonly queue: Array<{ line: string; done?: () => void }> = [];
  private queuedCharacters = 0;
  private processing = false;
  private readonly subscriptions = new Map<string, () => void>();
  private readonly limiter: TokenBucket;
  private held: HearthEvent[] | null = null;
  /** The wait for the rate limit to allow the next line, while there is one. */
  private pause: { timer: NodeJS.Timeout; resume: () => void } | null = null;
  /** Lines dropped since the player was last told, and the timer that tells them. */
  private dropped = 0;
  private dropReport: NodeJS.Timeout | null = null;

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

  /**
   * Accepts one line typed by the player. `done` is called once the line has run, or once it
   * never will (dropped from a full backlog, with the player told; the session closed).
   */
  receive(line: string, done?: () => void): void {
    if (!this.isOpen) {
      done?.();
      return;
    }
    this.lastInputAt = Date.now();
    // QUIT never waits behind the backlog: a player can always leave.
    if (line.trim().toUpperCase() === 'QUIT') {
      void this.handleLine(this, line).finally(() => done?.());
      return;
    }
    if (this.queue.length >= this.limits.maxQueuedLines || this.queuedCharacters + line.length > MAX_BACKLOG_CHARACTERS) {
      this.drop();
      done?.();
      return;
    }
    this.queue.push({ line, done });
    this.queuedCharacters += line.length;
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
    for (const waiting of this.queue.splice(0)) waiting.done?.();
    this.queuedCharacters = 0;
    this.held = null;
    this.endPause();
    if (this.dropReport) clearTimeout(this.dropReport);
    this.dropReport = null;
    for (const unsubscribe of this.subscriptions.values()) unsubscribe();
    this.subscriptions.clear();
  }

  private async processQueue(): Promise<void> {
    this.processing = true;
    try {
      while (this.queue.length > 0 && this.isOpen) {
        const waitMs = this.limiter.msUntilNextToken();
        if (waitMs > 0) {
          await this.waitFor(waitMs);
          continue;
        }
        this.limiter.tryTake();
        const { line, done } = this.queue.shift()!;
        this.queuedCharacters -= line.length;
        try {
          await this.handleLine(this, line);
        } finally {
          done?.();
        }
      }
    } finally {
      this.processing = false;
    }
  }

  private waitFor(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.endPause(), ms);
      this.pause = { timer, resume: resolve };
    });
  }

  private endPause(): void {
    if (!this.pause) return;
    clearTimeout(this.pause.timer);
    const { resume } = this.pause;
    this.pause = null;
    resume();
  }

  /**
   * Counts a dropped line; the player hears once per flood, a moment after it starts, so that
   * the count covers a whole paste even when it arrives in several pieces.
   */
  private drop(): void {
    this.dropped += 1;
    this.dropReport ??= setTimeout(() => {
      this.dropReport = null;
      const count = this.dropped;
      this.dropped = 0;
      this.write(
        `Input backlog full: ${count} ${count === 1 ? 'line was' : 'lines were'} dropped. At most ${this.limits.maxQueuedLines} ` +
          `lines wait their turn, and ${this.limits.rate.perSecond} run a second.`,
      );
    }, DROP_REPORT_DELAY_MS);
  }
}

/**
 * The backlog's size in characters, beside its count of lines: 100 lines of a few hundred
 * characters is any paste, while 100 of the longest lines (8 KB) on each of thousands of
 * connections would be gigabytes held for whoever sent them.
 */
const MAX_BACKLOG_CHARACTERS = 64 * 1024;

/** How long dropped lines are counted before the player is told. */
const DROP_REPORT_DELAY_MS = 200;

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
