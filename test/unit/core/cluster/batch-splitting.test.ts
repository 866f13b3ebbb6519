// Output batches too large for one NATS message are split until each part fits, every connection
// still getting its ops in order; an op too large to send at all becomes a notice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OVERSIZED_NOTICE, encodeToFit } from '../../../../core/cluster/batch-splitting.js';
import type { OutputBatch, OutputOp } from '../../../../core/cluster/cluster-messages.js';
import { encodeMessage } from '../../../../core/cluster/message-guard.js';

function received(parts: Uint8Array[]): Map<number, OutputOp[]> {
  const seen = new Map<number, OutputOp[]>();
  for (const part of parts) {
    const batch = JSON.parse(new TextDecoder().decode(part)) as OutputBatch;
    for (const [connection, indexes] of batch.to) seen.set(connection, [...(seen.get(connection) ?? []), ...indexes.map((index) => batch.ops[index]!)]);
  }
  return seen;
}

describe('splitting output batches to fit', () => {
  it('sends a batch that fits as it is', () => {
    const batch: OutputBatch = { ops: [{ t: 'text', text: 'hi' }], to: [[1, [0]], [2, [0]]] };
    assert.equal(encodeToFit(batch, 1000, encodeMessage).length, 1);
  });

  it('splits by connection and then by op, keeping each connection its ops in order', () => {
    const text = (n: number): OutputOp => ({ t: 'text', text: `${n}:${'x'.repeat(300)}` });
    const ops = Array.from({ length: 20 }, (_, n) => text(n));
    const batch: OutputBatch = { ops, to: [[1, ops.map((_, n) => n)], [2, [0, 5, 10]], [3, [19, 18, 17]]] };
    const parts = encodeToFit(batch, 1200, encodeMessage);
    assert.ok(parts.length > 3);
    for (const part of parts) assert.ok(part.byteLength <= 1200, `${part.byteLength} bytes`);
    const seen = received(parts);
    assert.deepEqual(seen.get(1), ops);
    assert.deepEqual(seen.get(2), [ops[0], ops[5], ops[10]]);
    assert.deepEqual(seen.get(3), [ops[19], ops[18], ops[17]]);
  });

  it('replaces an op too large for any message with a notice, and sends the rest', () => {
    const batch: OutputBatch = { ops: [{ t: 'text', text: 'before' }, { t: 'text', text: 'y'.repeat(5000) }, { t: 'text', text: 'after' }], to: [[1, [0, 1, 2]]] };
    const seen = received(encodeToFit(batch, 1000, encodeMessage));
    assert.deepEqual(seen.get(1), [{ t: 'text', text: 'before' }, { t: 'text', text: OVERSIZED_NOTICE }, { t: 'text', text: 'after' }]);
  });
});
