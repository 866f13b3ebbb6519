// Turns a stored event into the text one viewer sees. Events that are meant to be read carry
// `payload.text` (what everyone sees) and may carry `payload.self_text` (what the actor sees) and
// `payload.exclude` (character ids who see nothing); other events are data and render as nothing.
import type { HearthEvent } from '../events/event.js';

export function renderEventFor(event: HearthEvent, viewerId: number): string | null {
  const payload = event.payload;
  if (Array.isArray(payload['exclude']) && payload['exclude'].includes(viewerId)) return null;
  const isActor = event.actor.kind === 'character' && event.actor.id === String(viewerId);
  if (isActor && typeof payload['self_text'] === 'string') return payload['self_text'];
  return typeof payload['text'] === 'string' ? payload['text'] : null;
}

/** `[14:05]`, in UTC so every player reading a replay sees the same clock. */
export function formatEventTime(event: HearthEvent): string {
  return `[${event.timestamp.slice(11, 16)}]`;
}
