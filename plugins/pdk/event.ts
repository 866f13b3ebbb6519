// An event as an event handler receives it. Read it with `GameEvent.read()`; finish with
// `handled()` (stop the chain) or `notHandled()`.
import { Host } from '@extism/as-pdk';
import { JSON } from './json';
import { JsonWriter } from './json-writer';
import { writeOutput } from './command';

export class GameEvent {
  constructor(
    public id: string,
    public stream: string,
    public type: string,
    /** `character`, `system` or `plugin`. */
    public actorKind: string,
    public actorId: string,
    public payload: JSON.Obj,
    public hops: i64,
  ) {}

  static read(): GameEvent {
    const parsed = JSON.parseBytes(Host.input());
    const input = parsed.isObj ? <JSON.Obj>parsed : new JSON.Obj();
    const event = input.getObj('event');
    const hops = input.getInteger('hops');
    if (event === null) return new GameEvent('', '', '', '', '', new JSON.Obj(), 0);
    const actor = event.getObj('actor');
    const payload = event.getObj('payload');
    return new GameEvent(
      text(event, 'id'),
      text(event, 'stream'),
      text(event, 'type'),
      actor === null ? '' : text(actor, 'kind'),
      actor === null ? '' : text(actor, 'id'),
      payload === null ? new JSON.Obj() : payload,
      hops === null ? 0 : hops.valueOf(),
    );
  }

  /** A string field of the payload, or ''. */
  str(key: string): string {
    return text(this.payload, key);
  }

  /** An integer field of the payload, or 0. */
  int(key: string): i64 {
    const value = this.payload.getInteger(key);
    return value === null ? 0 : value.valueOf();
  }

  get byCharacter(): bool {
    return this.actorKind == 'character';
  }
}

export function handled(): i32 {
  return writeOutput(new JsonWriter().bool('handled', true).end());
}

export function notHandled(): i32 {
  return writeOutput(new JsonWriter().bool('handled', false).end());
}

function text(object: JSON.Obj, key: string): string {
  const value = object.getString(key);
  return value === null ? '' : value.valueOf();
}
