// @destroy <object>: destroys a room, exit or thing the actor controls. The world refuses
// characters and the starting room itself; its reason is shown as it comes.
import { Command, destroyObject, fail, reply } from '../../../pdk';
import { lookUp } from '../object-lookup';
import { controls, permissionDenied } from '../permissions';

export function destroy_command(): i32 {
  const command = Command.read();
  const lookup = lookUp(command.arg('object'));
  const object = lookup.found;
  if (object === null) return fail(lookup.error);
  if (!controls(command.actor, object)) return fail(permissionDenied(object));
  // Destroying cannot be undone, so it is the call's only change.
  const destroyed = destroyObject(object.id);
  if (!destroyed.ok) return fail(destroyed.errorMessage);
  return reply('Destroyed ' + object.label + '.');
}
