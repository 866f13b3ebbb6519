// The leave and arrive events a character's move between places (rooms, or things entered)
// produces, on the two places' streams.
import { type Actor, type NewEvent, locationStream } from '../events/event.js';
import type { WorldObject } from './world-object.js';

export function moveAnnouncements(character: WorldObject, fromId: number | null, actor: Actor, fromPlace: boolean): NewEvent[] {
  const base = { object: character.id, name: character.name, exclude: [character.id] };
  const events: NewEvent[] = [];
  if (fromId !== null && fromPlace) {
    events.push({
      stream: locationStream(fromId),
      type: 'leave',
      actor,
      payload: { ...base, to: character.locationId, text: `${character.name} has left.` },
    });
  }
  events.push({
    stream: locationStream(character.locationId!),
    type: 'arrive',
    actor,
    payload: { ...base, from: fromId, text: `${character.name} has arrived.` },
  });
  return events;
}
