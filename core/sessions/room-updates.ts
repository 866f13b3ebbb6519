// Keeps clients' room panels and maps current: the viewer's room after login and every move
// (`room`), and who is present after someone comes or goes (`room.players`).
import type { World } from '../world/world.js';
import { describeRoom, playersIn } from './room-info.js';
import type { Session } from './session.js';

export interface ConnectedSessions {
  sessionsOf(characterId: number): Session[];
  isConnected(characterId: number): boolean;
}

export class RoomUpdates {
  constructor(
    private readonly world: World,
    private readonly connected: ConnectedSessions,
  ) {}

  /** Sends a session the room its character is in. */
  sendRoom(session: Session): void {
    const characterId = session.characterId;
    const roomId = characterId === null ? null : this.world.get(characterId)?.locationId;
    if (roomId == null) return;
    const info = describeRoom(this.world, roomId, (id) => this.connected.isConnected(id));
    if (info) session.sendData('room', info);
  }

  /** Tells everyone in a room (but `exceptCharacterId`) who is there now. */
  playersChanged(roomId: number | null, exceptCharacterId?: number): void {
    if (roomId === null || this.world.get(roomId)?.kind !== 'room') return;
    const players = playersIn(this.world, roomId, (id) => this.connected.isConnected(id));
    for (const player of players) {
      if (player.id === exceptCharacterId) continue;
      for (const session of this.connected.sessionsOf(player.id)) session.sendData('room.players', { roomId, players });
    }
  }
}
