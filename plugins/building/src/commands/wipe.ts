// @wipe <object>[/<pattern>]: clears every attribute (or those matching the wildcard pattern)
// on an object the actor controls, as PennMUSH's @wipe does.
import { Command, builderData, clearAttribute, fail, lookUpControlled, reply } from '../../../pdk';

export function cmd_wipe(): i32 {
  const command = Command.read();
  const target = command.arg('object');
  const slash = target.indexOf('/');
  const found = lookUpControlled(command.actor, slash >= 0 ? target.substring(0, slash) : target);
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  const pattern = slash >= 0 ? target.substring(slash + 1).trim() : '';
  const data = builderData(object.id, pattern);
  if (!data.ok) return fail(data.error);
  const attributes = data.value!.attributes;
  let wiped = 0;
  let kept = 0;
  for (let i = 0; i < attributes.length; i++) {
    if (clearAttribute(object.id, attributes[i].name).ok) wiped++;
    else kept++;
  }
  if (attributes.length == 0) return reply('No matching attributes on ' + object.label + '.');
  const note = kept > 0 ? ' ' + kept.toString() + ' locked attribute' + (kept == 1 ? ' was' : 's were') + ' kept.' : '';
  return reply('Attributes wiped: ' + wiped.toString() + ' from ' + object.label + '.' + note);
}
