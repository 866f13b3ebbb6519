// go <exit>: walks through an exit of the actor's room.
import { Command, exitsOf, fail, findExit } from '../../../pdk';
import { walkThrough } from '../travel';

export function cmd_go(): i32 {
  const command = Command.read();
  const exits = exitsOf(0);
  if (!exits.ok) return fail(exits.error);
  const exit = findExit(exits.value!, command.arg('exit'));
  if (exit === null) return fail("You can't go that way.");
  return walkThrough(exit, command.actor);
}
