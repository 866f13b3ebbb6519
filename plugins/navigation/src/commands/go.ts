// go <exit>: walks through an exit of the actor's room.
import { Command, fail, queryExits } from '../../../pdk';
import { findExit } from '../exit-match';
import { walkThrough } from '../travel';

export function go(): i32 {
  const command = Command.read();
  const exits = queryExits(0);
  if (!exits.ok) return fail(exits.errorMessage);
  const exit = findExit(exits.objects('exits'), command.arg('exit'));
  if (exit === null) return fail("You can't go that way.");
  return walkThrough(exit, command.actor.id);
}
