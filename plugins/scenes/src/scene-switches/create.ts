// +scene/create <title>: a scene in the actor's room, with the actor taking part. A room holds one
// scene at a time until it ends.
import { Actor, characterCount, fail, intOf, room, unixMs, withoutControlCharacters } from '../../../pdk';
import { insertParticipant } from '../participants-table';
import { announce } from '../room-notice';
import { insertScene, sceneInRoom } from '../scenes-table';

export const MAX_TITLE = 80;

export function createScene(actor: Actor, rest: string): i32 {
  const title = withoutControlCharacters(rest).trim();
  if (title.length == 0) return fail('What is the scene called? Use +scene/create <title>.');
  if (characterCount(title) > MAX_TITLE) return fail('A scene title may be at most ' + MAX_TITLE.toString() + ' characters.');
  if (actor.location <= 0) return fail('You are nowhere; a scene needs a room.');
  const here = sceneInRoom(actor.location);
  if (here.problem.length > 0) return fail(here.problem);
  if (here.scene !== null) {
    const scene = here.scene!;
    return fail('Scene ' + scene.label + ' is already ' + scene.state + ' here; end it first (+scene/end ' + scene.id.toString() + ').');
  }
  const where = room(actor.location);
  const roomName = where.ok ? where.value!.name : '';
  const now = unixMs();
  const inserted = insertScene(title, actor.location, roomName, actor.id, actor.name, now);
  if (!inserted.ok) return fail(inserted.errorMessage);
  const rows = inserted.objects('rows');
  const id = rows.length > 0 ? intOf(rows[0], 'row_id') : 0;
  const joined = insertParticipant(id, [], actor.id, actor.name, now);
  if (!joined.ok) return fail(joined.errorMessage);
  const label = '#' + id.toString() + ' "' + title + '"';
  const others = actor.name + ' starts scene ' + label + ' here. +scene/join ' + id.toString() + ' to take part.';
  const own = 'You start scene ' + label + ' here, and take part in it. Everything said and posed here is logged until it ends (+scene/end ' + id.toString() + ').';
  return announce(actor.location, id, actor, others, own);
}
