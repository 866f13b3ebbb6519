// The record of one plugin call's host calls, so the call can pause and be run again. Host
// functions answer at once when they can; one that must wait (a database read, an HTTP request)
// starts its work and pauses the call: the module is unwound, and once the work has settled the
// call runs again from the start. The rerun gets every earlier host call's recorded answer without
// running it again (so nothing happens twice), and the paused host call now finds its work done.
// A plugin is deterministic given its input and its host answers (time and randomness come from
// host calls too), so a rerun retraces the same path; one that asks something else is refused.
import { PluginNondeterministicError } from '../../errors.js';

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Entry {
  name: string;
  input: string;
  /** The answer, once the host call has finished. */
  reply: string | null;
  /** Results of the waits the host call made, in order, as they settled. */
  waits: Settled[];
}

/** Thrown through the module by a host call that must wait; the runner waits for `work` and reruns. */
export class CallPaused extends Error {
  constructor(readonly work: Promise<void>) {
    super('the plugin call is waiting for host work');
  }
}

export class CallJournal {
  private readonly entries: Entry[] = [];
  private position = 0;
  /** Waits started over all runs; bounded so a call cannot pause forever. */
  pauses = 0;

  constructor(private readonly plugin: string) {}

  /** Starts a run from the first host call. */
  rewind(): void {
    this.position = 0;
  }

  /**
   * The entry for the next host call. Replayed calls come back with their `reply`; a new call (or
   * the one that paused) comes back without, and must be run.
   */
  next(name: string, input: string): Entry {
    const entry = this.entries[this.position];
    if (entry === undefined) {
      const fresh: Entry = { name, input, reply: null, waits: [] };
      this.entries.push(fresh);
      this.position += 1;
      return fresh;
    }
    if (entry.name !== name || entry.input !== input) throw new PluginNondeterministicError(this.plugin, describeCall(entry.name, entry.input), describeCall(name, input));
    this.position += 1;
    return entry;
  }
}

/** What a running host function uses to wait; one per execution of the host function. */
export class HostCallWaits {
  private index = 0;

  constructor(
    private readonly entry: Entry,
    private readonly journal: CallJournal,
    private readonly onSettled: (undo: () => Promise<unknown>) => void,
  ) {}

  /**
   * The result of `work`: recorded by an earlier run, or started now, pausing the call until it
   * settles. `undo`, when given, is recorded for the call as soon as the work succeeds, whether or
   * not the call ever runs again (a call that times out must still take the work back).
   */
  wait<T>(work: () => Promise<T>, undo?: (result: T) => Promise<unknown>): T {
    const settled = this.entry.waits[this.index];
    this.index += 1;
    if (settled !== undefined) {
      if (settled.ok) return settled.value as T;
      throw settled.error;
    }
    this.journal.pauses += 1;
    const waits = this.entry.waits;
    const done = work().then(
      (value) => {
        waits.push({ ok: true, value });
        if (undo) this.onSettled(() => undo(value));
      },
      (error: unknown) => void waits.push({ ok: false, error }),
    );
    throw new CallPaused(done);
  }
}

function describeCall(name: string, input: string): string {
  return `${name} ${input.length > 80 ? `${input.slice(0, 80)}…` : input}`;
}

export type { Entry as JournalEntry };
