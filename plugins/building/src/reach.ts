// What builders reach beyond the room they stand in: an object named anywhere (a player by name,
// `*Bob` as PennMUSH writes it, or #12), flags read off an object, and whether someone passes one
// of its locks. Shared by @teleport, @link, give and the search commands.
import { E_OBJECT_NOT_FOUND, Found, ObjectView, builderData, character, lookUp, objectById, testLock } from '../../pdk';

/** `name` as lookUp finds it nearby, or else a player of that name anywhere (`*Bob` or `Bob`). */
export function lookUpAnywhere(name: string): Found<ObjectView> {
  const wanted = name.trim();
  const playerName = wanted.startsWith('*') ? wanted.substring(1).trim() : wanted;
  if (!wanted.startsWith('*')) {
    const nearby = lookUp(wanted);
    if (nearby.ok || nearby.code != E_OBJECT_NOT_FOUND) return nearby;
  }
  const player = character(playerName);
  if (!player.ok) return player.notFoundAs('I don\'t see "' + wanted + '" here.').refusal<ObjectView>();
  return objectById(player.value!.id);
}

/** Whether the object has the flag (upper case, `JUMP_OK`); false when it cannot be read. */
export function hasFlag(object: ObjectView, flag: string): bool {
  const data = builderData(object.id);
  return data.ok && data.value!.flags.includes(flag);
}

/** Whether `who` passes the object's lock of `type` (an object without that lock passes everyone). */
export function passesLock(object: ObjectView, type: string, who: i64): bool {
  const answer = testLock(object.id, type, who);
  return answer.ok && answer.bool('passed');
}
