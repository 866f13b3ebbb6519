// How a bench player gets from the connect screen into the game on each server. Both take
// `create <name> <password>` at the connect screen; they differ in the screen itself and in what
// shows the player is in: Hearth shows "Welcome, <name>." and then the room, TinyMUX a welcome
// text ending with the room's bare name, so there the bench adds a `think` whose echo it waits for.
import { isRoomHeader } from '../load/commands.js';
import { LOGIN_REFUSALS } from '../load/player.js';

export type LoginProgress = 'waiting' | 'in' | 'refused';

export interface LoginAttempt {
  /** Lines to type, in order, right after the connect screen. */
  lines: string[];
  /** Told every line read after typing them, in order: whether the player is in yet, or was refused. */
  progress(line: string): LoginProgress;
}

export interface PeerLogin {
  /** True for the line that ends the connect screen; the bench types nothing before it. */
  endsConnectScreen(line: string): boolean;
  create(name: string, password: string): LoginAttempt;
}

export const HEARTH_LOGIN: PeerLogin = {
  endsConnectScreen: (line) => line.startsWith('QUIT'),
  create(name, password) {
    let welcomed = false;
    return {
      lines: [`create ${name} ${password}`],
      progress(line) {
        if (welcomed) return isRoomHeader(line) ? 'in' : 'waiting';
        if (LOGIN_REFUSALS.test(line)) return 'refused';
        welcomed = line === `Welcome, ${name}.`;
        return 'waiting';
      },
    };
  },
};

// What TinyMUX's connect screen answers a `create` it refuses (a name taken or not allowed,
// creation switched off); a `pcreate_per_hour` refusal shows a text file instead, and times out.
const TINYMUX_REFUSALS = /^Either there is already a player with that name|^That name is not allowed|creation is not allowed/;

export const TINYMUX_LOGIN: PeerLogin = {
  endsConnectScreen: (line) => line.trimStart().startsWith('"QUIT"'),
  create(name, password) {
    const ready = `bench-ready ${name}`;
    return {
      // Typed at the connect screen after a refused create, `think` is one more refused line.
      lines: [`create ${name} ${password}`, `think ${ready}`],
      progress: (line) => (line === ready ? 'in' : TINYMUX_REFUSALS.test(line) ? 'refused' : 'waiting'),
    };
  },
};
