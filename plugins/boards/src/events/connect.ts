// At login (the core's `connect` event in the character's room), tells the character which
// boards hold messages they have not read. Other plugins hear the event too: it is never handled
// here, and a failure only means no notice.
import { GameEvent, characterById, notHandled, send } from '../../../pdk';
import { summariesFor } from '../board-summaries';
import { isDigits } from '../numbers';

export function on_connect(): i32 {
  const event = GameEvent.read();
  if (!event.byCharacter || !isDigits(event.actorId) || event.actorId.length > 15) return notHandled();
  const found = characterById(I64.parseInt(event.actorId));
  if (!found.ok) return notHandled();
  const character = found.value!;
  const summaries = summariesFor(character.id, character.role);
  if (summaries.error.length > 0) return notHandled();
  const unread = summaries.withUnread;
  if (unread.length == 0) return notHandled();
  const boards: string[] = [];
  for (let i = 0; i < unread.length; i++) boards.push(unread[i].board.name + ' (' + unread[i].unread.length.toString() + ')');
  send(character.id, 'You have unread posts on: ' + boards.join(', ') + '. +bbnext reads the first, +bbscan lists them.');
  return notHandled();
}
