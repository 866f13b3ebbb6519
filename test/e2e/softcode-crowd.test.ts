// Runaway softcode beside 50 connected players: four of them talk while a builder's object runs
// `@trigger me/loop` with work in every turn, a fork bomb is halted as a runaway, and heavy
// `think`s hit their budgets. Every line said reaches every listener, and the time a say takes
// to arrive stays near what it is without the loop (both are reported as diagnostics).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const PLAYERS = 50;
const TALKERS = 4;
const LINES_PER_TALKER = 10;

describe('runaway softcode beside 50 connected players', () => {
  let server: TestServer;
  const players: TelnetTestClient[] = [];
  const names = Array.from({ length: PLAYERS }, (_, index) => `Crowd${String(index).padStart(2, '0')}`);

  before(async () => {
    server = await startTestServer();
    for (const name of names) {
      const player = await TelnetTestClient.connect(server.telnetPort);
      await player.login('create', name, `${name.toLowerCase()}-secret`);
      players.push(player);
    }
  });
  after(async () => {
    await Promise.all(players.map((player) => player.close()));
    await server?.dispose();
  });

  /** Every talker says its lines; answers how long each took to reach the last listener. */
  async function talk(round: string): Promise<number[]> {
    const listener = players[TALKERS]!;
    const delays: number[] = [];
    for (let line = 0; line < LINES_PER_TALKER; line += 1) {
      await Promise.all(
        players.slice(0, TALKERS).map(async (talker, index) => {
          const text = `${round} line ${line} from ${index}`;
          const started = performance.now();
          talker.send(`say ${text}`);
          await listener.waitFor(`says, "${text}"`, 20_000);
          delays.push(performance.now() - started);
        }),
      );
    }
    return delays.sort((a, b) => a - b);
  }

  const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

  it('a looping object, a fork bomb and heavy thinks leave everyone else answered', async (t) => {
    const villain = players[PLAYERS - 1]!;
    await server.core.accounts.setRole(names[PLAYERS - 1]!, 'builder');
    const quiet = await talk('quiet');

    villain.send('@create Engine');
    await villain.waitFor(/Created: Engine\(#\d+\)/);
    villain.send('&LOOP Engine=think [iter(lnum(200),add(##,1))];@trigger me/loop');
    await villain.waitFor('Engine/LOOP - Set.');
    villain.send('&BOMB Engine=@trigger me/bomb;@trigger me/bomb');
    await villain.waitFor('Engine/BOMB - Set.');
    villain.send('@trigger Engine/loop');
    await villain.waitFor('Engine - Triggered.');
    const ranBefore = server.core.softcode.queue.ran;
    const thinks = setInterval(() => villain.send('think [iter(lnum(3000),iter(lnum(50),add(##,1)))]'), 100);
    let busy: number[];
    try {
      busy = await talk('busy');
    } finally {
      clearInterval(thinks);
    }
    const loopTurns = server.core.softcode.queue.ran - ranBefore;
    villain.send('@trigger Engine/bomb');
    await villain.waitFor('Run away objects: too many commands queued.  Halted.', 20_000);
    villain.send('@halt Engine');
    await villain.waitFor(/Engine halted\.|Permission denied/);
    villain.send('@halt');
    await villain.waitFor('Everything you own has been halted.', 20_000);

    t.diagnostic(`say delivery without softcode: p50 ${percentile(quiet, 0.5).toFixed(0)} ms, p99 ${percentile(quiet, 0.99).toFixed(0)} ms`);
    t.diagnostic(`say delivery beside the loop and heavy thinks: p50 ${percentile(busy, 0.5).toFixed(0)} ms, p99 ${percentile(busy, 0.99).toFixed(0)} ms; the loop ran ${loopTurns} entries meanwhile`);
    assert.ok(loopTurns > 0, 'the loop ran while others talked');
    assert.ok(percentile(busy, 0.99) < 3_000, `p99 ${percentile(busy, 0.99).toFixed(0)} ms beside the loop`);
    // Everyone else heard every line and is still connected.
    for (const player of players.slice(TALKERS + 1, PLAYERS - 1)) await player.waitFor(`busy line ${LINES_PER_TALKER - 1} from ${TALKERS - 1}`, 20_000);
    for (const player of players.slice(0, PLAYERS - 1)) {
      player.send('think [add(20,22)]');
      await player.waitFor('42', 20_000);
    }
  });
});
