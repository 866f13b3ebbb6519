// @destroy <object>: destroys a room, exit or thing the actor controls. The world refuses
// characters and the starting room itself; its reason is shown as it comes.
import { Command, destroyObject, fail, lookUpControlled, reply } from '../../../pdk';

export function cmd_destroy(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  // Destroying cannot be undone, so it is the call's only change.
  const destroyed = destroyObject(object.id);
  if (!destroyed.ok) return fail(destroyed.errorMessage);
  return reply('Destroyed ' + object.label + '.');
}
