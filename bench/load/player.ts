// One simulated player: connects, creates its character, walks to its room, joins its channel,
// then thinks and types commands until told to stop. It has at most one command in flight and
// times each from sending it to reading the reply that proves it ran (commands.ts). A player may
// also leave (QUIT, or by dropping its connection) and log in again with `connect` later.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type ErrorKind,
  type PlannedCommand,
  type PlayerContext,
  classifyErrorLine,
  exitsFrom,
  isRoomHeader,
  planCommand,
  planGo,
  planJoin,
} from './commands.js';
import type { LatencyRecorder } from './latency-recorder.js';
import type { LineConnection, TransportKind } from './line-connection.js';
import { type Profile, pickAction, thinkTimeMs } from './profiles.js';

export interface PlayerPlan {
  index: number;
  name: string;
  password: string;
  profile: Profile;
  transport: TransportKind;
  /** The exit from the starting room to this player's room, or null to stay where it starts. */
  homeExit: string | null;
  channel: string | null;
}

export interface PlayerEnvironment {
  recorder: LatencyRecorder;
  thinkSeconds: number;
  commandTimeoutMs: number;
  loginTimeoutMs: number;
  connect(transport: TransportKind): Promise<LineConnection>;
  /** Another playing player's name (not `name`), or null. */
  somePeer(name: string): string | null;
  /** Gives the player the builder role (an admin's @role), when the bench has an admin. */
  grantBuilder(name: string): Promise<boolean>;
  /** Aborted when the run ends: thinking stops at once, no new command is sent. */
  stopSignal: AbortSignal;
}

type Outcome = { line: string } | { error: ErrorKind; line?: string };

interface Waiting {
  test: (line: string) => boolean;
  /** Lines that end the wait as a failure (login refusals, error replies). */
  failure: (line: string) => ErrorKind | null;
  finish: (outcome: Outcome) => void;
}

// What Hearth's login screen answers instead of "Welcome" (names taken or invalid, bad passwords);
// the side-by-side bench's Hearth login reads it too.
export const LOGIN_REFUSALS = /already taken|must be|is reserved|locked|does not exist|^Use: |Too many failed logins|Too many new accounts/;
const QUIT_GRACE_MS = 5000;

/** How a player leaves: typing QUIT, or closing its connection without a word. */
export type LeaveKind = 'quit' | 'drop';

export class SimulatedPlayer implements PlayerContext {
  exits: string[] = [];
  ownRooms: number[] = [];
  readonly channel: string | null;
  playing = false;
  private connection: LineConnection | null = null;
  private waiting: Waiting | null = null;
  private readingExits = false;
  private tokens = 0;
  /** Its character exists: later logins `connect` instead of `create`. */
  private created = false;
  /** Walked home, joined its channel, got its role: done once, they last across logins. */
  private settled = false;
  /** Ends this login's playing (a leave), without ending the run. */
  private session = new AbortController();
  private game: Promise<void> | null = null;

  constructor(
    readonly plan: PlayerPlan,
    private readonly env: PlayerEnvironment,
  ) {
    this.channel = plan.channel;
  }

  get name(): string {
    return this.plan.name;
  }

  nextToken(): string {
    this.tokens += 1;
    return `${this.plan.index.toString(36)}x${this.tokens.toString(36)}`;
  }

  somePeer(): string | null {
    return this.env.somePeer(this.name);
  }

  /** Connects and creates the character (or connects to it again); true once the player stands in the game. */
  async logIn(): Promise<boolean> {
    const { recorder, loginTimeoutMs } = this.env;
    const started = performance.now();
    let connection: LineConnection;
    try {
      connection = await this.env.connect(this.plan.transport);
    } catch (error) {
      if (!this.env.stopSignal.aborted) recorder.recordLoginFailure(error instanceof Error ? error.message : String(error));
      return false;
    }
    this.connection = connection;
    // Waiting before listening: lines that arrived with the handshake are handed over at once.
    const bannerShown = this.awaitLine((line) => line.startsWith('QUIT'), loginTimeoutMs);
    // Only the current connection speaks for the player: an old one may close after a new login.
    connection.onLine((line) => {
      if (this.connection === connection) this.receive(line);
    });
    connection.onClose(() => {
      if (this.connection === connection) this.closed();
    });
    const banner = await bannerShown;
    if ('error' in banner) return this.loginFailed('welcome screen', banner);
    const connectMs = performance.now() - started;
    const loginStarted = performance.now();
    const refusal = (line: string): ErrorKind | null => (LOGIN_REFUSALS.test(line) ? 'login' : null);
    // The server shows the room right after the welcome (often in the same packet); waiting for it
    // too means it cannot answer a later look.
    let welcomed = false;
    const inTheGame = this.awaitLine(
      (line) => {
        if (welcomed) return isRoomHeader(line);
        // Logging in again adds when the last login was.
        welcomed = line === `Welcome, ${this.name}.` || line.startsWith(`Welcome, ${this.name}. Last login: `);
        return false;
      },
      loginTimeoutMs,
      refusal,
    );
    const verb = this.created ? 'connect' : 'create';
    connection.send(`${verb} ${this.name} ${this.plan.password}`);
    const room = await inTheGame;
    if ('error' in room) return this.loginFailed(welcomed ? 'first room view' : verb, room);
    recorder.recordLogin(connectMs, performance.now() - loginStarted);
    this.created = true;
    this.session = new AbortController();
    this.playing = true;
    return true;
  }

  /** Settles in (own room, channel, role) on its first login, then plays until the stop signal or a leave. */
  play(): Promise<void> {
    this.game = this.playUntilStopped();
    return this.game;
  }

  /**
   * Leaves the game between two commands (one in flight is answered first), by QUIT or by closing
   * the connection, and waits until the connection is closed. Resolves false if it was not playing.
   */
  async leave(how: LeaveKind): Promise<boolean> {
    const connection = this.connection;
    if (!this.playing || !connection) return false;
    this.playing = false;
    this.session.abort();
    await this.game;
    if (how === 'quit' && !connection.closed) {
      const closed = new Promise<void>((resolve) => connection.onClose(resolve));
      connection.send('QUIT');
      await Promise.race([closed, sleep(QUIT_GRACE_MS)]);
    }
    await connection.close();
    return true;
  }

  async close(): Promise<void> {
    this.playing = false;
    await this.connection?.close();
  }

  private async playUntilStopped(): Promise<void> {
    const signal = AbortSignal.any([this.env.stopSignal, this.session.signal]);
    if (!this.settled) {
      this.settled = true;
      if (this.plan.homeExit !== null) await this.run(planGo(this.plan.homeExit));
      if (this.channel !== null) await this.run(planJoin(this.channel));
      if (this.plan.profile.name === 'builder') await this.env.grantBuilder(this.name);
    }
    // A first wait anywhere within one think time, so players that logged in together do not act together.
    let wait = Math.random() * thinkTimeMs(this.plan.profile, this.env.thinkSeconds);
    while (this.playing && !signal.aborted) {
      try {
        await sleep(wait, undefined, { signal });
      } catch {
        return;
      }
      if (!this.playing) return;
      await this.run(planCommand(pickAction(this.plan.profile), this));
      wait = thinkTimeMs(this.plan.profile, this.env.thinkSeconds);
    }
  }

  private async run(command: PlannedCommand): Promise<void> {
    if (!this.connection || this.connection.closed || this.env.stopSignal.aborted) return;
    const sent = performance.now();
    const answered = this.awaitLine(command.isReply, this.env.commandTimeoutMs, classifyErrorLine);
    this.connection.send(command.text);
    const outcome = await answered;
    if ('error' in outcome) {
      // A disconnect is recorded once, by closed().
      if (outcome.error !== 'disconnect') this.env.recorder.recordError(outcome.error, command.kind, outcome.line ?? command.text);
      return;
    }
    this.env.recorder.recordCommand(command.kind, performance.now() - sent);
    command.onReply?.(outcome.line);
  }

  private awaitLine(test: (line: string) => boolean, timeoutMs: number, failure: Waiting['failure'] = () => null): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish({ error: 'timeout' }), timeoutMs);
      const finish = (outcome: Outcome): void => {
        clearTimeout(timer);
        if (this.waiting === waiting) this.waiting = null;
        resolve(outcome);
      };
      const waiting: Waiting = { test, failure, finish };
      if (this.connection?.closed) finish({ error: 'disconnect' });
      else this.waiting = waiting;
    });
  }

  private receive(line: string): void {
    this.env.recorder.countLine();
    this.followRoomView(line);
    const waiting = this.waiting;
    if (waiting) {
      if (waiting.test(line)) return waiting.finish({ line });
      const failure = waiting.failure(line);
      if (failure) return waiting.finish({ error: failure, line });
    } else if (this.playing) {
      const failure = classifyErrorLine(line);
      if (failure) this.env.recorder.recordError(failure, null, line);
    }
  }

  /** Remembers the exits of the room last shown, for walking on. */
  private followRoomView(line: string): void {
    if (this.readingExits) {
      this.exits = exitsFrom(line);
      this.readingExits = false;
    } else if (line === 'Obvious exits:') {
      this.readingExits = true;
    } else if (isRoomHeader(line)) {
      this.exits = [];
    }
  }

  private loginFailed(stage: string, outcome: Outcome): false {
    const reason = 'error' in outcome ? `${outcome.error}${outcome.line ? `: ${outcome.line}` : ''}` : outcome.line;
    const detail = `${this.plan.transport} ${this.name} at ${stage}: ${reason}`;
    // A login cut short by the end of the run is no failure of the server's.
    if (!this.env.stopSignal.aborted) this.env.recorder.recordLoginFailure(detail);
    void this.connection?.close();
    return false;
  }

  private closed(): void {
    const wasPlaying = this.playing;
    this.playing = false;
    this.waiting?.finish({ error: 'disconnect' });
    if (wasPlaying && !this.env.stopSignal.aborted) this.env.recorder.recordError('disconnect', null);
  }
}
