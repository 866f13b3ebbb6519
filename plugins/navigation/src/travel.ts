// Walking through an exit: the shared end of `go` and of exit names typed on their own.
import { ExitView, fail, moveObject } from '../../pdk';
import { showRoom } from './room-view';

/**
 * Moves the actor to the exit's destination and shows the room there. The core announces the
 * departure and arrival to both rooms itself, so nothing is emitted here.
 */
export function walkThrough(exit: ExitView, actorId: i64): i32 {
  if (exit.destination <= 0) return fail('That exit leads nowhere.');
  const moved = moveObject(0, exit.destination);
  if (!moved.ok) return fail(moved.errorMessage);
  // The actor's room in this call's input is where it stood before moving, so name the room.
  return showRoom(exit.destination, actorId);
}
