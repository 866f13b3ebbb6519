// Characters as plugins see them: name, role, where they are, whether anyone is playing them.
import type { Accounts } from '../auth/accounts.js';
import type { CharacterDirectory, CharacterInfo, ConnectedCharacter } from '../plugins/host-services.js';
import { characterByAlias } from '../world/character-aliases.js';
import type { World } from '../world/world.js';
import type { WorldObject } from '../world/world-object.js';
import { pronounsOf } from '../world/pronouns.js';

export class LiveCharacterDirectory implements CharacterDirectory {
  constructor(
    private readonly world: World,
    private readonly accounts: Accounts,
    private readonly isConnected: (characterId: number) => boolean,
    /** The open sessions of playing characters, for `connected()`. */
    private readonly sessions: () => Iterable<{ characterId: number | null; connectedAt: number; lastInputAt: number }> = () => [],
  ) {}

  connected(now: number = Date.now()): ConnectedCharacter[] {
    const times = new Map<number, { connectedAt: number; lastInputAt: number }>();
    for (const session of this.sessions()) {
      if (session.characterId === null) continue;
      const known = times.get(session.characterId);
      times.set(session.characterId, {
        connectedAt: Math.min(known?.connectedAt ?? session.connectedAt, session.connectedAt),
        lastInputAt: Math.max(known?.lastInputAt ?? session.lastInputAt, session.lastInputAt),
      });
    }
    const connected: ConnectedCharacter[] = [];
    for (const [id, time] of [...times].sort((a, b) => a[1].connectedAt - b[1].connectedAt)) {
      const info = this.byId(id);
      if (info) connected.push({ ...info, onSeconds: Math.floor((now - time.connectedAt) / 1000), idleSeconds: Math.floor((now - time.lastInputAt) / 1000) });
    }
    return connected;
  }

  byId(id: number): CharacterInfo | undefined {
    const object = this.world.get(id);
    return object?.kind === 'character' ? this.describe(object) : undefined;
  }

  /** By name, or else by a PennMUSH alias (ALIAS attribute) only one character has. */
  byName(name: string): CharacterInfo | undefined {
    const object = this.world.findCharacter(name) ?? characterByAlias(this.world, name);
    return object ? this.describe(object) : undefined;
  }

  private describe(object: WorldObject): CharacterInfo {
    return {
      id: object.id,
      name: object.name,
      role: this.accounts.roleOf(object.id),
      location: object.locationId,
      home: this.world.homeOf(object.id),
      connected: this.isConnected(object.id),
      pronouns: pronounsOf(object.attributes),
    };
  }
}
