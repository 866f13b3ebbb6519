// The real server process killed with SIGKILL in the middle of play (players talking and walking,
// a builder digging, filling and destroying rooms), then started again on the same data. Nothing a
// player saw acknowledged is lost, the stored world is consistent whatever was half-done, and
// players coming back are shown what they missed. Runs on PGlite (files on disk) and, when
// configured, on PostgreSQL.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../core/db/database.js';
import { events, objects } from '../../core/db/schema.js';
import { availableDrivers, createEmptyDatabase, type Driver } from '../support/databases.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { worldProblems } from '../support/world-consistency.js';
import { EventJournal } from '../../core/events/event-journal.js';
import { insertEvents } from '../../core/events/event-store.js';
import { WriteBehindEvents } from '../../core/events/write-behind-events.js';

const DEADLINE_MS = 60_000;
const HEARTH = { id: 1, name: 'The Hearth' };

interface Room {
  id: number;
  name: string;
}

/** One connected player: what it was shown acknowledged, and what it had sent without an answer yet. */
class Player {
  readonly says: string[] = [];
  room: Room = HEARTH;
  /** A move sent and not yet shown: the character may be stored in either room. */
  movingTo: Room | null = null;

  constructor(
    readonly name: string,
    readonly client: TelnetTestClient,
  ) {}

  async say(line: string): Promise<void> {
    this.client.send(`say ${line}`);
    await this.client.waitFor(`You say, "${line}"`, DEADLINE_MS);
    this.says.push(line);
  }

  async go(exit: string, room: Room): Promise<void> {
    this.movingTo = room;
    this.client.send(exit);
    // A builder sees the flag letters of rooms they own after the number: `Shed 1(#5R)`.
    await this.client.waitFor(new RegExp(`${room.name}\\(#${room.id}[A-Za-z]*\\)`), DEADLINE_MS);
    this.room = room;
    this.movingTo = null;
  }

  /** Sends a command and waits for its answer. */
  async ask(command: string, answer: string | RegExp): Promise<string> {
    this.client.send(command);
    return this.client.waitFor(answer, DEADLINE_MS);
  }
}

/** A builder's work: rooms dug (acknowledged), destroyed (acknowledged), and a destroy in flight. */
class Builder extends Player {
  readonly dug = new Map<number, string>();
  readonly destroyed = new Set<number>();
  destroying: number | null = null;

  /** Digs a shed with exits both ways, walks in, leaves a crate there, walks out; destroys every other one. */
  async shed(k: number): Promise<void> {
    const name = `Shed ${k}`;
    const dug = await this.ask(`@dig ${name}=${name};s${k},Out;o${k}`, new RegExp(`${name} created with room number #(\\d+)\\.[^]*?Linked exit #\\d+ to The Hearth\\(#1\\)\\.`));
    const shed = { id: Number(new RegExp(`${name} created with room number #(\\d+)`).exec(dug)![1]), name };
    this.dug.set(shed.id, name);
    await this.go(`s${k}`, shed);
    await this.ask(`@create Crate ${k}`, `Created: Crate ${k}(#`);
    await this.go(`o${k}`, HEARTH);
    if (k % 2 === 1) {
      this.destroying = shed.id;
      // /override: destroy at once, without the question @destroy asks first.
      await this.ask(`@destroy/override #${shed.id}`, `Destroyed ${name}(#${shed.id}).`);
      this.destroyed.add(shed.id);
      this.destroying = null;
    }
  }
}

for (const driver of availableDrivers()) {
  describe(`Hearth killed with SIGKILL on ${driver}`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    after(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    });

    it('keeps every acknowledged event, a consistent world, and replays what players missed', async () => {
      const environment = await freshStorage(driver, cleanups);
      const first = await startServerProcess(environment);
      cleanups.push(() => stopProcess(first));
      const connect = async (server: ServerProcess, verb: 'create' | 'connect', name: string, password: string): Promise<TelnetTestClient> => {
        const client = await TelnetTestClient.connect(server.telnetPort);
        cleanups.push(() => client.close());
        await client.login(verb, name, password);
        return client;
      };

      const keeper = new Builder('Keeper', await connect(first, 'connect', 'Keeper', 'keeperpass'));
      const north = await dig(keeper, 'North Room', 'North;n,South;s');
      const east = await dig(keeper, 'East Room', 'East;e,West;w');
      const alice = new Player('Alice', await connect(first, 'create', 'Alice', 'alicepass'));
      const bob = new Player('Bob', await connect(first, 'create', 'Bob', 'bobpass1'));
      const carol = new Player('Carol', await connect(first, 'create', 'Carol', 'carolpass'));
      const walkers: Array<[Player, string, string, Room]> = [
        [alice, 'north', 'south', north],
        [bob, 'north', 'south', north],
        [carol, 'east', 'west', east],
      ];
      const talkers = walkers.map(([player]) => player);

      // Everyone plays until the server dies under them.
      let sheds = 0;
      const stopped: string[] = [];
      const play = [
        ...walkers.map(async ([player, out, back, room]) => {
          for (let n = 1; ; n += 2) {
            await player.say(`${player.name.toLowerCase()}-${n}`);
            await player.go(out, room);
            await player.say(`${player.name.toLowerCase()}-${n + 1}`);
            await player.go(back, HEARTH);
          }
        }),
        (async () => {
          for (let k = 1; ; k += 1) {
            await keeper.shed(k);
            sheds = k;
          }
        })(),
      ].map((playing) => playing.catch((error: unknown) => void stopped.push(String(error))));
      const deadline = Date.now() + DEADLINE_MS;
      while (sheds < 3 || talkers.some((player) => player.says.length < 20)) {
        assert.deepEqual(stopped, [], 'nobody stopped playing before the crash');
        assert.ok(Date.now() < deadline, `play got going (${sheds} sheds dug; ${talkers.map((player) => `${player.name} said ${player.says.length}`).join(', ')})`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      first.child.kill('SIGKILL');
      assert.equal(await first.exited, 'SIGKILL');
      await Promise.all(play);

      // Straight from the files (or PostgreSQL), before any server touches them again. On PGlite the
      // newest events are in the event journal, which the next start copies in first; so does this.
      const handle = await openDatabase({ url: environment['DATABASE_URL'], dataDir: environment['HEARTH_DATA_DIR']! });
      if (handle.dataDir) await (await WriteBehindEvents.start((batch) => insertEvents(handle.db, batch), EventJournal.open(join(handle.dataDir, 'event-journal')))).close();
      let bobRoom: number;
      try {
        assert.deepEqual(await worldProblems(handle.db), [], 'the stored world is consistent');
        const says = await handle.db.select({ payload: events.payload }).from(events).where(eq(events.type, 'say'));
        const messages = says.map((row) => row.payload['message']);
        for (const player of talkers) {
          for (const line of player.says) assert.equal(messages.filter((message) => message === line).length, 1, `${line}, acknowledged, is stored once`);
        }
        const rows = new Map((await handle.db.select().from(objects)).map((row) => [row.id, row]));
        for (const player of [keeper, ...talkers]) {
          const character = [...rows.values()].find((row) => row.kind === 'character' && row.name === player.name)!;
          const possible = [player.room.id, ...(player.movingTo ? [player.movingTo.id] : [])];
          assert.ok(possible.includes(character.locationId!), `${player.name} is stored where it was last shown (or on its way): #${character.locationId} in ${possible.join(', ')}`);
        }
        for (const [id, name] of keeper.dug) {
          if (keeper.destroyed.has(id)) assert.equal(rows.get(id), undefined, `${name}, destroyed, stays destroyed`);
          else if (keeper.destroying !== id) assert.equal(rows.get(id)?.kind, 'room', `${name}, dug, is still there`);
        }
        bobRoom = [...rows.values()].find((row) => row.name === 'Bob')!.locationId!;
      } finally {
        await handle.close();
      }

      // Started again on the same data: players come back and are shown what they missed.
      const second = await startServerProcess(environment);
      cleanups.push(() => stopProcess(second));
      const keeperAgain = new Player('Keeper', await connect(second, 'connect', 'Keeper', 'keeperpass'));
      await keeperAgain.ask(`@tel #${bobRoom}`, 'You teleport to');
      await keeperAgain.say('keeper-after-the-crash');
      const bobAgain = await connect(second, 'connect', 'Bob', 'bobpass1');
      const replay = await bobAgain.waitFor('--- End of missed events ---', DEADLINE_MS);
      assert.match(replay, /--- While you were away[^\n]*---/);
      assert.match(replay, /\[\d\d:\d\d\] Keeper says, "keeper-after-the-crash"/);
      const aliceAgain = new Player('Alice', await connect(second, 'connect', 'Alice', 'alicepass'));
      await aliceAgain.say('alice-after-the-crash');
    });
  });
}

async function dig(builder: Builder, name: string, exits: string): Promise<Room> {
  const answer = await builder.ask(`@dig ${name}=${exits}`, new RegExp(`${name} created with room number #(\\d+)\\.[^]*?Linked exit #\\d+ to The Hearth\\(#1\\)\\.`));
  return { id: Number(new RegExp(`${name} created with room number #(\\d+)`).exec(answer)![1]), name };
}

/** A data folder (PGlite's files, or only the pid file) and, on PostgreSQL, an empty database. */
async function freshStorage(driver: Driver, cleanups: Array<() => Promise<void>>): Promise<Record<string, string>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-crash-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const environment: Record<string, string> = {
    HEARTH_DATA_DIR: dataDir,
    HEARTH_BOOTSTRAP_ADMIN: 'Keeper:keeperpass',
    HEARTH_PLUGIN_WATCH: 'false',
    HEARTH_INPUT_RATE: '200',
    HEARTH_INPUT_BURST: '400',
  };
  if (driver === 'postgres') {
    const database = await createEmptyDatabase('postgres');
    cleanups.push(() => database.drop());
    environment['DATABASE_URL'] = database.url!;
  }
  return environment;
}

async function stopProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  await server.exited;
  clearTimeout(timer);
}
