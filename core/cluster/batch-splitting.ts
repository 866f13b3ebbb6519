// Keeps every output message under the size NATS accepts (and the gateway's cap): a batch that
// encodes too large is split in halves by connection, then by a connection's ops, until each
// part fits; a single op larger than the cap cannot go at all and is replaced by a notice, so that
// one oversized line never takes the core down or loses everything else in its batch.
import type { OutputBatch, OutputOp } from './cluster-messages.js';

export const OVERSIZED_NOTICE = '[Hearth: some output was too large to send to you and was left out.]';

/** The batch as encoded messages, each at most `maxBytes`. */
export function encodeToFit(batch: OutputBatch, maxBytes: number, encode: (batch: OutputBatch) => Uint8Array): Uint8Array[] {
  const encoded = encode(batch);
  if (encoded.byteLength <= maxBytes) return [encoded];
  const halves = splitBatch(batch);
  if (halves) return halves.flatMap((half) => encodeToFit(half, maxBytes, encode));
  // One connection, one op: it cannot be sent.
  return [encode({ ops: [{ t: 'text', text: OVERSIZED_NOTICE }], to: batch.to.map(([connection]) => [connection, [0]]) })];
}

function splitBatch(batch: OutputBatch): [OutputBatch, OutputBatch] | null {
  if (batch.to.length > 1) {
    const middle = Math.ceil(batch.to.length / 2);
    return [subset(batch, batch.to.slice(0, middle)), subset(batch, batch.to.slice(middle))];
  }
  const [only] = batch.to;
  if (!only || only[1].length <= 1) return null;
  const [connection, indexes] = only;
  const middle = Math.ceil(indexes.length / 2);
  return [subset(batch, [[connection, indexes.slice(0, middle)]]), subset(batch, [[connection, indexes.slice(middle)]])];
}

/** A batch for some of the connections, carrying only the ops they use, renumbered. */
function subset(batch: OutputBatch, to: OutputBatch['to']): OutputBatch {
  const ops: OutputOp[] = [];
  const renumbered = new Map<number, number>();
  const list = to.map(([connection, indexes]): [number, number[]] => [
    connection,
    indexes.map((index) => {
      let mapped = renumbered.get(index);
      if (mapped === undefined) {
        mapped = ops.push(batch.ops[index]!) - 1;
        renumbered.set(index, mapped);
      }
      return mapped;
    }),
  ]);
  return { ops, to: list };
}
