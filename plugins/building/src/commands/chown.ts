// @chown <object>=<player>: gives an object to another player. Admins may give anything but a
// character; anyone else may take a CHOWN_OK room, exit or thing for themself (PennMUSH's rule),
// which then stops being CHOWN_OK.
import { Command, ObjectChanges, builderData, character, fail, lookUp, objectOf, permissionDenied, reply, setFlags, updateObject } from '../../../pdk';

export function cmd_chown(): i32 {
  const command = Command.read();
  const found = lookUp(command.arg('object'));
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  if (object.kind == 'character') return fail('Characters always own themselves.');
  const wanted = command.arg('player');
  const newOwner: i64 = wanted.toLowerCase() == 'me' ? command.actor.id : 0;
  let ownerId = newOwner;
  if (ownerId == 0) {
    const player = character(wanted);
    if (!player.ok) return fail(player.notFoundAs('There is no player called "' + wanted + '".').error);
    ownerId = player.value!.id;
  }
  let chownOk = false;
  if (!command.actor.isAdmin) {
    const data = builderData(object.id);
    if (!data.ok) return fail(data.error);
    chownOk = data.value!.flags.includes('CHOWN_OK');
    if (!chownOk || ownerId != command.actor.id) return fail(permissionDenied(object));
  }
  const changed = objectOf(updateObject(object.id, new ObjectChanges().owner(ownerId)));
  if (!changed.ok) return fail(changed.error);
  if (chownOk) setFlags(object.id, [], ['CHOWN_OK']);
  return reply('Owner changed.');
}
