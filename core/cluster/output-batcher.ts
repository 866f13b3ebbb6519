// Gathers what the core sends to one gateway's connections and sends it as one message a turn of
// the event loop (sooner when it grows large). An event shown to many players on one gateway
// becomes one op with a list of connections, so the fan-out to sockets happens at the gateway.
// Ops are shared by identity (structured data: the same event object to every recipient) or by
// content (text: the same line to every recipient), and each connection keeps its own order.
import { OUTPUT_FLUSH_BYTES, type OutputBatch, type OutputOp } from './cluster-messages.js';

export type SendBatch = (batch: OutputBatch) => void;

export class OutputBatcher {
  private ops: OutputOp[] = [];
  private byText = new Map<string, number>();
  private byData = new Map<unknown, number>();
  private to = new Map<number, number[]>();
  private approximateBytes = 0;
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly send: SendBatch) {}

  add(connection: number, op: OutputOp): void {
    const index = this.indexOf(op);
    let list = this.to.get(connection);
    if (!list) {
      list = [];
      this.to.set(connection, list);
    }
    list.push(index);
    this.approximateBytes += 8;
    if (this.approximateBytes >= OUTPUT_FLUSH_BYTES) this.flush();
    else this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Sends whatever is gathered now. */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.to.size === 0) return;
    const batch: OutputBatch = { ops: this.ops, to: [...this.to] };
    this.ops = [];
    this.byText = new Map();
    this.byData = new Map();
    this.to = new Map();
    this.approximateBytes = 0;
    this.send(batch);
  }

  private indexOf(op: OutputOp): number {
    if (op.t === 'data') {
      const known = this.byData.get(op.data);
      const shared = known !== undefined ? this.ops[known] : undefined;
      if (known !== undefined && shared?.t === 'data' && shared.topic === op.topic) return known;
      return this.append(op, (index) => this.byData.set(op.data, index), 256);
    }
    const key = op.t === 'text' || op.t === 'prompt' ? `${op.t}\u0000${op.text}` : JSON.stringify(op);
    const known = this.byText.get(key);
    if (known !== undefined) return known;
    return this.append(op, (index) => this.byText.set(key, index), key.length);
  }

  private append(op: OutputOp, remember: (index: number) => void, size: number): number {
    const index = this.ops.push(op) - 1;
    remember(index);
    this.approximateBytes += size;
    return index;
  }
}
