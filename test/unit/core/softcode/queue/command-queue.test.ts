// The command queue on its own: order, timed waits, semaphores, halting, the per-owner runaway
// cap, the global cap, and slices that yield so other work runs between them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type QueueEntry, RUNAWAY_MESSAGE, SoftcodeQueue, DEFAULT_QUEUE_LIMITS } from '../../../../../core/softcode/queue/command-queue.js';

function queueWith(limits: Partial<typeof DEFAULT_QUEUE_LIMITS> = {}, run: (entry: QueueEntry, queue: SoftcodeQueue) => void = () => {}) {
  const ran: string[] = [];
  const told: string[] = [];
  const queue: SoftcodeQueue = new SoftcodeQueue(
    {
      run: (entry) => {
        ran.push(entry.actions);
        run(entry, queue);
      },
      ownerOf: (id) => (id >= 100 ? 1 : id),
      tell: (id, text) => told.push(`#${id}: ${text}`),
      failed: (_entry, error) => {
        throw error;
      },
    },
    { ...DEFAULT_QUEUE_LIMITS, ...limits },
  );
  return { queue, ran, told };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('SoftcodeQueue', () => {
  it('runs entries in the order they were queued, after the current turn', async () => {
    const { queue, ran } = queueWith();
    queue.add({ executor: 100, enactor: 1, actions: 'one' });
    queue.add({ executor: 101, enactor: 1, actions: 'two' });
    assert.deepEqual(ran, []);
    await tick();
    assert.deepEqual(ran, ['one', 'two']);
    assert.equal(queue.size, 0);
  });

  it('holds a timed wait until its time', async () => {
    const { queue, ran } = queueWith();
    queue.add({ executor: 100, enactor: 1, actions: 'later', delaySeconds: 0.05 });
    await tick();
    assert.deepEqual(ran, []);
    assert.equal(queue.list().waiting.length, 1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await tick();
    assert.deepEqual(ran, ['later']);
  });

  it('releases semaphore waiters one @notify at a time, banks a notify with no waiter, and drains', async () => {
    const { queue, ran } = queueWith();
    queue.add({ executor: 100, enactor: 1, actions: 'a', semaphore: 100 });
    queue.add({ executor: 100, enactor: 1, actions: 'b', semaphore: 100 });
    await tick();
    assert.deepEqual(ran, []);
    queue.notify(100);
    await tick();
    assert.deepEqual(ran, ['a']);
    queue.drain(100);
    assert.equal(queue.size, 0);
    queue.notify(100);
    queue.add({ executor: 100, enactor: 1, actions: 'c', semaphore: 100 });
    await tick();
    assert.deepEqual(ran, ['a', 'c']);
  });

  it('halts one object, leaving the others', async () => {
    const { queue, ran } = queueWith();
    queue.add({ executor: 100, enactor: 1, actions: 'x' });
    queue.add({ executor: 101, enactor: 1, actions: 'y' });
    queue.add({ executor: 100, enactor: 1, actions: 'z', delaySeconds: 10 });
    assert.equal(queue.halt(100), 2);
    await tick();
    assert.deepEqual(ran, ['y']);
    assert.equal(queue.size, 0);
  });

  it('halts a runaway owner whose objects queue more than the cap, and tells the owner', async () => {
    // Each run queues two more: a fork bomb.
    const { queue, told } = queueWith({ perOwner: 20 }, (entry, q) => {
      q.add({ executor: entry.executor, enactor: 1, actions: 'bomb' });
      q.add({ executor: entry.executor, enactor: 1, actions: 'bomb' });
    });
    queue.add({ executor: 100, enactor: 1, actions: 'bomb' });
    for (let i = 0; i < 50 && queue.size > 0; i += 1) await tick();
    assert.equal(queue.size, 0);
    assert.deepEqual(told, [`#1: ${RUNAWAY_MESSAGE}`]);
  });

  it('refuses entries past the global cap', () => {
    const { queue, told } = queueWith({ total: 3 });
    for (let i = 0; i < 5; i += 1) queue.add({ executor: 200 + i, enactor: 1, actions: 'x', delaySeconds: 10 });
    assert.equal(queue.size, 3);
    assert.equal(told.length, 2);
    queue.close();
  });

  it('runs a self-requeueing chain in slices, so other work gets turns in between', async () => {
    const { queue, ran } = queueWith({ entriesPerSlice: 10 }, (entry, q) => {
      if (entry.actions === 'loop') q.add({ executor: 100, enactor: 1, actions: 'loop' });
    });
    queue.add({ executor: 100, enactor: 1, actions: 'loop' });
    let otherTurns = 0;
    const started = Date.now();
    while (Date.now() - started < 100) {
      otherTurns += 1;
      await tick();
    }
    assert.ok(otherTurns > 10, `other work ran ${otherTurns} times beside the loop`);
    assert.ok(ran.length > 50, `the loop ran ${ran.length} times`);
    assert.equal(queue.halt(100), 1);
    await tick();
    const after = ran.length;
    await tick();
    assert.equal(ran.length, after);
  });

  it('holds an owner over its rate until the next second, while other owners run', async () => {
    const { queue, ran } = queueWith({ perOwnerPerSecond: 5 }, (entry, q) => {
      if (entry.actions === 'loop') q.add({ executor: 100, enactor: 1, actions: 'loop' });
    });
    queue.add({ executor: 100, enactor: 1, actions: 'loop' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    queue.add({ executor: 2, enactor: 2, actions: 'other' });
    await tick();
    assert.deepEqual(ran, ['loop', 'loop', 'loop', 'loop', 'loop', 'other']);
    assert.equal(queue.size, 1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.ok(ran.filter((action) => action === 'loop').length >= 6, 'the loop went on in the next second');
    assert.equal(queue.halt(100), 1);
    queue.close();
  });
});
