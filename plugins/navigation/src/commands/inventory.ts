// inventory: the things the actor carries.
import { Command, fail, objectById, reply } from '../../../pdk';

export function cmd_inventory(): i32 {
  const command = Command.read();
  const found = objectById(command.actor.id);
  if (!found.ok) return fail(found.error);
  const contents = found.value!.contents;
  const lines: string[] = ['You are carrying:'];
  for (let i = 0; i < contents.length; i++) if (contents[i].isThing) lines.push(contents[i].name);
  return reply(lines.length > 1 ? lines.join('\n') : "You aren't carrying anything.");
}
