// All the simulated players of a run: who each one is, the ramp-up that logs them in a few at a
// time (each login hashes a password with argon2, which a server cannot do a thousand times at
// once), who is playing right now, players leaving and coming back, and the stop that closes
// every connection.
import { setTimeout as sleep } from 'node:timers/promises';
import type { TransportKind } from './line-connection.js';
import { paceLogins } from './login-pacer.js';
import { type LeaveKind, type PlayerEnvironment, type PlayerPlan, SimulatedPlayer } from './player.js';
import { type ActionKind, PROFILES, type ProfileChoice, assignProfiles, restrictActions } from './profiles.js';

export interface CrowdPlan {
  clients: number;
  profile: ProfileChoice;
  actions?: ActionKind[];
  websocketShare: number;
  /** Short random letters in every name of the run. */
  tag: string;
  roomExits: string[];
  channels: string[];
}

export function planPlayers(plan: CrowdPlan): PlayerPlan[] {
  const profiles = assignProfiles(plan.profile, plan.clients);
  return profiles.map((profile, index) => {
    // Websocket players spread evenly through the crowd: exactly round(clients × share) of them.
    const websocket = Math.floor((index + 1) * plan.websocketShare) > Math.floor(index * plan.websocketShare);
    const transport: TransportKind = websocket ? 'websocket' : 'telnet';
    return {
      index,
      name: `${plan.tag}_${index}`,
      password: `bench-${plan.tag.toLowerCase()}-pass`,
      profile: restrictActions(PROFILES[profile], plan.actions),
      transport,
      homeExit: plan.roomExits.length > 0 ? plan.roomExits[index % plan.roomExits.length]! : null,
      channel: profile === 'talker' && plan.channels.length > 0 ? plan.channels[index % plan.channels.length]! : null,
    };
  });
}

export class Crowd {
  readonly players: SimulatedPlayer[];
  private readonly games = new Set<Promise<void>>();
  private readonly rejoining = new Set<Promise<boolean>>();

  constructor(plans: PlayerPlan[], environment: Omit<PlayerEnvironment, 'somePeer'>) {
    const withPeers: PlayerEnvironment = { ...environment, somePeer: (name) => this.somePeer(name) };
    this.players = plans.map((plan) => new SimulatedPlayer(plan, withPeers));
  }

  /** Players logged in and still connected. */
  get connected(): number {
    return this.players.filter((player) => player.playing).length;
  }

  /**
   * Logs players in at `perSecond`, never more than `concurrency` at once, and sets each playing
   * as soon as it is in. Resolves when every login has succeeded or failed (or the run is stopped).
   */
  async rampUp(perSecond: number, concurrency: number, stopSignal: AbortSignal): Promise<void> {
    await paceLogins(this.players, (player) => player.logIn(), { perSecond, concurrency }, stopSignal, (player) => this.startPlaying(player));
  }

  /**
   * Has a playing player leave (`how`), wait `pauseMs`, and log in again with `connect`; true when
   * it is back in the game. Nothing happens to a player that is not playing.
   */
  rejoin(player: SimulatedPlayer, how: LeaveKind, pauseMs: number, stopSignal: AbortSignal): Promise<boolean> {
    const attempt = (async () => {
      if (!(await player.leave(how))) return false;
      await sleep(pauseMs, undefined, { signal: stopSignal }).catch(() => undefined);
      if (stopSignal.aborted) return false;
      const ok = await player.logIn();
      if (ok && !stopSignal.aborted) this.startPlaying(player);
      return ok;
    })();
    this.rejoining.add(attempt);
    void attempt.finally(() => this.rejoining.delete(attempt));
    return attempt;
  }

  /** Waits for commands in flight to be answered (up to `graceMs`), then closes every connection. */
  async stop(graceMs: number): Promise<void> {
    await Promise.race([Promise.all([...this.games, ...this.rejoining]), sleep(graceMs)]);
    await Promise.all(this.players.map((player) => player.close()));
  }

  private startPlaying(player: SimulatedPlayer): void {
    const game = player.play();
    this.games.add(game);
    void game.finally(() => this.games.delete(game));
  }

  /** A player playing right now (a page to anyone else would be refused), found by a few random draws. */
  private somePeer(name: string): string | null {
    for (let attempt = 0; attempt < 8 && this.players.length > 1; attempt += 1) {
      const peer = this.players[Math.floor(Math.random() * this.players.length)]!;
      if (peer.playing && peer.name !== name) return peer.name;
    }
    return null;
  }
}
