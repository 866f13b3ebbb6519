// `hearth backup` and `hearth restore` as an operator runs them, on each database Hearth runs on:
// a world with accounts, a room, a channel with talk (a plugin table and events), an installed
// plugin with a setting and a disabled bundled one is backed up while the server runs; restored
// into an empty place, it comes back as it was at the backup (a later account is not there);
// restoring over a world is refused unless --replace, which keeps the old world aside; a
// restore while the server runs, into the other kind of database, or from a file that is not a
// backup is refused with its code.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { availableDrivers, createEmptyDatabase, type Driver } from '../support/databases.js';
import { runHearthCli, type CliResult } from '../support/hearth-cli-process.js';
import { InstallableSources } from '../support/installable-plugins.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestDatabaseLocation, type TestServer } from '../support/test-server.js';

const TOKEN = 'backup-test-admin-token-0123456789';
const ADMIN = { HEARTH_BOOTSTRAP_ADMIN: 'Keeper:keeperpass', HEARTH_ADMIN_TOKEN: TOKEN };
const run = promisify(execFile);

async function location(driver: Driver, parent: string, name: string): Promise<TestDatabaseLocation> {
  const dataDir = await mkdtemp(join(parent, `${name}-`));
  if (driver === 'pglite') return { dataDir, drop: async () => {} };
  const database = await createEmptyDatabase('postgres');
  return { url: database.url, dataDir, drop: database.drop };
}

function environmentOf(place: TestDatabaseLocation, server?: TestServer): Record<string, string> {
  return {
    HEARTH_DATA_DIR: place.dataDir,
    HEARTH_ADMIN_TOKEN: TOKEN,
    ...(place.url ? { DATABASE_URL: place.url } : {}),
    ...(server ? { HEARTH_HTTP_PORT: String(server.httpPort) } : {}),
  };
}

function succeeded(result: CliResult): string {
  assert.equal(result.code, 0, `exit code 0 expected; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  return result.stdout;
}

function refused(result: CliResult, code: string): string {
  assert.equal(result.code, 1, `exit code 1 expected; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  assert.match(result.stderr, new RegExp(`^hearth: ${code}: `));
  return result.stderr;
}

async function keeper(server: TestServer): Promise<TelnetTestClient> {
  const client = await TelnetTestClient.connect(server.telnetPort);
  await client.login('connect', 'Keeper', 'keeperpass');
  return client;
}

for (const driver of availableDrivers()) {
  describe(`backup and restore on ${driver}`, () => {
    let folder: string;
    let sources: InstallableSources;
    let original: TestDatabaseLocation;
    let backup: string;
    const places: TestDatabaseLocation[] = [];

    before(async () => {
      folder = await mkdtemp(join(tmpdir(), 'hearth-backup-'));
      sources = await InstallableSources.create();
      original = await location(driver, folder, 'original');
      places.push(original);
      backup = join(folder, 'world.tar.gz');
    });
    after(async () => {
      for (const place of places) await place.drop();
      await sources.remove();
      await rm(folder, { recursive: true, force: true });
    });

    it('backs up a running world', async () => {
      const server = await startTestServer(ADMIN, { database: original });
      try {
        const admin = await keeper(server);
        admin.send('@dig Library');
        await admin.waitFor(/Library/);
        admin.send('@channel/create lore=Old stories');
        await admin.waitFor(/lore/);
        admin.send('+lore The fire is older than the walls.');
        await admin.waitFor('The fire is older than the walls.');
        admin.send(`@plugin/install ${await sources.write({ name: 'lantern' })}`);
        await admin.waitFor(/lantern 1\.0\.0.*ready/);
        admin.send('@plugin/config lantern colour=blue');
        await admin.waitFor(/colour/);
        admin.send('@plugin/disable echo');
        await admin.waitFor(/echo.*disabled/);
        const alice = await TelnetTestClient.connect(server.telnetPort);
        await alice.login('create', 'Alice', 'alicepass');
        await alice.close();

        const stdout = succeeded(await runHearthCli(['backup', backup], environmentOf(original, server)));
        assert.match(stdout, new RegExp(`Backed up Hearth \\(.*installed plugins: lantern\\) to ${backup}`));
        if (driver === 'pglite') assert.match(stdout, /by the running server/);
        refused(await runHearthCli(['backup', backup], environmentOf(original, server)), 'E_BACKUP_FAILED');

        // After the backup: must not come back with it.
        const late = await TelnetTestClient.connect(server.telnetPort);
        await late.login('create', 'Latecomer', 'latepass1');
        await late.close();
        await admin.close();
      } finally {
        await server.stop();
      }
      const { stdout } = await run('tar', ['tzf', backup]);
      const entries = stdout.trim().split('\n');
      assert.ok(entries.includes('hearth-backup.json'));
      assert.ok(entries.includes(driver === 'pglite' ? 'database/pglite.tar.gz' : 'database/postgres.pgdump'));
      assert.ok(entries.includes('plugins/lantern/1.0.0/lantern.wasm'));
      assert.ok(!entries.some((entry) => entry.includes('admin-token') || entry.includes('hearth.pid')), 'no secrets or pid in the backup');
    });

    it('refuses to restore over a world, while a server runs, into the other database, or from a file that is not a backup', async () => {
      refused(await runHearthCli(['restore', backup], environmentOf(original)), 'E_RESTORE_TARGET_NOT_EMPTY');
      const busy = await mkdtemp(join(folder, 'busy-'));
      await writeFile(join(busy, 'hearth.pid'), `${process.pid}\n`);
      refused(await runHearthCli(['restore', backup], { ...environmentOf(original), HEARTH_DATA_DIR: busy }), 'E_SERVER_RUNNING');
      const otherDatabase = driver === 'pglite' ? { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing' } : { DATABASE_URL: '' };
      const empty = await mkdtemp(join(folder, 'empty-'));
      const mismatch = refused(await runHearthCli(['restore', backup], { ...environmentOf(original), HEARTH_DATA_DIR: empty, ...otherDatabase }), 'E_BACKUP_MISMATCH');
      assert.match(mismatch, /not supported/);
      const garbage = join(folder, 'garbage.tar.gz');
      await writeFile(garbage, 'not a backup at all');
      refused(await runHearthCli(['restore', garbage], { ...environmentOf(original), HEARTH_DATA_DIR: empty }), 'E_BACKUP_INVALID');
      assert.deepEqual(await readdir(empty), [], 'nothing was written');
    });

    it('restores into an empty place, with the world as it was at the backup', async () => {
      const fresh = await location(driver, folder, 'fresh');
      places.push(fresh);
      const stdout = succeeded(await runHearthCli(['restore', backup], environmentOf(fresh)));
      assert.match(stdout, /Restored the backup made .*\nInstalled plugins restored: lantern\./);

      const server = await startTestServer(ADMIN, { database: fresh });
      try {
        assert.ok(await server.core.accounts.findByName('Alice'), 'an account from before the backup');
        assert.equal(await server.core.accounts.findByName('Latecomer'), undefined, 'an account from after the backup');
        const admin = await keeper(server);
        admin.send('@channel/list');
        await admin.waitFor(/lore.*Old stories/);
        admin.send('@channel/history lore');
        await admin.waitFor('The fire is older than the walls.');
        admin.send('lantern glows.');
        await admin.waitFor('Keeper glows.');
        admin.send('@plugin/config lantern');
        await admin.waitFor('colour=blue');
        admin.send('@plugin/info echo');
        await admin.waitFor(/disabled/);
        admin.send('@teleport me=Library');
        await admin.waitFor(/Library/);
        await admin.close();
        const alice = await TelnetTestClient.connect(server.telnetPort);
        await alice.login('connect', 'Alice', 'alicepass');
        await alice.close();
      } finally {
        await server.stop();
      }
    });

    it('restores over a world with --replace, keeping the old one aside', async () => {
      const stdout = succeeded(await runHearthCli(['restore', backup, '--replace'], environmentOf(original)));
      assert.match(stdout, /kept in .*before-restore-/);
      if (driver === 'pglite') assert.ok((await readdir(folder)).some((name) => name.startsWith('original-') && name.includes('.before-restore-')));
      const server = await startTestServer(ADMIN, { database: original });
      try {
        assert.equal(await server.core.accounts.findByName('Latecomer'), undefined, 'the world is the backup, not what was there');
        assert.ok(await server.core.accounts.findByName('Alice'));
      } finally {
        await server.stop();
      }
    });
  });
}
