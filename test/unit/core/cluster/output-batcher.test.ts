// Output for one gateway goes out as one batch a turn: shared ops once, each connection's own
// order kept, large batches split before they outgrow a NATS message.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type OutputBatch, type OutputOp, OUTPUT_FLUSH_BYTES } from '../../../../core/cluster/cluster-messages.js';
import { OutputBatcher } from '../../../../core/cluster/output-batcher.js';

/** What each connection would receive, replayed from the batches. */
function received(batches: OutputBatch[]): Map<number, OutputOp[]> {
  const seen = new Map<number, OutputOp[]>();
  for (const batch of batches) {
    for (const [connection, indexes] of batch.to) {
      const list = seen.get(connection) ?? [];
      for (const index of indexes) list.push(batch.ops[index]!);
      seen.set(connection, list);
    }
  }
  return seen;
}

describe('the output batcher', () => {
  it('sends one event heard by forty connections as one batch, the shared text and data once', async () => {
    const batches: OutputBatch[] = [];
    const batcher = new OutputBatcher((batch) => batches.push(batch));
    const event = { id: '01H', payload: { text: 'hi' } };
    for (let connection = 1; connection <= 40; connection += 1) {
      batcher.add(connection, { t: 'text', text: connection === 1 ? 'You say, "hi"' : 'Alice says, "hi"' });
      batcher.add(connection, { t: 'data', topic: 'event', data: event });
    }
    assert.equal(batches.length, 0, 'nothing goes out before the turn ends');
    await nextTurn();
    assert.equal(batches.length, 1);
    assert.equal(batches[0]!.ops.length, 3);
    const seen = received(batches);
    assert.equal(seen.size, 40);
    assert.deepEqual(seen.get(1), [{ t: 'text', text: 'You say, "hi"' }, { t: 'data', topic: 'event', data: event }]);
    assert.deepEqual(seen.get(2), [{ t: 'text', text: 'Alice says, "hi"' }, { t: 'data', topic: 'event', data: event }]);
  });

  it("keeps each connection's order when connections get shared ops in different orders", async () => {
    const batches: OutputBatch[] = [];
    const batcher = new OutputBatcher((batch) => batches.push(batch));
    const x: OutputOp = { t: 'text', text: 'x' };
    const y: OutputOp = { t: 'text', text: 'y' };
    batcher.add(1, x);
    batcher.add(1, y);
    batcher.add(2, y);
    batcher.add(2, x);
    batcher.add(2, { t: 'close' });
    await nextTurn();
    const seen = received(batches);
    assert.deepEqual(seen.get(1), [x, y]);
    assert.deepEqual(seen.get(2), [y, x, { t: 'close' }]);
  });

  it('does not merge one data object sent under two topics', async () => {
    const batches: OutputBatch[] = [];
    const batcher = new OutputBatcher((batch) => batches.push(batch));
    const data = { name: 'room' };
    batcher.add(1, { t: 'data', topic: 'room', data });
    batcher.add(1, { t: 'data', topic: 'room.players', data });
    await nextTurn();
    assert.deepEqual(received(batches).get(1)?.map((op) => (op.t === 'data' ? op.topic : op.t)), ['room', 'room.players']);
  });

  it('sends a batch early once it holds a lot, so no message outgrows NATS', async () => {
    const batches: OutputBatch[] = [];
    const batcher = new OutputBatcher((batch) => batches.push(batch));
    const line = 'z'.repeat(10_000);
    const count = Math.ceil((3 * OUTPUT_FLUSH_BYTES) / line.length);
    for (let i = 0; i < count; i += 1) batcher.add(1, { t: 'text', text: `${i}${line}` });
    await nextTurn();
    assert.ok(batches.length >= 3, `${batches.length} batches`);
    for (const batch of batches) assert.ok(JSON.stringify(batch).length < 2 * OUTPUT_FLUSH_BYTES);
    const texts = received(batches).get(1)!.map((op) => (op.t === 'text' ? Number.parseInt(op.text, 10) : -1));
    assert.deepEqual(texts, [...Array(count).keys()]);
  });
});
