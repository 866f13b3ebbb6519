// One address tries to create accounts by the score on twenty connections at once, while three
// players, each from an address of their own, keep talking. The address gets its allowance of
// accounts (three here) and a plain refusal after that, even for creations sent all at once;
// the talkers hear every line, and a newcomer from another address still signs up.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const ALLOWANCE = 3;
const FLOOD_CONNECTIONS = 20;
const FLOOD_ADDRESS = '127.0.0.1';
const TALKERS: Array<[string, string]> = [
  ['Alice', '127.0.0.2'],
  ['Bob', '127.0.0.3'],
  ['Carol', '127.0.0.4'],
];
const REFUSED = /Too many new accounts have been made from your address; try again in \d+ minutes?, or log in to an account you have\./;
const ANSWER = new RegExp(`Welcome, Flood\\d+\\.|${REFUSED.source}`);

async function eventually(check: () => boolean, what: string, deadlineMs = 30_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a sign-up flood from one address, beside talking players', () => {
  let server: TestServer;
  const talkers: TelnetTestClient[] = [];
  const flood: TelnetTestClient[] = [];

  before(async () => {
    server = await startTestServer({ HEARTH_SIGNUPS_PER_ADDRESS: String(ALLOWANCE) });
    for (const [name, address] of TALKERS) {
      const talker = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: address });
      await talker.login('create', name, `${name.toLowerCase()}-secret`);
      talkers.push(talker);
    }
    for (let index = 0; index < FLOOD_CONNECTIONS; index += 1) {
      const connection = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: FLOOD_ADDRESS });
      await connection.waitFor('QUIT');
      flood.push(connection);
    }
  });
  after(async () => {
    await Promise.all([...talkers, ...flood].map((client) => client.close()));
    await server?.dispose();
  });

  it('creates the allowance and refuses the rest plainly; the talkers hear every line', async () => {
    const talking = Promise.all(
      talkers.map(async (talker, index) => {
        for (let line = 0; line < 8; line += 1) {
          talker.send(`say round ${index}-${line}`);
          await talker.waitFor(`You say, "round ${index}-${line}"`, 30_000);
        }
      }),
    );
    const creating = async (round: number, connections: TelnetTestClient[]): Promise<string[]> => {
      for (const [index, connection] of connections.entries()) connection.send(`create Flood${round}${String(index).padStart(2, '0')} flood-password`);
      return Promise.all(connections.map(async (connection) => (await connection.waitFor(ANSWER, 60_000)).match(ANSWER)![0]));
    };
    const flooding = (async () => {
      const first = await creating(1, flood);
      const refusedFirst = flood.filter((_, index) => REFUSED.test(first[index]!));
      assert.equal(refusedFirst.length, FLOOD_CONNECTIONS - ALLOWANCE, `creations past the allowance are refused; answers: ${first.join(' | ')}`);
      const second = await creating(2, refusedFirst);
      // Asking for the password first is refused before any password is typed.
      refusedFirst[0]!.send('create Patient');
      await refusedFirst[0]!.waitFor(REFUSED, 30_000);
      return { first, second };
    })();
    const [, { first, second }] = await Promise.all([talking, flooding]);

    assert.equal(first.filter((answer) => answer.startsWith('Welcome')).length, ALLOWANCE, 'only the allowance was created, though all arrived at once');
    assert.equal(first.filter((answer) => REFUSED.test(answer)).length, FLOOD_CONNECTIONS - ALLOWANCE);
    assert.ok(second.every((answer) => REFUSED.test(answer)), 'a second round gets nothing either');
    assert.equal(flood.filter((connection) => connection.output.all.includes('Password')).length, 0, 'no refused connection was asked for a password');

    for (const [listenerIndex, listener] of talkers.entries()) {
      for (const [speakerIndex, [speaker]] of TALKERS.entries()) {
        if (speakerIndex === listenerIndex) continue;
        for (let line = 0; line < 8; line += 1) {
          await eventually(() => listener.output.all.includes(`${speaker} says, "round ${speakerIndex}-${line}"`), `${TALKERS[listenerIndex]![0]} hearing ${speaker}'s line ${line}`);
        }
      }
      assert.equal(listener.output.closed, false);
    }

    const newcomer = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: '127.0.0.5' });
    try {
      await newcomer.login('create', 'Newcomer', 'newcomer-secret');
    } finally {
      await newcomer.close();
    }
    assert.equal(await server.core.accounts.count(), TALKERS.length + ALLOWANCE + 1);
  });
});
