// A bare `look` the core answers itself, so a server with no plugins still shows where you are.
// A plugin registering `look` takes precedence because plugin sources are asked first.
import { formatReference } from '../world/world-object.js';
import type { World } from '../world/world.js';
import type { CommandRequest, CommandSource } from './command-dispatcher.js';
import { styled } from './text-style.js';

export class FallbackLook implements CommandSource {
  readonly name = 'core-look';

  constructor(
    private readonly world: World,
    private readonly isConnected: (characterId: number) => boolean,
  ) {}

  async handle(request: CommandRequest): Promise<boolean> {
    const word = request.line.toLowerCase();
    if (word !== 'look' && word !== 'l') return false;
    request.session.write(this.describeRoomOf(request.characterId));
    return true;
  }

  describeRoomOf(characterId: number): string {
    const roomId = this.world.get(characterId)?.locationId;
    const room = roomId == null ? undefined : this.world.get(roomId);
    if (!room) return 'You are nowhere.';
    const lines = [`${styled('roomName', room.name)}(${formatReference(room.id)})`];
    if (room.description) lines.push(room.description);
    const present = this.world
      .charactersIn(room.id)
      .filter((character) => character.id !== characterId && this.isConnected(character.id))
      .map((character) => styled('character', character.name));
    if (present.length > 0) lines.push(`Present: ${present.join(', ')}`);
    const exits = this.world.exitsOf(room.id).map((exit) => styled('exit', exit.name));
    if (exits.length > 0) lines.push(`Obvious exits: ${exits.join(', ')}`);
    return lines.join('\n');
  }
}
