// @whereis <player>: where a connected player is, unless they or their room are UNFINDABLE (then
// they are told someone tried). As in PennMUSH, a player who is found is told who found them;
// admins find anyone, unnoticed.
import { Command, character, fail, objectById, reply, send } from '../../../pdk';
import { hasFlag } from '../reach';

export function cmd_whereis(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const wanted = command.arg('player');
  const found = character(wanted.startsWith('*') ? wanted.substring(1) : wanted);
  if (!found.ok) return fail(found.notFoundAs('There is no player called "' + wanted + '".').error);
  const player = found.value!;
  if (!player.connected) return fail(player.name + ' is not connected.');
  const body = objectById(player.id);
  const place = objectById(player.location);
  if (!place.ok || !body.ok) return fail(player.name + "'s whereabouts could not be read; try again.");
  const room = place.value!;
  if (!actor.isAdmin && player.id != actor.id && (hasFlag(body.value!, 'UNFINDABLE') || hasFlag(room, 'UNFINDABLE'))) {
    // A reply, not a failure: a failed call would take back the notice.
    send(player.id, actor.name + ' tried to locate you and failed.');
    return reply('That player wishes to have some privacy.');
  }
  if (!actor.isAdmin && player.id != actor.id) send(player.id, actor.name + ' has just located your position.');
  return reply(player.name + ' is at: ' + room.name + '.');
}
