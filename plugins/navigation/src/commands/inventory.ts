// inventory: the things the actor carries.
import { Command, fail, objectsIn, queryObject, reply, strOf } from '../../../pdk';

export function inventory(): i32 {
  const command = Command.read();
  const answer = queryObject(command.actor.id);
  const self = answer.ok ? answer.obj('object') : null;
  if (self === null) return fail(answer.ok ? 'You could not be read; try again.' : answer.errorMessage);
  const contents = objectsIn(self.getArr('contents'));
  const lines: string[] = ['You are carrying:'];
  for (let i = 0; i < contents.length; i++) {
    if (strOf(contents[i], 'kind') == 'thing') lines.push(strOf(contents[i], 'name'));
  }
  return reply(lines.length > 1 ? lines.join('\n') : "You aren't carrying anything.");
}
