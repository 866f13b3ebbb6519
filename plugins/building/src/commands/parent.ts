// @parent <object>[=<parent>]: sets (or, with no parent, clears) the object attributes are
// inherited from. The actor controls the object, and controls the parent or it is LINK_OK.
import { Command, fail, lookUp, lookUpControlled, reply, setParent } from '../../../pdk';

export function cmd_parent(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const wanted = command.arg('parent');
  let parentId: i64 = 0;
  if (wanted.length > 0 && wanted.toLowerCase() != 'none') {
    const parent = lookUp(wanted);
    if (!parent.ok) return fail(parent.error);
    parentId = parent.value!.id;
  }
  const answer = setParent(found.value!.id, parentId);
  if (!answer.ok) return fail(answer.errorMessage);
  return reply(parentId > 0 ? 'Parent changed.' : 'Parent cleared.');
}
