// The plugin key-value store as calls see it: kv_set and kv_delete hand their write to the database
// without waiting (the call's commit waits instead), and recent reads are remembered, so most KV
// calls answer at once and the plugin call never pauses for them. Until a write is stored, reads of
// its key answer the written value, and writes to one key reach the database in the order they
// were made. Only Hearth writes the store, so what it remembers stays true.
import type { KvPort } from './host-services.js';

interface PendingWrite {
  /** The value written; undefined for a delete. */
  value: string | undefined;
  done: Promise<unknown>;
}

/** Keys remembered at most, and the largest value worth remembering. */
const MAX_REMEMBERED = 5000;
const MAX_REMEMBERED_BYTES = 4096;

/** A known value (undefined: the key is absent), or null when only the database knows. */
export type KvPeek = { value: string | undefined } | null;

export class WriteBehindKv implements KvPort {
  private readonly pending = new Map<string, PendingWrite>();
  private readonly remembered = new Map<string, string | undefined>();

  constructor(private readonly store: KvPort) {}

  /** Keys whose latest write has not reached the database yet. */
  get backlog(): number {
    return this.pending.size;
  }

  /** What is known of a key without asking the database. */
  peek(plugin: string, key: string): KvPeek {
    const name = slot(plugin, key);
    const pending = this.pending.get(name);
    if (pending) return { value: pending.value };
    if (!this.remembered.has(name)) return null;
    const value = this.remembered.get(name);
    // Most recently used last, so the oldest is dropped first.
    this.remembered.delete(name);
    this.remembered.set(name, value);
    return { value };
  }

  async get(plugin: string, key: string): Promise<string | undefined> {
    const known = this.peek(plugin, key);
    if (known) return known.value;
    const value = await this.store.get(plugin, key);
    // A write that started meanwhile knows better.
    if (!this.pending.has(slot(plugin, key))) this.remember(slot(plugin, key), value);
    return value;
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
    this.remembered.delete(name);
    const settle = (): void => {
      if (this.pending.get(name) === entry) this.pending.delete(name);
    };
    // A stored write is what the database now holds; a failed one leaves it unknown.
    done.then(
      () => {
        if (!this.pending.has(name) || this.pending.get(name) === entry) this.remember(name, value);
        settle();
      },
      settle,
    );
    return done;
  }

  private remember(name: string, value: string | undefined): void {
    if (value !== undefined && value.length > MAX_REMEMBERED_BYTES) return;
    this.remembered.delete(name);
    this.remembered.set(name, value);
    if (this.remembered.size > MAX_REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
  }
}

function slot(plugin: string, key: string): string {
  return `${plugin}\u0000${key}`;
}
