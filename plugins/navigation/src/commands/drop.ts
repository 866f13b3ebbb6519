// drop <thing>: puts down a thing the actor carries, in its room.
import { Command, fail, lookUp } from '../../../pdk';
import { carry } from '../carrying';

export function cmd_drop(): i32 {
  const command = Command.read();
  const found = lookUp(command.arg('thing'));
  if (!found.ok) return fail(found.error);
  const thing = found.value!;
  if (!thing.isThing || thing.location != command.actor.id) return fail("You aren't carrying that; type inventory to see what you carry.");
  if (command.actor.location <= 0) return fail('You are nowhere, so there is nowhere to drop it.');
  return carry(command.actor, thing, command.actor.location, 'drop', 'You drop ', ' drops ');
}
