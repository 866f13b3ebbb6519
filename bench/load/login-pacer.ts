// Logging a crowd in at a steady pace: `perSecond` logins started a second, never more than
// `concurrency` in flight (a login may hash a password, which no server does a thousand times at
// once). Shared by the load bench's crowd and the side-by-side bench's talkers.
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Starts `logIn` for each player in turn at the pace above and calls `onLoggedIn` for each that
 * got in, as soon as it is in. Resolves when every login has ended, or once the stop signal has
 * been given and the logins already started have ended.
 */
export async function paceLogins<Player>(
  players: readonly Player[],
  logIn: (player: Player) => Promise<boolean>,
  pace: { perSecond: number; concurrency: number },
  stopSignal: AbortSignal,
  onLoggedIn: (player: Player) => void,
): Promise<void> {
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (const [index, player] of players.entries()) {
    if (stopSignal.aborted) break;
    const due = started + (index * 1000) / pace.perSecond;
    if (due > performance.now()) await sleep(due - performance.now());
    while (inFlight.size >= pace.concurrency) await Promise.race(inFlight);
    const login = logIn(player).then((ok) => {
      inFlight.delete(login);
      if (ok && !stopSignal.aborted) onLoggedIn(player);
    });
    inFlight.add(login);
  }
  await Promise.all(inFlight);
}
