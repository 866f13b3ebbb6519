// Where objects are, stored behind memory: a move shows in the world at once and reaches the
// database with the next batch, one statement for every object moved meanwhile. A plugin call
// that moves a player therefore does not hold its plugin while the database writes; whoever must
// not answer before the move is stored (the call's commit) waits for the promise `store` returns.

export interface LocationWriteTarget {
  /** Runs `work` in the world's write order (after writes queued before it). */
  enqueue<T>(work: () => Promise<T>): Promise<T>;
  /** Where the object is in memory now; undefined once it is gone. */
  currentLocation(id: number): number | null | undefined;
  /** Stores the locations in one statement. */
  write(rows: ReadonlyArray<{ id: number; locationId: number | null }>): Promise<void>;
  /** The batch failed: put these objects back where the database still has them. */
  restore(locations: ReadonlyMap<number, number | null>, error: unknown): void;
}

export class LocationWrites {
  /** Objects moved since the last batch started, with where the database had them before. */
  private dirty = new Map<number, number | null>();
  /** The batch that has not started yet; moves join it until it does. */
  private next: Promise<void> | null = null;

  constructor(private readonly target: LocationWriteTarget) {}

  /** Objects moved whose new place has not been written yet. */
  get backlog(): number {
    return this.dirty.size;
  }

  /**
   * Records that `id` moved (it was at `storedBefore` in the database); resolves once the batch
   * holding the move is stored, rejects if that batch failed (memory is then put back).
   */
  store(id: number, storedBefore: number | null): Promise<void> {
    if (!this.dirty.has(id)) this.dirty.set(id, storedBefore);
    this.next ??= this.target.enqueue(() => this.flush());
    return this.next;
  }

  private async flush(): Promise<void> {
    // Moves from here on go to the next batch, queued behind this one.
    this.next = null;
    const batch = this.dirty;
    this.dirty = new Map();
    // Each object's location as memory has it now: later moves and evictions count, and objects
    // destroyed since (their rows are gone) are left out.
    const rows: Array<{ id: number; locationId: number | null }> = [];
    for (const id of batch.keys()) {
      const locationId = this.target.currentLocation(id);
      if (locationId !== undefined) rows.push({ id, locationId });
    }
    if (rows.length === 0) return;
    try {
      await this.target.write(rows);
    } catch (error) {
      // Objects moved again since this batch began stay where that later move put them: the next
      // batch writes them (or restores them, failing too). The rest go back to the stored place.
      const restored = new Map<number, number | null>();
      for (const [id, storedBefore] of batch) {
        if (this.dirty.has(id)) this.dirty.set(id, storedBefore);
        else restored.set(id, storedBefore);
      }
      this.target.restore(restored, error);
      throw error;
    }
  }
}
