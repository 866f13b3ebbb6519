// How the core's transport-neutral session data becomes GMCP packages, in the shapes MUD clients
// and their mappers already read (IRE's Room.Info and Room.Players, Char.Name, Comm.Channel.Text).
import type { SessionMessage } from '../../core/sessions/session-data.js';

export interface GmcpOutgoing {
  package: string;
  data: unknown;
}

export function gmcpFor(message: SessionMessage): GmcpOutgoing[] {
  switch (message.topic) {
    case 'char':
      return [{ package: 'Char.Name', data: { name: message.data.name, fullname: message.data.name } }];
    case 'room': {
      const room = message.data;
      // Mappers key exits by direction and expect room numbers; unlinked exits lead nowhere yet.
      const exits: Record<string, number> = {};
      for (const exit of room.exits) if (exit.to !== null) exits[exit.name.toLowerCase()] = exit.to;
      return [
        { package: 'Room.Info', data: { num: room.id, name: room.name, area: '', desc: room.description, exits } },
        { package: 'Room.Players', data: playerList(room.players) },
      ];
    }
    case 'room.players':
      return [{ package: 'Room.Players', data: playerList(message.data.players) }];
    case 'channel':
      return [{ package: 'Comm.Channel.Text', data: message.data }];
    case 'event':
    case 'resume':
    case 'resume.revoked':
      // Raw events are the websocket's business; resume tokens are for the browser only.
      return [];
  }
}

function playerList(players: Array<{ name: string }>): Array<{ name: string; fullname: string }> {
  return players.map((player) => ({ name: player.name, fullname: player.name }));
}
