// Passwords and resume tokens never leave the login screen, nor @password and @newpassword: not
// into any log line (at every level, trace included), not into any event or other stored row, and
// not back to the client.
// Accounts keep only argon2id hashes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { openMemorySession, TEST_SESSIONS } from '../../support/memory-sessions.js';

const SECRETS = {
  bootstrap: 'Boot-Secret-7f3a',
  alice: 'Alice-Secret-91c2',
  bob: 'Bob-Secret-44d0',
  carlFirst: 'Carl-Secret-a1b1',
  carlSecond: 'Carl-Secret-b2c2',
  wrong: 'Wrong-Secret-0e9d',
  nobody: 'Nobody-Secret-5b77',
  aliceWrongOld: 'Alice-Wrong-Old-3d1e',
  aliceChanged: 'Alice-Changed-6c2f',
  bobReset: 'Bob-Reset-8a4b',
};

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  return (result as { rows: Array<Record<string, unknown>> }).rows;
}

for (const driver of availableDrivers()) {
  describe(`secrets kept out of logs and storage on ${driver}`, () => {
    let database: TestDatabase;
    let core: HearthCore;
    const logLines: string[] = [];
    const clientOutput: string[] = [];
    const tokens: string[] = [];

    before(async () => {
      database = await openTestDatabase(driver);
      const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
      core = await startCore(database.handle, logger, {
        sessions: { ...TEST_SESSIONS, maxQueuedLines: 10 },
        bootstrapAdmin: { name: 'Boss', password: SECRETS.bootstrap },
      });

      // Each connection ends with QUIT, or drops (as a browser tab losing its network does).
      const type = async (lines: string[], address: string, keepsResumeToken = false, ending: 'quit' | 'drop' = 'quit'): Promise<void> => {
        const client = openMemorySession(core, { address, keepsResumeToken });
        for (const line of lines.slice(0, -1)) client.session.receive(line);
        await client.login(lines.at(-1)!);
        if (ending === 'quit') {
          client.session.receive('QUIT');
          await client.transport.output.waitFor('Goodbye.');
        } else {
          core.sessions.connectionClosed(client.session);
        }
        clientOutput.push(client.transport.output.all);
        const token = client.resumeToken();
        if (token) tokens.push(token);
      };
      await type([`create Alice ${SECRETS.alice}`], '10.3.0.1', true, 'drop');
      await type(['create Bob', SECRETS.bob, SECRETS.bob], '10.3.0.2');
      const mismatch = openMemorySession(core, { address: '10.3.0.3' });
      for (const line of ['create Carl', SECRETS.carlFirst, SECRETS.carlSecond]) mismatch.session.receive(line);
      await mismatch.transport.output.waitFor('The two passwords differ');
      clientOutput.push(mismatch.transport.output.all);
      await type([`connect alice ${SECRETS.alice}`], '10.3.0.4', true);
      await type(['connect Bob', SECRETS.bob], '10.3.0.5');
      await type([`connect Alice ${SECRETS.wrong}`], '10.3.0.6');
      await type(['connect Alice', SECRETS.wrong], '10.3.0.7');
      await type([`connect Nobody ${SECRETS.nobody}`], '10.3.0.8');
      await type([`connect Boss ${SECRETS.bootstrap}`], '10.3.0.9', true);
      // A token logs in once; the same token again, and a made-up one, are refused (and logged as such).
      const resumer = openMemorySession(core, { address: '10.3.0.10', keepsResumeToken: true });
      assert.match(await resumer.login(`resume ${tokens[0]}`), /Welcome, Alice\./);
      await openMemorySession(core, { address: '10.3.0.11' }).login(`resume ${tokens[0]}`);
      await openMemorySession(core, { address: '10.3.0.12' }).login(`resume ${'A'.repeat(43)}`);
      clientOutput.push(resumer.transport.output.all);
      // Passwords typed in the game: a wrong old one, a change, and an admin's reset.
      const alice = openMemorySession(core, { address: '10.3.0.13' });
      await alice.login(`connect Alice ${SECRETS.alice}`);
      alice.session.receive(`@password ${SECRETS.aliceWrongOld}=${SECRETS.aliceChanged}`);
      await alice.transport.output.waitFor('nothing changed.');
      alice.session.receive(`@password ${SECRETS.alice}=${SECRETS.aliceChanged}`);
      await alice.transport.output.waitFor('Password changed.');
      const boss = openMemorySession(core, { address: '10.3.0.14' });
      await boss.login(`connect Boss ${SECRETS.bootstrap}`);
      boss.session.receive(`@newpassword Bob=${SECRETS.bobReset}`);
      await boss.transport.output.waitFor('Password for Bob changed.');
      clientOutput.push(alice.transport.output.all, boss.transport.output.all);
      await core.shutdown('bye');
    });
    after(() => database.dispose());

    it('logged the logins, with no password and no resume token in any line', () => {
      const log = logLines.join('');
      assert.match(log, /create succeeded/);
      assert.match(log, /connect refused/);
      assert.match(log, /resume succeeded/);
      assert.match(log, /resume refused/);
      assert.match(log, /password changed by its player/);
      assert.match(log, /password reset by an admin/);
      assert.ok(tokens.length >= 3, 'resume tokens were handed out');
      for (const secret of [...Object.values(SECRETS), ...tokens]) assert.ok(!log.includes(secret), `a log line holds ${secret}`);
    });

    it('stored no password and no resume token in events or any other table', async () => {
      const tables = rowsOf(await database.handle.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`));
      assert.ok(tables.some((table) => table['table_name'] === 'events'));
      let storedEvents = 0;
      for (const { table_name: table } of tables) {
        const rows = rowsOf(await database.handle.db.execute(sql.raw(`select * from "${String(table)}"`)));
        if (table === 'events') storedEvents = rows.length;
        const stored = JSON.stringify(rows);
        for (const secret of [...Object.values(SECRETS), ...tokens]) assert.ok(!stored.includes(secret), `table ${String(table)} holds ${secret}`);
      }
      assert.ok(storedEvents > 0, 'the logins were recorded as events');
    });

    it('keeps only argon2id hashes of passwords', async () => {
      const accounts = rowsOf(await database.handle.db.execute(sql`select name, password_hash from accounts order by name`));
      assert.deepEqual(accounts.map((row) => row['name']), ['Alice', 'Bob', 'Boss']);
      for (const row of accounts) assert.match(String(row['password_hash']), /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });

    it('never echoed a password back to the client', () => {
      const output = clientOutput.join('\n');
      assert.match(output, /Welcome, Alice\./);
      for (const secret of Object.values(SECRETS)) assert.ok(!output.includes(secret), `the client was shown ${secret}`);
    });
  });
}
