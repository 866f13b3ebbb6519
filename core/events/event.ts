// What an event is, and the names of the streams events live on.
import { StreamInvalidError } from '../errors.js';

export type ActorKind = 'character' | 'system' | 'plugin';

export interface Actor {
  kind: ActorKind;
  id: string;
}

export type EventPayload = Record<string, unknown>;

export interface HearthEvent {
  /** ULID: sortable by time, and strictly increasing within this process. */
  id: string;
  stream: string;
  type: string;
  /** ISO 8601. */
  timestamp: string;
  actor: Actor;
  payload: EventPayload;
  /**
   * How many plugin event handlers led to this event (0 or absent for events a player or the
   * core caused). Held in memory only, to cut runaway chains; not stored.
   */
  hops?: number;
}

export type NewEvent = Pick<HearthEvent, 'stream' | 'type' | 'actor' | 'payload' | 'hops'>;

export const SYSTEM_STREAM = 'system';
export const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'core' };

export function locationStream(roomId: number): string {
  return `location:${roomId}`;
}

export function characterStream(characterId: number): string {
  return `character:${characterId}`;
}

export function channelStream(channelName: string): string {
  return `channel:${channelName.toLowerCase()}`;
}

export function characterActor(characterId: number): Actor {
  return { kind: 'character', id: String(characterId) };
}

const STREAM_PATTERN = /^(system|location:\d{1,12}|character:\d{1,12}|channel:[a-z0-9_-]{1,32})$/;

export function isValidStream(stream: string): boolean {
  return STREAM_PATTERN.test(stream);
}

export function assertValidStream(stream: string): void {
  if (!isValidStream(stream)) throw new StreamInvalidError(stream);
}

const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9_.:-]{0,63}$/;

export function isValidEventType(type: string): boolean {
  return EVENT_TYPE_PATTERN.test(type);
}
