// home: takes the actor back to its home room.
import { Command, characterById, fail, moveObject } from '../../../pdk';
import { showRoom } from '../room-view';

export function cmd_home(): i32 {
  const command = Command.read();
  const found = characterById(command.actor.id);
  if (!found.ok) return fail(found.error);
  const homeId = found.value!.home;
  if (homeId <= 0) return fail('You have no home; ask a builder to set one.');
  if (homeId == command.actor.location) return fail('You are already home.');
  const moved = moveObject(0, homeId);
  if (!moved.ok) return fail(moved.errorMessage);
  return showRoom(homeId, command.actor, "There's no place like home...");
}
