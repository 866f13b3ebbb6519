// Walking through an exit: the shared end of `go` and of exit names typed on their own.
import { Actor, ExitView, fail, messagesOf, moveObject, reply, runActions, tell } from '../../pdk';
import { tryBasicLock } from './basic-lock';
import { tellOthers } from './object-messages';
import { showRoom } from './room-view';

/**
 * Moves the actor to the exit's destination, if they pass its basic lock, and shows the room
 * there. The core announces the departure and arrival to both rooms itself; the exit's OSUCC or
 * OFAIL is told to the room left (basic-lock.ts), and on arrival, as in PennMUSH, the exit's DROP
 * and the mover's own MOVE to the mover, and ODROP and OMOVE to the room arrived in; the exit's
 * ADROP and the mover's AMOVE are set off.
 */
export function walkThrough(exit: ExitView, actor: Actor): i32 {
  if (exit.destination <= 0) return fail('That exit leads nowhere.');
  const lock = tryBasicLock(actor, exit.id, ['DROP', 'ODROP']);
  if (lock.error.length > 0) return fail(lock.error);
  // A refusal by the lock is a reply, not a failed call, so the room still hears the OFAIL.
  if (!lock.passed) return reply(lock.message.length > 0 ? lock.message : "You can't go that way.");
  if (lock.message.length > 0) tell(lock.message);
  const moved = moveObject(0, exit.destination);
  if (!moved.ok) return fail(moved.errorMessage);
  const own = messagesOf(actor.id, ['MOVE', 'OMOVE']);
  const dropped = tellOthers(exit.destination, actor, lock.messages.get('ODROP'), 'exit.drop', exit.id);
  if (dropped !== null && !dropped.ok) return fail(dropped.errorMessage);
  const movedNote = tellOthers(exit.destination, actor, own.get('OMOVE'), 'move', actor.id);
  if (movedNote !== null && !movedNote.ok) return fail(movedNote.errorMessage);
  runActions(exit.id, ['ADROP']);
  runActions(actor.id, ['AMOVE']);
  const arrival: string[] = [];
  const drop = lock.messages.get('DROP');
  if (drop.length > 0) arrival.push(drop);
  const move = own.get('MOVE');
  if (move.length > 0) arrival.push(move);
  // The actor's room in this call's input is where it stood before moving, so name the room.
  // PennMUSH shows the new room first, then the exit's DROP and the mover's MOVE.
  return showRoom(exit.destination, actor, '', arrival.join('\n'));
}
