// `hearth account` as an operator runs it, a child process with the server's environment: against
// a running server it goes through the admin API, and what it changes reaches a telnet player at
// once (a new admin can reset passwords, a reset player is told); with the server stopped it works
// on the database, and the server sees the changes when it starts. A password is read from
// standard input, never from the arguments, and is never printed. A folder with no database is
// refused unless told --create. This is how a missed HEARTH_BOOTSTRAP_ADMIN is repaired.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ADMIN_TOKEN_FILE } from '../../server/admin-token.js';
import { createEmptyDatabase, serverDriver } from '../support/databases.js';
import { runHearthCli, type CliResult } from '../support/hearth-cli-process.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestDatabaseLocation, type TestServer } from '../support/test-server.js';

const FAILED = 'Either that player does not exist, or has a different password.';

describe('the hearth account CLI', () => {
  let folder: string;
  let database: TestDatabaseLocation;
  let server: TestServer | null = null;
  let environment: Record<string, string>;
  const clients: TelnetTestClient[] = [];

  /** `hearth account <args>`, with `input` on standard input. */
  function hearth(args: string[], input?: string): Promise<CliResult> {
    return runHearthCli(['account', ...args], { ...environment, ...(server ? { HEARTH_HTTP_PORT: String(server.httpPort) } : { HEARTH_HTTP_PORT: '9' }) }, { input });
  }

  function succeeded(result: CliResult): string {
    assert.equal(result.code, 0, `exit code 0 expected; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
    return result.stdout;
  }

  async function player(name: string, password: string, verb: 'connect' | 'create' = 'connect'): Promise<TelnetTestClient> {
    const client = await TelnetTestClient.connect(server!.telnetPort);
    clients.push(client);
    await client.login(verb, name, password);
    return client;
  }

  async function tryLogin(name: string, password: string): Promise<'welcome' | 'refused'> {
    const client = await TelnetTestClient.connect(server!.telnetPort);
    clients.push(client);
    await client.waitFor('QUIT');
    client.send(`connect ${name} ${password}`);
    const shown = await client.waitFor(new RegExp(`Welcome, ${name}\\.|${FAILED.replace(/[.]/g, '\\.')}`));
    await client.close();
    return shown.includes('Welcome') ? 'welcome' : 'refused';
  }

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-account-cli-'));
    const empty = await createEmptyDatabase(serverDriver());
    database = { url: empty.url, dataDir: join(folder, 'data'), drop: empty.drop };
    environment = { HEARTH_DATA_DIR: database.dataDir, ...(empty.url ? { DATABASE_URL: empty.url } : {}) };
    // No HEARTH_BOOTSTRAP_ADMIN: the start that forgot it.
    server = await startTestServer(environment, { database });
  });
  after(async () => {
    for (const client of clients) await client.close();
    await server?.stop();
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('makes an admin in the running server, who can at once reset a password', async () => {
    const ann = await player('Ann', 'Ann-First-1', 'create');
    const created = succeeded(await hearth(['create', 'Boss', '--admin'], 'Boss-Cli-1\n'));
    assert.equal(created.trim(), 'Created Boss (admin) in the running server.');
    const boss = await player('Boss', 'Boss-Cli-1');
    boss.send('@newpassword Ann=Ann-Boss-2');
    await boss.waitFor('Password for Ann changed.');
    await ann.waitFor('Your password has been changed by Boss.');
    const list = succeeded(await hearth(['list']));
    assert.match(list, /^Accounts in the running server:$/m);
    assert.match(list, /^NAME\s+ROLE\s+CREATED\s+LAST LOGIN\s+LOCKED UNTIL\s+CHARACTERS$/m);
    // Ann made her character (no login since); Boss has logged in.
    assert.match(list, /^Ann\s+player\s+\d{4}-\d\d-\d\d\s+never\s+-\s+Ann$/m);
    assert.match(list, /^Boss\s+admin\s+\d{4}-\d\d-\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+-\s+Boss$/m);
  });

  it('resets a password and changes a role in the running server, telling the player', async () => {
    const ann = await player('Ann', 'Ann-Boss-2');
    ann.output.skip();
    const reset = succeeded(await hearth(['password', 'ann'], 'Ann-Cli-3\n'));
    assert.equal(reset.trim(), "Ann's password is changed in the running server; any lockout is lifted.");
    await ann.waitFor('Your password has been changed by an admin (hearth account).');
    assert.equal(await tryLogin('Ann', 'Ann-Boss-2'), 'refused');
    assert.equal(await tryLogin('Ann', 'Ann-Cli-3'), 'welcome');
    assert.equal(succeeded(await hearth(['role', 'Ann', 'builder'])).trim(), 'Ann is now builder in the running server.');
    await ann.waitFor('Your role is now builder');
    assert.match(succeeded(await hearth(['list'])), /^Ann\s+builder\s/m);
  });

  it('refuses a weak password, a password in the arguments, no password, unknown names and roles', async () => {
    const weak = await hearth(['create', 'Weakling'], 'abc\n');
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /E_PASSWORD_INVALID: A password must be at least 6 characters long\./);
    const inArguments = await hearth(['password', 'Ann', 'Typed-On-Line-4']);
    assert.equal(inArguments.code, 2);
    assert.match(inArguments.stderr, /a password is never an argument/);
    const none = await hearth(['password', 'Ann']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /E_PASSWORD_INVALID: No password arrived/);
    const unknown = await hearth(['password', 'Nobody'], 'Nobody-Pass-5\n');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /E_ACCOUNT_UNKNOWN/);
    const badRole = await hearth(['role', 'Ann', 'wizard']);
    assert.equal(badRole.code, 2);
    assert.match(badRole.stderr, /"wizard" is not a role/);
    const taken = await hearth(['create', 'ann'], 'Another-Ann-6\n');
    assert.equal(taken.code, 1);
    assert.match(taken.stderr, /E_NAME_TAKEN/);
    assert.equal(await tryLogin('Ann', 'Ann-Cli-3'), 'welcome', 'none of it changed Ann');
    assert.match(succeeded(await hearth(['list'])), /^Ann\s+builder\s/m);
    for (const result of [weak, inArguments, none, unknown, taken]) {
      for (const secret of ['abc', 'Nobody-Pass-5', 'Another-Ann-6']) assert.ok(!`${result.stdout}${result.stderr}`.includes(secret), `${secret} is never printed`);
    }
  });

  it('answers hostile admin API requests with a code, and changes nothing', async () => {
    const token = (await readFile(join(database.dataDir, ADMIN_TOKEN_FILE), 'utf8')).trim();
    const call = async (method: string, path: string, body?: string, bearer: string | null = token) => {
      const response = await fetch(`http://127.0.0.1:${server!.httpPort}${path}`, {
        method,
        headers: { ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body,
      });
      return { status: response.status, text: await response.text() };
    };
    assert.equal((await call('GET', '/api/accounts', undefined, null)).status, 401);
    assert.equal((await call('POST', '/api/accounts/Ann/password', JSON.stringify({ password: 'No-Token-11' }), 'wrong')).status, 401);
    for (const [path, body] of [
      ['/api/accounts/Ann/password', JSON.stringify({ password: 12345678 })],
      ['/api/accounts/Ann/password', JSON.stringify(['Array-Pass-12'])],
      ['/api/accounts/Ann/role', JSON.stringify({ role: '__proto__' })],
      ['/api/accounts/Ann/role', 'null'],
      ['/api/accounts', JSON.stringify({ name: 'Eve', password: 'Eve-Pass-13', role: 'god' })],
      ['/api/accounts', JSON.stringify({ name: { toString: 'Eve' }, password: 'Eve-Pass-13' })],
    ] as const) {
      const answer = await call('POST', path, body);
      assert.equal(answer.status, 400, `${path} ${body}: ${answer.text}`);
      assert.match(answer.text, /"code":"E_API"/);
    }
    const badName = await call('POST', '/api/accounts', JSON.stringify({ name: 'Eve Two', password: 'Eve-Pass-13' }));
    assert.equal(badName.status, 400);
    assert.match(badName.text, /"code":"E_NAME_INVALID"/);
    assert.equal((await call('POST', `/api/accounts/${encodeURIComponent('../Ann')}/role`, JSON.stringify({ role: 'admin' }))).status, 404);
    const list = succeeded(await hearth(['list']));
    assert.match(list, /^Ann\s+builder\s/m);
    assert.doesNotMatch(list, /^Eve/m);
    assert.equal(await tryLogin('Ann', 'Ann-Cli-3'), 'welcome');
  });

  it('works on the database of a stopped server, whose next start sees the changes', async () => {
    for (const client of clients.splice(0)) await client.close();
    await server!.stop();
    server = null;
    const list = succeeded(await hearth(['list']));
    assert.match(list, /^Accounts in the database \(the server is not running\):$/m);
    assert.match(list, /^Boss\s+admin\s/m);
    assert.equal(succeeded(await hearth(['create', 'Cara', '--builder'], 'Cara-Off-7\n')).trim(), 'Created Cara (builder) in the database (the server is not running).');
    succeeded(await hearth(['role', 'Cara', 'admin']));
    succeeded(await hearth(['password', 'Ann'], 'Ann-Off-8\n'));

    server = await startTestServer(environment, { database });
    assert.equal(await tryLogin('Ann', 'Ann-Cli-3'), 'refused');
    assert.equal(await tryLogin('Ann', 'Ann-Off-8'), 'welcome');
    const cara = await player('Cara', 'Cara-Off-7');
    cara.send('@newpassword Ann=Ann-Cara-9');
    await cara.waitFor('Password for Ann changed.');
    assert.equal(await tryLogin('Ann', 'Ann-Cara-9'), 'welcome');
  });

  it('refuses a folder with no database unless told --create', async () => {
    const empty = join(folder, 'elsewhere');
    const refused = await runHearthCli(['account', 'list', '--data-dir', empty], { HEARTH_HTTP_PORT: '9' });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /E_DATA_DIR_MISSING/);
    const made = await runHearthCli(['account', 'create', 'Root', '--admin', '--data-dir', empty, '--create'], { HEARTH_HTTP_PORT: '9' }, { input: 'Root-New-10\n' });
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /Created Root \(admin\) in the database/);
    assert.match(succeeded(await runHearthCli(['account', 'list', '--data-dir', empty], { HEARTH_HTTP_PORT: '9' })), /^Root\s+admin\s/m);
  });
});
