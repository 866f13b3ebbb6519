// The plugin key-value store as calls see it while writes are on their way: kv_set hands its write
// to the database without waiting (the call's commit waits instead), so a plugin instance is not
// held for a round trip. Until a write is stored, reads of its key answer the written value, and
// writes to one key reach the database in the order they were made.
import type { KvPort } from './host-services.js';

interface PendingWrite {
  /** The value written; undefined for a delete. */
  value: string | undefined;
  done: Promise<unknown>;
}

export class WriteBehindKv implements KvPort {
  private readonly pending = new Map<string, PendingWrite>();

  constructor(private readonly store: KvPort) {}

  /** Keys whose latest write has not reached the database yet. */
  get backlog(): number {
    return this.pending.size;
  }

  async get(plugin: string, key: string): Promise<string | undefined> {
    const pending = this.pending.get(slot(plugin, key));
    if (pending) return pending.value;
    return this.store.get(plugin, key);
  }

  /** Visible to reads at once; resolves with the value it replaced once stored. */
  set(plugin: string, key: string, value: string): Promise<string | undefined> {
    return this.enqueue(plugin, key, value, () => this.store.set(plugin, key, value));
  }

  delete(plugin: string, key: string): Promise<boolean> {
    return this.enqueue(plugin, key, undefined, () => this.store.delete(plugin, key));
  }

  private enqueue<T>(plugin: string, key: string, value: string | undefined, write: () => Promise<T>): Promise<T> {
    const name = slot(plugin, key);
    const before = this.pending.get(name)?.done ?? Promise.resolve();
    // After the key's earlier write, whether that one was stored or not.
    const done = before.then(write, write);
    const entry: PendingWrite = { value, done };
    this.pending.set(name, entry);
    const settle = (): void => {
      if (this.pending.get(name) === entry) this.pending.delete(name);
    };
    done.then(settle, settle);
    return done;
  }
}

function slot(plugin: string, key: string): string {
  return `${plugin}\u0000${key}`;
}
