// Moving a thing between the room and the actor's hands, and telling the room.
import { Actor, JsonWriter, ObjectView, emit, fail, moveObject, reply } from '../../pdk';

/**
 * Moves `thing` to `destination` (the actor or its room), then tells the others in the room
 * `<actor><othersVerb><thing>.` (or `<actor> <othersMessage>`) with a `type` event and the actor
 * `<selfVerb><thing>.` (or `selfMessage`). The move comes first: if anything fails after it, the
 * core undoes the move and drops the event.
 */
export function carry(actor: Actor, thing: ObjectView, destination: i64, type: string, selfVerb: string, othersVerb: string, selfMessage: string = '', othersMessage: string = ''): i32 {
  const moved = moveObject(thing.id, destination);
  if (!moved.ok) return fail(moved.errorMessage);
  const othersText = othersMessage.length > 0 ? actor.name + ' ' + othersMessage : actor.name + othersVerb + thing.name + '.';
  const payload = new JsonWriter()
    .str('text', othersText)
    .raw('exclude', '[' + actor.id.toString() + ']')
    .int('object', thing.id)
    .str('name', thing.name)
    .end();
  const emitted = emit('location:' + actor.location.toString(), type, payload);
  if (!emitted.ok) return fail(emitted.errorMessage);
  // A thing's SUCC message, when it has one, is what the actor reads instead.
  return reply(selfMessage.length > 0 ? selfMessage : selfVerb + thing.name + '.');
}
