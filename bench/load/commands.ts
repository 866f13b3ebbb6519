// What each action types, and the line of output that proves the server answered it: the
// round trip is measured from sending the line to reading that reply. Speech carries a unique
// token, so a player can only be answered by its own command; a look or a walk is answered by a
// room header ("Bench Room 3(#5)"), which nothing else prints. Wording follows the bundled plugins.
import type { ActionKind } from './profiles.js';

/** Actions, plus the two commands a player types once after logging in. */
export type CommandKind = ActionKind | 'go' | 'join';

export interface PlannedCommand {
  kind: CommandKind;
  text: string;
  isReply(line: string): boolean;
  /** Told the reply line, to remember what it says (a dug room's number). */
  onReply?(line: string): void;
}

/** What a player knows that its next command depends on. */
export interface PlayerContext {
  name: string;
  /** Exits of the room the player last saw. */
  exits: string[];
  channel: string | null;
  /** Rooms this player dug, by number, to describe. */
  ownRooms: number[];
  nextToken(): string;
  /** Another connected player's name, or null when alone. */
  somePeer(): string | null;
}

export type ErrorKind = 'timeout' | 'huh' | 'throttled' | 'refused' | 'plugin-failure' | 'server-failure' | 'disconnect' | 'login';

// A room's name and number, with its type and flag letters when the viewer may see them (`The Hearth(#1R)`).
const ROOM_HEADER = /^.+\(#\d+[A-Za-z"]*\)$/;
const MAX_OWN_ROOMS = 20;

export function planCommand(action: ActionKind, player: PlayerContext): PlannedCommand {
  switch (action) {
    case 'look':
      return { kind: 'look', text: 'look', isReply: (line) => ROOM_HEADER.test(line) };
    case 'walk': {
      const exit = player.exits.length > 0 ? player.exits[Math.floor(Math.random() * player.exits.length)]! : null;
      if (exit === null) return planCommand('look', player);
      return { kind: 'walk', text: `go ${exit}`, isReply: (line) => ROOM_HEADER.test(line) };
    }
    case 'say': {
      const message = chatter(player);
      const expected = `You say, "${message}"`;
      return { kind: 'say', text: `say ${message}`, isReply: (line) => line === expected };
    }
    case 'pose': {
      const action = `waves ${player.nextToken()}`;
      const expected = `${player.name} ${action}`;
      return { kind: 'pose', text: `pose ${action}`, isReply: (line) => line === expected };
    }
    case 'page': {
      const peer = player.somePeer();
      if (peer === null) return planCommand('say', player);
      const message = chatter(player);
      const expected = `You paged ${peer} with '${message}'.`;
      return { kind: 'page', text: `page ${peer}=${message}`, isReply: (line) => line === expected };
    }
    case 'channel': {
      if (player.channel === null) return planCommand('say', player);
      const message = chatter(player);
      const expected = `[${player.channel}] ${player.name} says, "${message}"`;
      return { kind: 'channel', text: `+${player.channel} ${message}`, isReply: (line) => line === expected };
    }
    case 'dig': {
      if (player.ownRooms.length >= MAX_OWN_ROOMS) return planCommand('describe', player);
      const room = `Workshop ${player.nextToken()}`;
      const created = new RegExp(`^${room} created with room number #(\\d+)\\.$`);
      return {
        kind: 'dig',
        text: `@dig ${room}`,
        isReply: (line) => created.test(line),
        onReply: (line) => player.ownRooms.push(Number(created.exec(line)![1])),
      };
    }
    case 'describe': {
      const room = player.ownRooms[Math.floor(Math.random() * player.ownRooms.length)];
      if (room === undefined) return planCommand('dig', player);
      const ending = `(#${room}).`;
      return {
        kind: 'describe',
        text: `@describe #${room}=A bare workshop, swept on ${player.nextToken()}.`,
        isReply: (line) => line.startsWith('Description set for ') && line.endsWith(ending),
      };
    }
  }
}

/** Walks through a named exit (the first move into the player's assigned room). */
export function planGo(exit: string): PlannedCommand {
  return { kind: 'go', text: `go ${exit}`, isReply: (line) => ROOM_HEADER.test(line) };
}

export function planJoin(channel: string): PlannedCommand {
  const expected = `You join channel ${channel}.`;
  return { kind: 'join', text: `@channel/join ${channel}`, isReply: (line) => line === expected };
}

/**
 * The kind of failure a line reports, or null for ordinary output. These lines only ever go to
 * the player whose command caused them, so one arriving means that player's command failed.
 */
export function classifyErrorLine(line: string): ErrorKind | null {
  if (line.startsWith('Huh?')) return 'huh';
  if (line.startsWith('Input backlog full:') || /exceeded its limit of \d+/.test(line)) {
    return 'throttled';
  }
  if (line.startsWith("That didn't work:")) return 'plugin-failure';
  if (line.startsWith('Something went wrong') || line.startsWith('The database cannot be reached')) return 'server-failure';
  if (
    line.startsWith('Permission denied') ||
    line === "You can't go that way." ||
    line.endsWith(' is not connected.') ||
    line.startsWith('You are not on channel') ||
    line.startsWith('There is no channel called') ||
    line.startsWith("I don't see")
  ) {
    return 'refused';
  }
  return null;
}

/** A readable message with a unique token in it. */
function chatter(player: PlayerContext): string {
  return `bench chatter ${player.nextToken()}`;
}

/** The exits named on the line under "Obvious exits:" in a room view. */
export function exitsFrom(line: string): string[] {
  return line
    .split(',')
    .map((exit) => exit.trim())
    .filter((exit) => exit.length > 0);
}

export function isRoomHeader(line: string): boolean {
  return ROOM_HEADER.test(line);
}
