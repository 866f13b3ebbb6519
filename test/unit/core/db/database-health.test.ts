import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatabaseHealth, type DatabaseState, isConnectionFailure } from '../../../../core/db/database-health.js';
import { DatabaseUnavailableError, errorCode } from '../../../../core/errors.js';

const withCode = (code: string, message = 'failed'): Error => Object.assign(new Error(message), { code });
/** How drizzle reports a driver error: its own message, the driver's error as the cause. */
const wrapped = (cause: unknown): Error => new Error('Failed query: insert into "events" ...', { cause });

describe('isConnectionFailure', () => {
  it('recognises a database that went away', () => {
    const lost = [
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      withCode('ECONNRESET', 'read ECONNRESET'),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], ''),
      wrapped(new Error('Connection terminated unexpectedly')),
      new DatabaseUnavailableError(undefined),
    ];
    for (const error of lost) assert.equal(isConnectionFailure(error), true, String(error));
  });

  it('leaves queries the database refused to the caller', () => {
    const refused = [withCode('23505', 'duplicate key value'), withCode('22P05', 'unsupported Unicode escape sequence'), wrapped(withCode('42P01')), new Error('syntax error'), 'text', null, undefined];
    for (const error of refused) assert.equal(isConnectionFailure(error), false, String(error));
  });
});

/** A health monitor whose probe fails `failures` times, then answers. */
function monitor(failures: number): { health: DatabaseHealth; probes: () => number; changes: DatabaseState[] } {
  let probes = 0;
  const health = new DatabaseHealth({
    firstRetryMs: 2,
    maxRetryMs: 8,
    probe: async () => {
      probes += 1;
      if (probes <= failures) throw withCode('ECONNREFUSED');
    },
  });
  const changes: DatabaseState[] = [];
  health.onChange((state) => changes.push(state));
  return { health, probes: () => probes, changes };
}

describe('DatabaseHealth', () => {
  it('ignores failures that are not lost connections', () => {
    const { health, changes } = monitor(0);
    assert.equal(health.report(withCode('23505')), false);
    assert.equal(health.available, true);
    assert.deepEqual(changes, []);
  });

  it('goes unavailable once, probes until the database answers, then is available once', async () => {
    const { health, probes, changes } = monitor(4);
    assert.equal(health.report(withCode('57P01')), true);
    assert.equal(health.report(new Error('Connection terminated unexpectedly')), true, 'a second failure is recognised');
    assert.equal(health.available, false);
    assert.equal(health.status().state, 'unavailable');
    assert.equal(await health.waitUntilAvailable(10_000), true);
    assert.equal(health.available, true);
    assert.equal(probes(), 5, 'probed until the fifth probe answered');
    assert.deepEqual(changes, ['unavailable', 'available'], 'one change each way, however many failures were reported');
    assert.equal(health.status().outages, 1);
    health.close();
  });

  it('does not start an outage for a DatabaseUnavailableError, which wraps a failure reported already', () => {
    const { health, changes } = monitor(0);
    assert.equal(health.report(new DatabaseUnavailableError(withCode('ECONNREFUSED'))), true, 'still recognised');
    assert.equal(health.available, true);
    assert.deepEqual(changes, []);
  });

  it('gives up waiting after the time it was given', async () => {
    const { health } = monitor(Number.MAX_SAFE_INTEGER);
    health.report(withCode('ECONNREFUSED'));
    assert.equal(await health.waitUntilAvailable(30), false);
    health.close();
  });

  it('retries work that lost its connection, numbering the attempts', async () => {
    const { health } = monitor(1);
    const attempts: number[] = [];
    const result = await health.retry(async (attempt) => {
      attempts.push(attempt);
      if (attempt < 2) throw new Error('Connection terminated unexpectedly');
      return 'stored';
    }, 10_000);
    assert.equal(result, 'stored');
    assert.deepEqual(attempts, [0, 1, 2]);
    health.close();
  });

  it('throws other failures at once, and E_DATABASE_UNAVAILABLE when the database stays away', async () => {
    const { health } = monitor(Number.MAX_SAFE_INTEGER);
    let calls = 0;
    await assert.rejects(
      health.retry(async () => {
        calls += 1;
        throw withCode('23505');
      }, 10_000),
      (error: unknown) => (error as { code?: string }).code === '23505',
    );
    assert.equal(calls, 1);
    await assert.rejects(
      health.retry(async () => {
        throw withCode('ECONNREFUSED');
      }, 30),
      (error: unknown) => errorCode(error) === 'E_DATABASE_UNAVAILABLE',
    );
    health.close();
  });
});
