// home: takes the actor back to its home room.
import { Command, fail, intOf, moveObject, queryCharacterById } from '../../../pdk';
import { showRoom } from '../room-view';

export function home(): i32 {
  const command = Command.read();
  const answer = queryCharacterById(command.actor.id);
  if (!answer.ok) return fail(answer.errorMessage);
  const character = answer.obj('character');
  const homeId = character === null ? 0 : intOf(character, 'home');
  if (homeId <= 0) return fail('You have no home; ask a builder to set one.');
  if (homeId == command.actor.location) return fail('You are already home.');
  const moved = moveObject(0, homeId);
  if (!moved.ok) return fail(moved.errorMessage);
  return showRoom(homeId, command.actor.id, "There's no place like home...");
}
