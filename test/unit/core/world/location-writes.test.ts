import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LocationWrites, type LocationWriteTarget } from '../../../../core/world/location-writes.js';

/** Locations in memory, a serial write queue, and a "database" whose writes are released by hand. */
function harness() {
  const memory = new Map<number, number | null>();
  const stored = new Map<number, number | null>();
  const statements: Array<Array<{ id: number; locationId: number | null }>> = [];
  const restored: Array<Map<number, number | null>> = [];
  let queue: Promise<unknown> = Promise.resolve();
  let failNext: Error | null = null;
  const gates: Array<() => void> = [];
  const target: LocationWriteTarget = {
    enqueue(work) {
      const result = queue.then(work);
      queue = result.catch(() => undefined);
      return result;
    },
    currentLocation: (id) => (memory.has(id) ? memory.get(id)! : undefined),
    async write(rows) {
      statements.push([...rows]);
      await new Promise<void>((resolve) => gates.push(resolve));
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      for (const row of rows) stored.set(row.id, row.locationId);
    },
    restore(locations) {
      restored.push(new Map(locations));
      for (const [id, location] of locations) memory.set(id, location);
    },
  };
  const writes = new LocationWrites(target);
  const move = (id: number, to: number): Promise<void> => {
    const from = memory.get(id) ?? null;
    memory.set(id, to);
    return writes.store(id, stored.has(id) ? stored.get(id)! : from);
  };
  /** Lets the oldest waiting write finish, once it has started. */
  const release = async (): Promise<void> => {
    while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve));
    gates.shift()!();
  };
  return { memory, stored, statements, restored, writes, move, release, fail: (error: Error) => void (failNext = error) };
}

describe('LocationWrites', () => {
  it('stores the moves made before a batch starts in one statement, each object once, as memory has it last', async () => {
    const h = harness();
    for (const [id, at] of [[1, 10], [2, 10], [3, 10]] as const) h.memory.set(id, at);
    const waits = [h.move(1, 20), h.move(2, 20), h.move(1, 30), h.move(3, 40)];
    await h.release();
    await Promise.all(waits);
    assert.deepEqual(h.statements, [[{ id: 1, locationId: 30 }, { id: 2, locationId: 20 }, { id: 3, locationId: 40 }]]);
    assert.deepEqual([...h.stored], [[1, 30], [2, 20], [3, 40]]);
  });

  it('puts moves made while a batch is being written into the next batch, and resolves each with its own batch', async () => {
    const h = harness();
    h.memory.set(1, 10).set(2, 10);
    const first = h.move(1, 20);
    await new Promise((resolve) => setImmediate(resolve));
    const second = h.move(2, 30);
    let secondDone = false;
    void second.then(() => (secondDone = true));
    await h.release();
    await first;
    assert.equal(secondDone, false, 'the second batch is still to be written');
    await h.release();
    await second;
    assert.deepEqual(h.statements, [[{ id: 1, locationId: 20 }], [{ id: 2, locationId: 30 }]]);
  });

  it('leaves out objects destroyed before their batch was written', async () => {
    const h = harness();
    h.memory.set(1, 10).set(2, 10);
    const waits = [h.move(1, 20), h.move(2, 20)];
    h.memory.delete(2);
    await h.release();
    await Promise.all(waits);
    assert.deepEqual(h.statements, [[{ id: 1, locationId: 20 }]]);
  });

  it('rejects every move of a failed batch and puts back those not moved again since', async () => {
    const h = harness();
    h.memory.set(1, 10).set(2, 10);
    h.stored.set(1, 10).set(2, 10);
    const failed = [h.move(1, 20), h.move(2, 20)];
    await new Promise((resolve) => setImmediate(resolve));
    const later = h.move(2, 30);
    h.fail(new Error('connection lost'));
    await h.release();
    for (const wait of failed) await assert.rejects(wait, /connection lost/);
    assert.deepEqual(h.restored, [new Map([[1, 10]])], 'object 2 moved again and stays where its later move put it');
    assert.equal(h.memory.get(1), 10);
    assert.equal(h.memory.get(2), 30);
    await h.release();
    await later;
    assert.deepEqual(h.statements.at(-1), [{ id: 2, locationId: 30 }]);
  });

  it('puts back an object of a failed later batch where the database still has it', async () => {
    const h = harness();
    h.memory.set(2, 10);
    h.stored.set(2, 10);
    const first = h.move(2, 20);
    await new Promise((resolve) => setImmediate(resolve));
    const second = h.move(2, 30);
    h.fail(new Error('first lost'));
    await h.release();
    await assert.rejects(first);
    h.fail(new Error('second lost'));
    await h.release();
    await assert.rejects(second);
    assert.deepEqual(h.restored.at(-1), new Map([[2, 10]]));
    assert.equal(h.memory.get(2), 10);
  });
});
