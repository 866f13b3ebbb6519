// Every open session: opening, logging in, following characters as they move, idling out, and
// closing. Transports hand lines to sessions; sessions hand them here.
import type { Account, Accounts } from '../auth/accounts.js';
import type { ResumeTokens } from '../auth/resume-tokens.js';
import type { DatabaseHealth } from '../db/database-health.js';
import type { EventBus } from '../events/event-bus.js';
import { SYSTEM_STREAM, characterStream, locationStream } from '../events/event.js';
import { newEventId } from '../events/event-id.js';
import type { Logger } from '../telemetry/logger.js';
import type { World } from '../world/world.js';
import type { CommandDispatcher } from './command-dispatcher.js';
import { LastSeenCheckpoints } from './last-seen-checkpoints.js';
import type { RateLimit } from '../limits/token-bucket.js';
import { CharacterSelect } from './character-select.js';
import { LoginScreen } from './login-screen.js';
import { type Presence, formatMissedEvents } from './presence.js';
import { RoomUpdates } from './room-updates.js';
import { Session } from './session.js';
import type { StreamListeners } from './stream-listeners.js';
import type { Transport } from './transport.js';
import { WELCOME_TEXT } from './welcome.js';
import { formatWhoList } from './who-list.js';

export interface SessionConfig {
  rate: RateLimit;
  maxQueuedLines: number;
  /** Closes connections that never log in after this long. */
  loginTimeoutMs: number;
  /** Closes logged-in sessions idle this long; 0 keeps them forever. */
  idleTimeoutMs: number;
  /** Missed events shown at most on reconnect. */
  replayLimit: number;
  /** How often connected characters' reading places are stored (for replay after a crash); 1000 by default. */
  lastSeenCheckpointMs?: number;
}

export interface SessionManagerDeps {
  bus: EventBus;
  world: World;
  accounts: Accounts;
  presence: Presence;
  listeners: StreamListeners;
  resumeTokens: ResumeTokens;
  dispatcher: CommandDispatcher;
  logger: Logger;
  config: SessionConfig;
  /** Logins are refused plainly while the database cannot be reached. */
  database?: DatabaseHealth;
}

export class SessionManager {
  private readonly open = new Map<number, Session>();
  private readonly byCharacter = new Map<number, Set<Session>>();
  private readonly loginScreen: LoginScreen;
  private readonly roomUpdates: RoomUpdates;
  private readonly checkpoints: LastSeenCheckpoints;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly stopFollowingMoves: () => void;
  private readonly stopFollowingListens: () => void;

  constructor(private readonly deps: SessionManagerDeps) {
    this.loginScreen = new LoginScreen(
      deps.accounts,
      deps.resumeTokens,
      deps.logger,
      (session, account) => this.enterGame(session, account),
      deps.database,
      new CharacterSelect(deps.accounts),
    );
    this.roomUpdates = new RoomUpdates(deps.world, this);
    this.checkpoints = new LastSeenCheckpoints(() => this.sessions(), deps.presence, deps.logger, deps.database);
    this.stopFollowingMoves = deps.world.onMove((object, fromId, toId) => {
      for (const session of this.sessionsOf(object.id)) {
        if (fromId !== null) session.stopListening(locationStream(fromId));
        session.listen(this.deps.bus, locationStream(toId));
        this.roomUpdates.sendRoom(session);
      }
      if (object.kind === 'character' && fromId !== toId && this.isConnected(object.id)) {
        this.roomUpdates.playersChanged(fromId, object.id);
        this.roomUpdates.playersChanged(toId, object.id);
      }
    });
    this.stopFollowingListens = deps.listeners.onChange((characterId, stream, listening) => {
      for (const session of this.sessionsOf(characterId)) {
        if (listening) session.listen(this.deps.bus, stream);
        else session.stopListening(stream);
      }
    });
  }

  /** Starts a session on a fresh connection and shows the welcome screen (unless it is resuming). */
  openSession(transport: Transport, options: { welcome?: boolean } = {}): Session {
    const session = new Session(this.nextId++, transport, (s, line) => this.handleLine(s, line), {
      rate: this.deps.config.rate,
      maxQueuedLines: this.deps.config.maxQueuedLines,
    });
    this.open.set(session.id, session);
    if (options.welcome !== false) session.write(WELCOME_TEXT);
    return session;
  }

  /**
   * Puts a fresh session straight into the game as a character, with no login: for a session
   * carried over from another core (a verified session ticket). False when the account or
   * character is gone.
   */
  async resumeSession(session: Session, accountId: number, characterId: number): Promise<boolean> {
    const account = await this.deps.accounts.resumeAs(accountId, characterId);
    if (!account || !session.isOpen) return false;
    await this.enterGame(session, account);
    return true;
  }

  /** Called by the transport when its connection is gone, for whatever reason. */
  connectionClosed(session: Session): void {
    if (!this.open.has(session.id)) return;
    this.open.delete(session.id);
    const characterId = session.characterId;
    const lastDelivered = session.lastDeliveredEventId;
    session.markClosed();
    if (characterId === null) return;
    const others = this.byCharacter.get(characterId);
    others?.delete(session);
    if (others && others.size > 0) return;
    this.byCharacter.delete(characterId);
    void this.leaveGame(characterId, lastDelivered);
  }

  /**
   * Closes a session from the server side, after telling it why. A `final` close (QUIT, idling
   * out, a boot) also revokes the session's resume tokens and tells the client so, so that a
   * browser tab shows its login form rather than trying to come straight back.
   */
  disconnect(session: Session, message?: string, options: { final?: boolean } = {}): void {
    if (message) session.write(message);
    if (options.final) {
      this.deps.resumeTokens.revokeSession(session.id);
      session.sendData('resume.revoked', { reason: message ?? 'The session has ended.' });
    }
    session.transport.close();
    this.connectionClosed(session);
  }

  sessions(): Session[] {
    return [...this.open.values()];
  }

  sessionsOf(characterId: number): Session[] {
    return [...(this.byCharacter.get(characterId) ?? [])];
  }

  isConnected(characterId: number): boolean {
    return (this.byCharacter.get(characterId)?.size ?? 0) > 0;
  }

  connectedCharacterIds(): number[] {
    return [...this.byCharacter.keys()];
  }

  /** Sends text to every session of one character (replies, room views: not stored events). */
  sendToCharacter(characterId: number, text: string): void {
    for (const session of this.sessionsOf(characterId)) session.write(text);
  }

  /** Sends text to every session, logged in or not. */
  broadcast(text: string): void {
    for (const session of this.open.values()) session.write(text);
  }

  /** Starts the background timers: idle sessions are closed, reading places checkpointed. */
  startIdleSweep(intervalMs = 30_000): void {
    this.idleTimer ??= setInterval(() => this.closeIdleSessions(), intervalMs);
    this.idleTimer.unref();
    this.checkpoints.start(this.deps.config.lastSeenCheckpointMs ?? 1_000);
  }

  closeIdleSessions(now: number = Date.now()): void {
    const { loginTimeoutMs, idleTimeoutMs } = this.deps.config;
    for (const session of this.sessions()) {
      const idleFor = now - session.lastInputAt;
      if (session.state === 'login' && idleFor > loginTimeoutMs) {
        this.disconnect(session, 'Closing the connection: no login arrived in time.');
      } else if (session.state === 'playing' && idleTimeoutMs > 0 && idleFor > idleTimeoutMs) {
        // An idle browser tab must not come straight back with its resume token.
        this.disconnect(session, 'You have been idle too long; disconnecting. Come back soon.', { final: true });
      }
    }
  }

  /** Tells everyone, records where each character stopped reading, and closes every session. */
  async shutdown(message: string): Promise<void> {
    if (this.idleTimer) clearInterval(this.idleTimer);
    const checkpointsStopped = this.checkpoints.stop();
    this.stopFollowingMoves();
    this.stopFollowingListens();
    this.broadcast(message);
    const leaving: Promise<void>[] = [];
    for (const session of this.sessions()) {
      const characterId = session.characterId;
      const lastDelivered = session.lastDeliveredEventId;
      this.open.delete(session.id);
      session.markClosed();
      session.transport.close();
      if (characterId !== null && this.byCharacter.delete(characterId) && lastDelivered) {
        leaving.push(this.deps.presence.recordLastSeen(characterId, lastDelivered));
      }
    }
    await checkpointsStopped;
    await Promise.allSettled(leaving);
  }

  private async handleLine(session: Session, rawLine: string): Promise<void> {
    const line = rawLine.trim();
    try {
      const word = line.split(/\s/, 1)[0]!.toUpperCase();
      // WHO and QUIT work at a password prompt too: no password is that short.
      if (word === 'QUIT' && line.length === 4) {
        this.disconnect(session, 'Goodbye. Come back soon.', { final: true });
      } else if (word === 'WHO' && line.length === 3) {
        session.write(formatWhoList(this.sessions(), Date.now(), (characterId) => this.deps.world.get(characterId)));
      } else if (session.state === 'login') {
        await this.loginScreen.handle(session, line);
      } else if (line.length > 0) {
        await this.deps.dispatcher.dispatch(session, line);
      }
    } catch (error) {
      this.deps.logger.error({ err: error, session: session.id }, 'input handling failed');
      session.write('Something went wrong handling that; it was not applied. The error has been logged.');
    }
  }

  private async enterGame(session: Session, account: Account): Promise<void> {
    if (!session.isOpen) return;
    const { bus, world, presence, config } = this.deps;
    const characterId = account.characterId;
    const firstSession = !this.isConnected(characterId);
    session.account = account;
    session.state = 'playing';
    // Everything with an id up to here is replay material; anything later arrives live.
    session.lastDeliveredEventId = newEventId();
    session.holdDelivery();
    session.listen(bus, characterStream(characterId));
    session.listen(bus, SYSTEM_STREAM);
    for (const stream of this.deps.listeners.streamsOf(characterId)) session.listen(bus, stream);
    const roomId = world.get(characterId)?.locationId;
    if (roomId != null) session.listen(bus, locationStream(roomId));
    let sessions = this.byCharacter.get(characterId);
    if (!sessions) {
      sessions = new Set();
      this.byCharacter.set(characterId, sessions);
    }
    sessions.add(session);

    const lastLogin = account.lastLoginAt ? ` Last login: ${account.lastLoginAt.toUTCString()}.` : '';
    session.write(`Welcome, ${account.characterName}.${lastLogin}`);
    session.sendData('char', { id: characterId, name: account.characterName });
    this.roomUpdates.sendRoom(session);
    if (firstSession) this.roomUpdates.playersChanged(roomId ?? null, characterId);
    if (session.transport.keepsResumeToken) {
      const issued = this.deps.resumeTokens.issue(account, session.id);
      session.sendData('resume', { token: issued.token, expiresAt: issued.expiresAt.toISOString() });
    }
    const shown = new Set<string>();
    try {
      if (firstSession) {
        const missed = await presence.missedEvents(characterId, await presence.lastSeenEventId(characterId), config.replayLimit);
        const block = formatMissedEvents(missed, characterId, config.replayLimit);
        for (const event of missed) shown.add(event.id);
        if (block) session.write(block);
      }
    } finally {
      session.releaseHeld(shown);
    }
    // Where this visit starts, stored now: if the server crashes before the character leaves (or
    // before the first checkpoint), the next replay starts here rather than showing nothing.
    if (firstSession && session.lastDeliveredEventId) await this.checkpoints.record(characterId, session.lastDeliveredEventId);
    if (firstSession) await presence.announce(characterId, 'connect');
    await this.deps.dispatcher.dispatch(session, 'look');
  }

  private async leaveGame(characterId: number, lastDelivered: string | null): Promise<void> {
    this.roomUpdates.playersChanged(this.deps.world.get(characterId)?.locationId ?? null, characterId);
    try {
      await this.deps.presence.announce(characterId, 'disconnect');
      if (lastDelivered) await this.deps.presence.recordLastSeen(characterId, lastDelivered);
    } catch (error) {
      this.deps.logger.warn({ err: error, characterId }, 'could not record a departure');
    }
  }
}
