// Walking through an exit: the shared end of `go` and of exit names typed on their own.
import { Actor, ExitView, fail, moveObject, reply, tell } from '../../pdk';
import { tryBasicLock } from './basic-lock';
import { showRoom } from './room-view';

/**
 * Moves the actor to the exit's destination, if they pass its basic lock, and shows the room
 * there. The core announces the departure and arrival to both rooms itself; the exit's OSUCC or
 * OFAIL is told to the room left (basic-lock.ts).
 */
export function walkThrough(exit: ExitView, actor: Actor): i32 {
  const actorId = actor.id;
  if (exit.destination <= 0) return fail('That exit leads nowhere.');
  const lock = tryBasicLock(actor, exit.id);
  if (lock.error.length > 0) return fail(lock.error);
  // A refusal by the lock is a reply, not a failed call, so the room still hears the OFAIL.
  if (!lock.passed) return reply(lock.message.length > 0 ? lock.message : "You can't go that way.");
  if (lock.message.length > 0) tell(lock.message);
  const moved = moveObject(0, exit.destination);
  if (!moved.ok) return fail(moved.errorMessage);
  // The actor's room in this call's input is where it stood before moving, so name the room.
  return showRoom(exit.destination, actorId);
}
