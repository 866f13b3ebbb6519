// Where players have read up to is stored while they play (at the start of a visit, then every
// checkpoint), so a replay after a crash starts near where they stopped; it only moves forward.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { locationStream } from '../../../core/events/event.js';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import { LastSeenCheckpoints } from '../../../core/sessions/last-seen-checkpoints.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { TEST_SESSIONS } from '../../support/memory-sessions.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { MemoryTransport } from '../../support/memory-transport.js';

for (const driver of availableDrivers()) {
  describe(`LastSeenCheckpoints on ${driver}`, () => {
    let database: TestDatabase;
    let core: HearthCore;

    before(async () => {
      database = await openTestDatabase(driver);
      core = await startCore(database.handle, silentLogger(), {
        // The core's own timer stays out of the way; the test checkpoints by hand.
        sessions: { ...TEST_SESSIONS, lastSeenCheckpointMs: 3_600_000 },
      });
    });
    after(async () => {
      await core.shutdown('bye');
      await database.dispose();
    });

    it('stores the start of a visit, then each checkpoint, and never moves back', async () => {
      const transport = new MemoryTransport();
      const session = core.sessions.openSession(transport);
      session.receive('create Reader password1');
      await transport.output.waitFor('The Hearth(#1)');
      const readerId = (await core.accounts.findByName('Reader'))!.characterId;
      assert.ok(await core.presence.lastSeenEventId(readerId), 'the start of the visit is stored at once');

      const said = await core.store.append({ stream: locationStream(1), type: 'note', actor: { kind: 'system', id: 'test' }, payload: { text: 'read before the crash' } });
      await transport.output.waitFor('read before the crash');
      const checkpoints = new LastSeenCheckpoints(() => core.sessions.sessions(), core.presence, silentLogger());
      await checkpoints.checkpoint();
      assert.equal(await core.presence.lastSeenEventId(readerId), said.id);

      // An id from long ago (a ULID begins with its time): older than anything stored since.
      await core.presence.recordLastSeen(readerId, '01A' + said.id.slice(3));
      assert.equal(await core.presence.lastSeenEventId(readerId), said.id, 'an older place never replaces a newer one');

      // What a replay after a crash right now would show: only what came after the checkpoint.
      const missed = await core.store.append({ stream: locationStream(1), type: 'note', actor: { kind: 'system', id: 'test' }, payload: { text: 'said after the checkpoint' } });
      const replay = await core.presence.missedEvents(readerId, await core.presence.lastSeenEventId(readerId), 50);
      assert.deepEqual(replay.map((event) => event.id), [missed.id]);
    });
  });
}
