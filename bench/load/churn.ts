// Players coming and going during a run: at random moments a playing player leaves (half of them
// by QUIT, half by closing the connection), stays away a few seconds and logs in again. Session
// set-up and teardown are where a server most easily forgets to let go of something, so a soak
// keeps them busy the whole time.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Crowd } from './crowd.js';
import type { LeaveKind } from './player.js';

export interface ChurnPlan {
  /** Each player leaves and comes back about this often, on average (seconds). */
  secondsPerPlayer: number;
  /** How long a player stays away, chosen at random in this range (ms). */
  awayMs: { min: number; max: number };
}

export interface ChurnCounts {
  started: number;
  /** Back in the game with `connect`. */
  returned: number;
  failed: number;
  byKind: Record<LeaveKind, number>;
}

export class Churn {
  readonly counts: ChurnCounts = { started: 0, returned: 0, failed: 0, byKind: { quit: 0, drop: 0 } };
  private running: Promise<void> | null = null;

  constructor(
    private readonly crowd: Crowd,
    private readonly plan: ChurnPlan,
  ) {}

  /** Starts sending players away and back until `stopSignal` is aborted. */
  start(stopSignal: AbortSignal): void {
    this.running ??= this.loop(stopSignal);
  }

  /** Resolves once the loop has seen the stop (rejoins still under way are the crowd's to wait for). */
  async stopped(): Promise<void> {
    await this.running;
  }

  private async loop(stopSignal: AbortSignal): Promise<void> {
    const players = this.crowd.players;
    // Departures as a Poisson process: exponential gaps with the crowd's mean.
    const meanGapMs = (this.plan.secondsPerPlayer * 1000) / Math.max(1, players.length);
    while (!stopSignal.aborted) {
      const gap = -Math.log(1 - Math.random()) * meanGapMs;
      try {
        await sleep(gap, undefined, { signal: stopSignal });
      } catch {
        return;
      }
      const player = players[Math.floor(Math.random() * players.length)];
      // One that is away already (or never got in) is skipped: the rate stays about right.
      if (!player?.playing) continue;
      const how: LeaveKind = Math.random() < 0.5 ? 'quit' : 'drop';
      const away = this.plan.awayMs.min + Math.random() * (this.plan.awayMs.max - this.plan.awayMs.min);
      this.counts.started += 1;
      this.counts.byKind[how] += 1;
      void this.crowd.rejoin(player, how, away, stopSignal).then((back) => {
        if (back) this.counts.returned += 1;
        else if (!stopSignal.aborted) this.counts.failed += 1;
      });
    }
  }
}
