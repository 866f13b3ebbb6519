// Someone who knows Alice's name guesses her password over telnet while Alice and Bob talk. The
// guesser locks the account for the guesser's own address only: Alice comes back from home, and
// from a new address too. Guesses from many addresses lock it everywhere except where Alice
// logged in before, and her login from there lifts the lock. `hearth account unlock` lifts every
// lock, through the running server and, with the server stopped, in the database.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createEmptyDatabase, serverDriver } from '../support/databases.js';
import { runHearthCli } from '../support/hearth-cli-process.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestDatabaseLocation, type TestServer } from '../support/test-server.js';

const PER_ADDRESS = 3;
const EVERYWHERE = 6;
const HOME = '127.0.0.2';
const GUESSER = '127.0.0.9';
const LOCKED_HERE = /That account is locked for your address after repeated failed logins until [^\n]+\./;
const LOCKED = /That account is locked after repeated failed logins until [^\n]+\./;
const ANSWER = /Welcome, Alice\.|Either that player does not exist, or has a different password\.|That account is locked[^\n]*/;

describe('guessing at a named account while its owner plays', () => {
  let folder: string;
  let database: TestDatabaseLocation;
  let server: TestServer | null = null;
  let environment: Record<string, string>;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let nextAddress = 10;

  /** One connection from `address` typing `connect Alice <password>`; resolves with the answer. */
  async function tryAlice(address: string, password: string): Promise<string> {
    const client = await TelnetTestClient.connect(server!.telnetPort, '127.0.0.1', { localAddress: address });
    try {
      await client.waitFor('QUIT');
      client.send(`connect Alice ${password}`);
      return (await client.waitFor(ANSWER, 30_000)).match(ANSWER)![0];
    } finally {
      await client.close();
    }
  }

  const hearth = (...args: string[]) => runHearthCli(['account', ...args], { ...environment, ...(server ? { HEARTH_HTTP_PORT: String(server.httpPort) } : {}) });
  const lockFromEverywhere = async () => {
    for (let guess = 0; guess < EVERYWHERE; guess += 1) await tryAlice(`127.0.1.${nextAddress++}`, `far-guess-${guess}`);
  };

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-lockout-'));
    const empty = await createEmptyDatabase(serverDriver());
    database = { url: empty.url, dataDir: join(folder, 'data'), drop: empty.drop };
    environment = {
      HEARTH_DATA_DIR: database.dataDir,
      ...(empty.url ? { DATABASE_URL: empty.url } : {}),
      HEARTH_LOGIN_ACCOUNT_FAILURES: String(PER_ADDRESS),
      HEARTH_LOGIN_ACCOUNT_WIDE_FAILURES: String(EVERYWHERE),
      // Each guess below is one address's first few; the throttle across accounts is not the subject.
      HEARTH_LOGIN_ADDRESS_FAILURES: '1000',
    };
    server = await startTestServer(environment, { database });
    alice = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: HOME });
    await alice.login('create', 'Alice', 'alice-secret');
    bob = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: '127.0.0.3' });
    await bob.login('create', 'Bob', 'bob-secret');
  });
  after(async () => {
    await alice?.close();
    await bob?.close();
    await server?.stop();
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('locks the guesser out, not Alice, while Alice and Bob keep talking', async () => {
    const talking = (async () => {
      for (let line = 0; line < 10; line += 1) {
        bob.send(`say still here ${line}`);
        await alice.waitFor(`Bob says, "still here ${line}"`, 30_000);
      }
    })();
    const answers: string[] = [];
    for (let guess = 0; guess < 10; guess += 1) answers.push(await tryAlice(GUESSER, `guess-${guess}`));
    answers.push(await tryAlice(GUESSER, 'alice-secret'));
    await talking;
    assert.equal(answers.filter((answer) => answer.startsWith('Either')).length, PER_ADDRESS - 1);
    assert.ok(answers.slice(PER_ADDRESS - 1).every((answer) => LOCKED_HERE.test(answer)), `then locked for the guesser's address, the right password too: ${answers.join(' | ')}`);

    await alice.close();
    assert.equal(await tryAlice(HOME, 'alice-secret'), 'Welcome, Alice.');
    assert.equal(await tryAlice('127.0.0.4', 'alice-secret'), 'Welcome, Alice.', 'and from an address she never used');
  });

  it('locks everywhere after guesses from many addresses, except at Alice\'s known addresses; her login there lifts it', async () => {
    await lockFromEverywhere();
    assert.match(await tryAlice('127.0.0.5', 'alice-secret'), LOCKED);
    assert.equal(await tryAlice(HOME, 'alice-secret'), 'Welcome, Alice.');
    assert.equal(await tryAlice('127.0.0.5', 'alice-secret'), 'Welcome, Alice.', 'the lock is lifted');
  });

  it('`hearth account unlock` lifts every lock through the running server, and in the database when it is stopped', async () => {
    await lockFromEverywhere();
    assert.match(await tryAlice('127.0.0.6', 'alice-secret'), LOCKED);
    assert.match(await tryAlice(GUESSER, 'alice-secret'), LOCKED_HERE);
    const unlocked = await hearth('unlock', 'alice');
    assert.equal(unlocked.code, 0, unlocked.stderr);
    assert.match(unlocked.stdout, /^Alice is unlocked in the running server/);
    assert.equal(await tryAlice('127.0.0.6', 'alice-secret'), 'Welcome, Alice.');
    assert.equal(await tryAlice(GUESSER, 'alice-secret'), 'Welcome, Alice.');

    await lockFromEverywhere();
    await server!.stop();
    server = null;
    const offline = await hearth('unlock', 'Alice');
    assert.equal(offline.code, 0, offline.stderr);
    assert.match(offline.stdout, /in the database \(the server is not running\)/);
    const unknown = await hearth('unlock', 'Nobody');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /E_ACCOUNT_UNKNOWN/);
    server = await startTestServer(environment, { database });
    assert.equal(await tryAlice('127.0.0.7', 'alice-secret'), 'Welcome, Alice.');
  });
});
