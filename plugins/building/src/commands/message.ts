// @success, @osuccess, @fail, @ofail, @drop, @odrop, @move, @omove, @idesc, @enter, @oenter,
// @oxenter, @leave, @oleave and @oxleave <object>[=<text>]: PennMUSH's shortcuts for the message
// attributes SUCC, OSUCC, FAIL and OFAIL (shown when someone passes or fails the object's basic
// lock: picking a thing up, going through an exit), DROP and ODROP (dropping a thing; arriving
// through an exit), MOVE and OMOVE (the mover's own, after every walk), IDESC (a thing seen from
// inside) and the ENTER and LEAVE families (stepping into and out of a thing); and @asuccess,
// @afailure, @adrop, @amove, @aenter and @aleave for the action lists (softcode) set off beside
// them. No text clears the attribute.
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

export function cmd_drop(): i32 {
  return setMessage('DROP');
}

export function cmd_odrop(): i32 {
  return setMessage('ODROP');
}

export function cmd_move(): i32 {
  return setMessage('MOVE');
}

export function cmd_omove(): i32 {
  return setMessage('OMOVE');
}

export function cmd_idesc(): i32 {
  return setMessage('IDESC');
}

export function cmd_enter(): i32 {
  return setMessage('ENTER');
}

export function cmd_oenter(): i32 {
  return setMessage('OENTER');
}

export function cmd_oxenter(): i32 {
  return setMessage('OXENTER');
}

export function cmd_leave(): i32 {
  return setMessage('LEAVE');
}

export function cmd_oleave(): i32 {
  return setMessage('OLEAVE');
}

export function cmd_oxleave(): i32 {
  return setMessage('OXLEAVE');
}

export function cmd_asuccess(): i32 {
  return setMessage('ASUCC');
}

export function cmd_afailure(): i32 {
  return setMessage('AFAIL');
}

export function cmd_adrop(): i32 {
  return setMessage('ADROP');
}

export function cmd_amove(): i32 {
  return setMessage('AMOVE');
}

export function cmd_aenter(): i32 {
  return setMessage('AENTER');
}

export function cmd_aleave(): i32 {
  return setMessage('ALEAVE');
}

function setMessage(attribute: string): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  return setOrClear(found.value!.id, found.value!.name, attribute, command.arg('text'));
}
