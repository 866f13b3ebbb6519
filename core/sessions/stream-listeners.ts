// Which extra streams each character receives (channels it joined), in memory for delivery and
// in the database so membership survives a restart. Sessions follow changes as they happen:
// the session manager subscribes every open session of the character.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { characterStreams } from '../db/schema.js';
import { assertValidStream } from '../events/event.js';
import type { StreamListenersPort } from '../plugins/host-services.js';

export type ListenChange = (characterId: number, stream: string, listening: boolean) => void;

export class StreamListeners implements StreamListenersPort {
  private readonly byCharacter = new Map<number, Set<string>>();
  private readonly byStream = new Map<string, Set<number>>();
  private readonly changeListeners = new Set<ListenChange>();

  private constructor(private readonly db: Database) {}

  static async load(db: Database): Promise<StreamListeners> {
    const listeners = new StreamListeners(db);
    for (const row of await db.select().from(characterStreams)) listeners.remember(row.characterId, row.stream);
    return listeners;
  }

  async listen(characterId: number, stream: string): Promise<boolean> {
    assertValidStream(stream);
    if (this.byCharacter.get(characterId)?.has(stream)) return false;
    await this.db.insert(characterStreams).values({ characterId, stream }).onConflictDoNothing();
    this.remember(characterId, stream);
    this.announce(characterId, stream, true);
    return true;
  }

  async unlisten(characterId: number, stream: string): Promise<boolean> {
    if (!this.byCharacter.get(characterId)?.has(stream)) return false;
    await this.db.delete(characterStreams).where(and(eq(characterStreams.characterId, characterId), eq(characterStreams.stream, stream)));
    this.byCharacter.get(characterId)?.delete(stream);
    this.byStream.get(stream)?.delete(characterId);
    this.announce(characterId, stream, false);
    return true;
  }

  listenersOf(stream: string): number[] {
    return [...(this.byStream.get(stream) ?? [])];
  }

  streamsOf(characterId: number): string[] {
    return [...(this.byCharacter.get(characterId) ?? [])];
  }

  /** Called after every change; returns the function that stops it. */
  onChange(listener: ListenChange): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private remember(characterId: number, stream: string): void {
    let streams = this.byCharacter.get(characterId);
    if (!streams) this.byCharacter.set(characterId, (streams = new Set()));
    streams.add(stream);
    let characters = this.byStream.get(stream);
    if (!characters) this.byStream.set(stream, (characters = new Set()));
    characters.add(characterId);
  }

  private announce(characterId: number, stream: string, listening: boolean): void {
    for (const listener of this.changeListeners) listener(characterId, stream, listening);
  }
}
