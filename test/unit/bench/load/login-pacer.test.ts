import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paceLogins } from '../../../../bench/load/login-pacer.js';

describe('paceLogins', () => {
  it('never has more logins in flight than allowed, and hands on only those that got in', async () => {
    let inFlight = 0;
    let most = 0;
    const loggedIn: number[] = [];
    await paceLogins(
      [0, 1, 2, 3, 4, 5, 6, 7],
      async (player) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        return player % 2 === 0;
      },
      { perSecond: 100_000, concurrency: 3 },
      new AbortController().signal,
      (player) => loggedIn.push(player),
    );
    assert.ok(most <= 3);
    assert.deepEqual(loggedIn.sort(), [0, 2, 4, 6]);
  });

  it('starts no login once stopped, and hands on none that ends after the stop', async () => {
    const stop = new AbortController();
    const started: number[] = [];
    const loggedIn: number[] = [];
    await paceLogins(
      [0, 1, 2],
      async (player) => {
        started.push(player);
        stop.abort();
        return true;
      },
      { perSecond: 100_000, concurrency: 1 },
      stop.signal,
      (player) => loggedIn.push(player),
    );
    assert.deepEqual(started, [0]);
    assert.deepEqual(loggedIn, []);
  });
});
