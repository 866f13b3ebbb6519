// A line no command took that names an exit (`north`, `n`) walks through it, as in PennMUSH.
// Offered every unmatched line, so it is cheap and anything it does not recognise passes on.
import { Command, MAX_OBJECT_NAME_LENGTH, exitsOf, findExit, pass } from '../../../pdk';
import { walkThrough } from '../travel';

export function on_unmatched(): i32 {
  const command = Command.read();
  const line = command.rest.trim();
  if (line.length == 0 || line.length > MAX_OBJECT_NAME_LENGTH) return pass();
  const exits = exitsOf(0);
  if (!exits.ok) return pass();
  const exit = findExit(exits.value!, line);
  if (exit === null) return pass();
  return walkThrough(exit, command.actor);
}
