// @role <name>=<role>: makes a character a player, builder or admin.
import { Command, fail, reply, setRole } from '../../../pdk';
import { lookUpCharacter } from '../character-lookup';

export function cmd_role(): i32 {
  const command = Command.read();
  const role = command.arg('role').toLowerCase();
  if (role != 'player' && role != 'builder' && role != 'admin') return fail('Roles are player, builder and admin.');
  const found = lookUpCharacter(command.arg('name'));
  if (!found.ok) return fail(found.error);
  const target = found.value!;
  // Were this the last admin, nobody could ever give the role back.
  if (target.id == command.actor.id && role != 'admin') return fail("You can't take away your own admin role.");
  if (target.role == role) return reply(target.name + ' is already ' + withArticle(role) + '.');
  const changed = setRole(target.id, role);
  if (!changed.ok) return fail(changed.errorMessage);
  return reply(target.name + ' is now ' + withArticle(role) + '.');
}

function withArticle(role: string): string {
  return (role == 'admin' ? 'an ' : 'a ') + role;
}
