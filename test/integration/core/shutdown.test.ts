// Shutting the core down stores what is still on its way to the database: an event appended a
// moment before is kept, not lost with the process.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startCore } from '../../../core/hearth-core.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { TEST_SESSIONS } from '../../support/memory-sessions.js';
import { availableDrivers, openTestDatabase } from '../../support/databases.js';

for (const driver of availableDrivers()) {
  describe(`core shutdown on ${driver}`, () => {
    it('waits for events not yet stored', async () => {
      const database = await openTestDatabase(driver);
      try {
        const core = await startCore(database.handle, silentLogger(), {
          sessions: { ...TEST_SESSIONS, idleTimeoutMs: 0 },
        });
        const system = { kind: 'system', id: 'test' } as const;
        // Not awaited: these are still pending when the shutdown starts.
        const pending = Array.from({ length: 25 }, (_, n) => core.store.append({ stream: 'system', type: 'note', actor: system, payload: { n } }));
        await core.shutdown('bye');
        await Promise.all(pending);
        const stored = await core.store.read('system', undefined, 100);
        assert.deepEqual(stored.map((event) => event.payload['n']), Array.from({ length: 25 }, (_, n) => n));
      } finally {
        await database.dispose();
      }
    });
  });
}
