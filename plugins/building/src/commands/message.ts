// @success, @osuccess, @fail and @ofail <object>[=<text>]: PennMUSH's shortcuts for the message
// attributes SUCC, OSUCC, FAIL and OFAIL, shown when someone passes or fails the object's basic
// lock (picking a thing up, going through an exit). No text clears the message.
import { Command, fail, lookUpControlled } from '../../../pdk';
import { setOrClear } from './attribute';

export function cmd_message(): i32 {
  const command = Command.read();
  const attribute = attributeFor(command.name);
  if (attribute.length == 0) return fail('That message is not one this command knows.');
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  return setOrClear(found.value!.id, found.value!.name, attribute, command.arg('text'));
}

function attributeFor(commandName: string): string {
  if (commandName == '@success') return 'SUCC';
  if (commandName == '@osuccess') return 'OSUCC';
  if (commandName == '@fail') return 'FAIL';
  if (commandName == '@ofail') return 'OFAIL';
  return '';
}
