// Characters as plugins see them: name, role, where they are, whether anyone is playing them.
import type { Accounts } from '../auth/accounts.js';
import type { CharacterDirectory, CharacterInfo } from '../plugins/host-services.js';
import type { World } from '../world/world.js';
import type { WorldObject } from '../world/world-object.js';

export class LiveCharacterDirectory implements CharacterDirectory {
  constructor(
    private readonly world: World,
    private readonly accounts: Accounts,
    private readonly isConnected: (characterId: number) => boolean,
  ) {}

  byId(id: number): CharacterInfo | undefined {
    const object = this.world.get(id);
    return object?.kind === 'character' ? this.describe(object) : undefined;
  }

  byName(name: string): CharacterInfo | undefined {
    const object = this.world.findCharacter(name);
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
    };
  }
}
