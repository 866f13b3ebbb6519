// @success, @osuccess, @fail, @ofail, @drop, @odrop, @move and @omove <object>[=<text>]:
// PennMUSH's shortcuts for the message attributes SUCC, OSUCC, FAIL and OFAIL (shown when someone
// passes or fails the object's basic lock: picking a thing up, going through an exit), DROP and
// ODROP (dropping a thing; arriving through an exit) and MOVE and OMOVE (the mover's own, after
// every walk). No text clears the message.
import { Command, fail, lookUpControlled } from '../../../pdk';
import { setOrClear } from './attribute';

export function cmd_success(): i32 {
  return setMessage('SUCC');
}

export function cmd_osuccess(): i32 {
  return setMessage('OSUCC');
}

export function cmd_fail(): i32 {
  return setMessage('FAIL');
}

export function cmd_ofail(): i32 {
  return setMessage('OFAIL');
}

export function cmd_drop_message(): i32 {
  return setMessage('DROP');
}

export function cmd_odrop(): i32 {
  return setMessage('ODROP');
}

export function cmd_move_message(): i32 {
  return setMessage('MOVE');
}

export function cmd_omove(): i32 {
  return setMessage('OMOVE');
}

function setMessage(attribute: string): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  return setOrClear(found.value!.id, found.value!.name, attribute, command.arg('text'));
}
