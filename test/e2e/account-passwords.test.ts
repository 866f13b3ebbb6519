// @password and @newpassword over telnet, as players type them: a wrong old password and a weak
// new one are refused and change nothing, a non-admin may not reset anyone's password, an admin's
// reset is told to the connected player, and logging in afterwards works with the new password
// only. No password typed appears in any log line (trace level included).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const FAILED = 'Either that player does not exist, or has a different password.';
const SECRETS = ['Boss-Secret-1', 'Ann-First-1', 'Ann-Wrong-2', 'Ann-Second-3', 'weak', 'Ann-Reset-4', 'Bob-Secret-5', 'Hijack-6', 'Ghost-7'];
const [BOSS, ANN_FIRST, ANN_WRONG, ANN_SECOND, WEAK, ANN_RESET, BOB, HIJACK, GHOST] = SECRETS as [string, string, string, string, string, string, string, string, string];

describe('changing passwords in the game', () => {
  let server: TestServer;
  const logLines: string[] = [];
  const clients: TelnetTestClient[] = [];

  async function connect(): Promise<TelnetTestClient> {
    const client = await TelnetTestClient.connect(server.telnetPort);
    clients.push(client);
    return client;
  }

  /** Sends a line and resolves with the output up to `expected`. */
  async function answer(client: TelnetTestClient, line: string, expected: string | RegExp): Promise<string> {
    client.output.skip();
    client.send(line);
    return client.waitFor(expected);
  }

  /** One connection trying `connect <name> <password>`; resolves with the welcome or the refusal. */
  async function tryLogin(name: string, password: string): Promise<string> {
    const client = await connect();
    await client.waitFor('QUIT');
    client.send(`connect ${name} ${password}`);
    const shown = await client.waitFor(new RegExp(`Welcome, ${name}\\.|${FAILED.replace(/[.]/g, '\\.')}`));
    await client.close();
    return shown.includes(`Welcome, ${name}.`) ? 'welcome' : 'refused';
  }

  before(async () => {
    const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
    server = await startTestServer({ HEARTH_BOOTSTRAP_ADMIN: `Boss:${BOSS}` }, { logger });
  });
  after(async () => {
    for (const client of clients) await client.close();
    await server?.dispose();
  });

  it('refuses a wrong old password, a weak new one and a line without "=", then changes it', async () => {
    const ann = await connect();
    await ann.login('create', 'Ann', ANN_FIRST);
    await answer(ann, `@password ${ANN_WRONG}=${ANN_SECOND}`, 'That is not your current password; nothing changed.');
    await answer(ann, `@password ${ANN_FIRST}=${WEAK}`, 'A password must be at least 6 characters long.');
    await answer(ann, `@password ${ANN_FIRST}`, 'Usage: @password <old password>=<new password>');
    await answer(ann, '@PASSWORD', 'Usage: @password <old password>=<new password>');
    await answer(ann, '@password =', 'Usage: @password <old password>=<new password>');
    await answer(ann, `@password ${ANN_FIRST}=${'x'.repeat(300)}`, 'A password may be at most 256 characters long.');
    // Only the exact word: a longer one is not taken as @password (nor its text kept anywhere).
    await answer(ann, `@passwordx ${ANN_FIRST}=${ANN_SECOND}`, 'Huh?');
    assert.equal(await tryLogin('Ann', ANN_FIRST), 'welcome', 'the refusals changed nothing');

    const changed = await answer(ann, `@password ${ANN_FIRST}=${ANN_SECOND}`, 'Password changed.');
    assert.ok(!changed.includes(ANN_SECOND) && !changed.includes(ANN_FIRST), 'the answer repeats no password');
    assert.equal(await tryLogin('Ann', ANN_FIRST), 'refused');
    assert.equal(await tryLogin('Ann', ANN_SECOND), 'welcome');
  });

  it('refuses @newpassword to a player who is not an admin', async () => {
    const bob = await connect();
    await bob.login('create', 'Bob', BOB);
    await answer(bob, `@newpassword Ann=${HIJACK}`, 'Permission denied: @newpassword needs the admin role.');
    assert.equal(await tryLogin('Ann', HIJACK), 'refused');
    assert.equal(await tryLogin('Ann', ANN_SECOND), 'welcome');
  });

  it("lets an admin set a player's password, tells the player, and the new one logs in", async () => {
    const ann = await connect();
    await ann.login('connect', 'Ann', ANN_SECOND);
    const boss = await connect();
    await boss.login('connect', 'Boss', BOSS);
    ann.output.skip();
    await answer(boss, `@newpassword ann=${ANN_RESET}`, 'Password for Ann changed.');
    await ann.waitFor('Your password has been changed by Boss.');
    await answer(boss, `@newpassword Ghost=${GHOST}`, 'No account is called "Ghost"');
    await answer(boss, `@newpassword Ann=${WEAK}`, 'A password must be at least 6 characters long.');
    await answer(boss, '@newpassword Ann', 'Usage: @newpassword <player>=<new password>');
    assert.equal(await tryLogin('Ann', ANN_SECOND), 'refused');
    assert.equal(await tryLogin('Ann', ANN_RESET), 'welcome');
  });

  it('shows both commands in help, @newpassword to admins only', async () => {
    const bob = await connect();
    await bob.login('connect', 'Bob', BOB);
    await answer(bob, 'help @password', /Changes your password: give your current one[^]*@newpassword\./);
    // Sorted by name, @newpassword would come before @password's line.
    const list = await answer(bob, 'help', 'Changes your password.');
    assert.ok(!list.includes("Sets another player's password"), `a player is not offered @newpassword:\n${list}`);
  });

  it('logged the changes and no password at all', () => {
    const log = logLines.join('');
    assert.match(log, /password changed by its player/);
    assert.match(log, /password reset by an admin/);
    for (const secret of SECRETS.filter((entry) => entry !== WEAK)) assert.ok(!log.includes(secret), `"${secret}" is not in the log`);
  });
});
