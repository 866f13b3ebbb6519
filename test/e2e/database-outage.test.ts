// PostgreSQL going away under a running Hearth, the way a restart looks from outside: every
// connection dropped, new ones refused for a few seconds, then accepted again (a TcpProxy between
// the server and PostgreSQL does this). Players stay connected, are told plainly that their
// commands and logins were not carried out, and play on when the database is back, without a
// restart. Nothing a player saw acknowledged is lost, and nothing refused shows up as done, even
// a command half-stored when the database went away.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { pino } from 'pino';
import { COMMAND_REFUSED_DATABASE_DOWN, LOGIN_REFUSED_DATABASE_DOWN } from '../../core/sessions/database-notices.js';
import { createProxiedPostgres, postgresUnavailableReason, type ProxiedPostgres } from '../support/proxied-postgres.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const REFUSAL = COMMAND_REFUSED_DATABASE_DOWN;
const DEADLINE_MS = 30_000;

/** One player saying numbered lines, each recorded as acknowledged ("You say, ...") or refused. */
class Talker {
  readonly acknowledged: string[] = [];
  readonly refused: string[] = [];
  private said = 0;

  constructor(
    readonly name: string,
    readonly client: TelnetTestClient,
  ) {}

  /** The line the next `say` will send. */
  get nextLine(): string {
    return `${this.name.toLowerCase()}-line-${this.said + 1}`;
  }

  async say(): Promise<'acknowledged' | 'refused'> {
    const line = this.nextLine;
    this.said += 1;
    this.client.send(`say ${line}`);
    // A line in flight when the database went away waits for it to come back, so allow for that.
    const answer = await this.client.waitFor(new RegExp(`You say, "${line}"|${escapeRegExp(REFUSAL)}`), DEADLINE_MS);
    const acknowledged = answer.includes(`You say, "${line}"`);
    (acknowledged ? this.acknowledged : this.refused).push(line);
    return acknowledged ? 'acknowledged' : 'refused';
  }
}

describe('PostgreSQL restarting under a running Hearth', { skip: postgresUnavailableReason() }, () => {
  let database: ProxiedPostgres;
  let server: TestServer;
  let direct: pg.Client;
  const logs: Array<{ level: number; msg: string }> = [];
  const clients: TelnetTestClient[] = [];

  before(async () => {
    database = await createProxiedPostgres();
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as { level: number; msg: string }) });
    server = await startTestServer(
      { HEARTH_BOOTSTRAP_ADMIN: 'Keeper:keeperpass', HEARTH_PLUGIN_WATCH: 'false' },
      { database: { url: database.url, dataDir: 'memory://', drop: async () => {} }, logger },
    );
    direct = new pg.Client({ connectionString: database.directUrl });
    await direct.connect();
  });
  after(async () => {
    for (const client of clients) await client.close();
    await server?.stop();
    await direct?.end();
    await database?.drop();
  });

  async function player(verb: 'create' | 'connect', name: string, password: string): Promise<TelnetTestClient> {
    const client = await TelnetTestClient.connect(server.telnetPort);
    clients.push(client);
    await client.login(verb, name, password);
    await client.waitFor('The Hearth(#1');
    return client;
  }

  async function until(condition: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + DEADLINE_MS;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`gave up waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function storedSays(): Promise<string[]> {
    const { rows } = await direct.query<{ message: string }>(`select payload->>'message' as message from events where type = 'say' order by id`);
    return rows.map((row) => row.message);
  }

  it('refuses plainly while the database is away, recovers by itself, and loses nothing acknowledged', async () => {
    const health = server.core.database.health;
    const alice = new Talker('Alice', await player('create', 'Alice', 'alicepass'));
    const bob = new Talker('Bob', await player('create', 'Bob', 'bobpass1'));
    const keeper = await player('connect', 'Keeper', 'keeperpass');
    for (let n = 0; n < 3; n += 1) assert.deepEqual(await Promise.all([alice.say(), bob.say()]), ['acknowledged', 'acknowledged']);

    // The database stops answering while Alice's line is being stored, then drops every
    // connection: her line is in flight, and waits for the database instead of failing.
    database.proxy.stall();
    const inFlightLine = alice.nextLine;
    const inFlight = alice.say();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.proxy.cut();
    await until(() => !health.available, 'Hearth noticed the database is gone');

    // While it is away: commands and logins are refused plainly, and the health check says so.
    assert.equal(await bob.say(), 'refused');
    const worldBefore = server.core.world.counts();
    keeper.send('@dig Storeroom');
    await keeper.waitFor(REFUSAL, DEADLINE_MS);
    assert.deepEqual(server.core.world.counts(), worldBefore, 'a refused @dig creates nothing');
    const visitor = await TelnetTestClient.connect(server.telnetPort);
    clients.push(visitor);
    await visitor.waitFor('QUIT');
    visitor.send('create Carol carolpass');
    await visitor.waitFor(LOGIN_REFUSED_DATABASE_DOWN, DEADLINE_MS);
    const degraded = (await (await fetch(`http://127.0.0.1:${server.httpPort}/health`)).json()) as Record<string, unknown>;
    assert.equal(degraded['status'], 'degraded');
    assert.equal(degraded['databaseState'], 'unavailable');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const client of [alice.client, bob.client]) assert.ok(!client.output.all.includes(`"${inFlightLine}"`), 'not shown before it is stored');

    await database.proxy.restore();
    await until(() => health.available, 'Hearth found the database again');
    assert.equal(await inFlight, 'acknowledged', 'the line in flight was stored once the database was back');

    // Back without a restart: talking, building and logging in work again.
    for (let n = 0; n < 3; n += 1) assert.deepEqual(await Promise.all([alice.say(), bob.say()]), ['acknowledged', 'acknowledged']);
    keeper.send('@dig Storeroom');
    await keeper.waitFor(/Storeroom created with room number #\d+\./, DEADLINE_MS);
    visitor.send('create Carol carolpass');
    await visitor.waitFor('Welcome, Carol.', DEADLINE_MS);

    for (const client of clients) assert.equal(client.output.closed, false, 'nobody was disconnected');
    assert.ok(alice.refused.length + bob.refused.length >= 1, 'something was refused during the outage');

    // Every acknowledged line is stored once and reached the other player; no refused line did either.
    const stored = await storedSays();
    for (const [speaker, listener] of [
      [alice, bob],
      [bob, alice],
    ] as const) {
      for (const line of speaker.acknowledged) {
        assert.equal(stored.filter((message) => message === line).length, 1, `${line} is stored once`);
        assert.ok(listener.client.output.all.includes(`${speaker.name} says, "${line}"`), `${listener.name} saw ${line}`);
      }
      for (const line of speaker.refused) {
        assert.ok(!stored.includes(line), `refused ${line} is not stored`);
        assert.ok(!listener.client.output.all.includes(`"${line}"`), `${listener.name} never saw refused ${line}`);
      }
    }
    const rooms = await direct.query<{ count: number }>(`select count(*)::int as count from objects where name = 'Storeroom'`);
    assert.equal(rooms.rows[0]!.count, 1, 'only the @dig made after the outage created a room');

    // The operator hears about it once when it goes, once when it is back.
    const down = logs.filter((entry) => entry.msg.startsWith('database unreachable'));
    const back = logs.filter((entry) => entry.msg.startsWith('database reachable again'));
    assert.equal(down.length, 1);
    assert.equal(down[0]!.level, 50, 'logged at error level');
    assert.equal(back.length, 1);
    assert.equal(health.status().outages, 1);
  });

  it('undoes a command whose first change was stored just before the database went away', async () => {
    const health = server.core.database.health;
    const builder = await player('connect', 'Keeper', 'keeperpass');
    const worldBefore = server.core.world.counts();
    // The room is stored and its answer delivered; then the database goes, before the exits.
    const cut = database.proxy.cutAfterReplyContaining('Larder');
    builder.send('@dig Larder=Larder;la,Back;ba');
    await cut;
    await until(() => !health.available, 'Hearth noticed the database is gone');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.ok(!builder.output.pending().includes(REFUSAL), 'not refused until the room is really gone again');
    await database.proxy.restore();

    await builder.waitFor(REFUSAL, DEADLINE_MS);
    assert.deepEqual(server.core.world.counts(), worldBefore, 'nothing of the refused @dig is left in memory');
    const left = await direct.query(`select id from objects where name in ('Larder', 'Back')`);
    assert.equal(left.rowCount, 0, 'nothing of the refused @dig is left in the database');
    builder.send('@dig Larder=Larder;la,Back;ba');
    await builder.waitFor(/Larder created with room number #\d+\./, DEADLINE_MS);
    assert.equal(health.status().outages, 2, 'one outage for each cut: a refusal answered after the recovery does not start another');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
