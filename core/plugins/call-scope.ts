// What one plugin call did, held until the call ends: events to append, text to send, actions
// that only make sense once the call has succeeded (booting a player, shutting down), writes still
// on their way to the database, and how to undo world and table changes. A call that fails is
// undone and the rest is discarded, so no command or event is ever half-applied.
import type { Actor, NewEvent } from '../events/event.js';
import type { ActorInfo } from './plugin-abi.js';

export interface PendingSend {
  characterId: number;
  text: string;
}

export class CallScope {
  readonly events: NewEvent[] = [];
  readonly sends: PendingSend[] = [];
  /** Run in order after the call's events and text have been committed. */
  readonly afterCommit: Array<() => void> = [];
  private readonly undoSteps: Array<() => Promise<unknown>> = [];
  /** Writes the call made without waiting (moves, kv_set); each settles with its error, or undefined. */
  private readonly writes: Array<Promise<unknown>> = [];
  private undoneWith: { onError: (error: unknown) => void; run: (step: () => Promise<unknown>) => Promise<unknown> } | null = null;
  /** Set when a host function could not reach the database: the call is then refused as a whole. */
  databaseFailure: unknown = undefined;

  constructor(
    readonly plugin: string,
    /** The character whose command this is; null while handling an event. */
    readonly commandActor: ActorInfo | null,
    /** The actor stamped on emitted events: the character for commands, the plugin for events. */
    readonly eventActor: Actor,
    /** Hops of the event being handled (0 for commands). */
    readonly hops: number,
    /** The character on whose behalf the call runs: the command's actor, or whoever caused the event; null for plugin and system events. */
    readonly origin: number | null = commandActor?.id ?? null,
  ) {}

  /** A write the call must not be acknowledged before: the commit waits for it. */
  waitFor(write: Promise<unknown>): void {
    this.writes.push(write.then(() => undefined, (error: unknown) => error ?? new Error('a write failed')));
  }

  /** Waits for every write handed to `waitFor`; resolves with the first failure, if any. */
  async writesSettled(): Promise<unknown> {
    const failures = await Promise.all(this.writes.splice(0));
    return failures.find((failure) => failure !== undefined);
  }

  /**
   * Records how to take back something the call did. A step recorded after the call was already
   * undone (work it waited on that finished after a timeout) runs at once, the same way.
   */
  recordUndo(step: () => Promise<unknown>): void {
    if (this.undoneWith) {
      const { run, onError } = this.undoneWith;
      void run(step).catch(onError);
      return;
    }
    this.undoSteps.push(step);
  }

  /**
   * Runs the undo steps newest first, each through `run` (which may retry it while the database is
   * away); failures are reported and the rest still run.
   */
  async undo(onError: (error: unknown) => void, run: (step: () => Promise<unknown>) => Promise<unknown> = (step) => step()): Promise<void> {
    this.undoneWith = { onError, run };
    for (const step of this.undoSteps.splice(0).reverse()) {
      try {
        await run(step);
      } catch (error) {
        onError(error);
      }
    }
    this.events.length = 0;
    this.sends.length = 0;
    this.afterCommit.length = 0;
  }
}
