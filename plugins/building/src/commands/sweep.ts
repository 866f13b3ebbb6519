// @sweep [connected|here|inventory]: who can hear the actor: the connected players in the room
// (a player who is not connected hears nothing) and, as Hearth has no listening objects yet,
// nothing the actor carries. The words work as switches too (@sweep/here).
import { Command, fail, reply, room } from '../../../pdk';

export function cmd_sweep(): i32 {
  const command = Command.read();
  const actor = command.actor;
  let option = command.arg('option').trim().toLowerCase();
  if (option.length == 0 && command.switches.length > 0) option = command.switches[0];
  if (option.length > 0 && option != 'connected' && option != 'here' && option != 'inventory') return fail('@sweep takes connected, here or inventory.');
  const lines: string[] = [];
  if (option != 'inventory') {
    const here = room();
    if (!here.ok) return fail(here.error);
    const place = here.value!;
    lines.push('Listening in ' + place.name + ':');
    let listed = 0;
    for (let i = 0; i < place.characters.length; i++) {
      const player = place.characters[i];
      if (player.id == actor.id || !player.connected) continue;
      lines.push('  ' + player.name + ' [player connected]');
      listed++;
    }
    if (listed == 0) lines.push('  Nobody else is listening.');
  }
  if (option == '' || option == 'inventory') {
    lines.push('Listening on your person:');
    lines.push('  Nothing you carry is listening.');
  }
  lines.push('---- Sweep done ----');
  return reply(lines.join('\n'));
}
