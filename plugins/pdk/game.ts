// Talking to Hearth: emit events, send text, read and change the world, keep data, reach the web,
// log. Each returns a HostReply; check `reply.ok` and show `reply.errorMessage` when it is not.
import { callHost, HostReply } from './host-reply';
import * as host from './host-imports';
import { jsonQuote, JsonWriter } from './json-writer';

/** Appends an event (needs `emit:<stream>`). `payloadJson` is a JSON object, e.g. from JsonWriter. */
export function emit(stream: string, type: string, payloadJson: string): HostReply {
  return callHost(host.emit_event, new JsonWriter().str('stream', stream).str('type', type).raw('payload', payloadJson).end());
}

/** Text to the player whose command this is. */
export function tell(text: string): HostReply {
  return callHost(host.send, new JsonWriter().str('text', text).end());
}

/** Text to any character's sessions (needs `emit:character:*` unless it is the actor). */
export function send(characterId: i64, text: string): HostReply {
  return callHost(host.send, new JsonWriter().int('character', characterId).str('text', text).end());
}

/** A room with its exits, characters and things; 0 means the actor's room (needs `read:locations`). */
export function queryLocation(roomId: i64 = 0): HostReply {
  return callHost(host.query_location, roomId > 0 ? new JsonWriter().int('id', roomId).end() : '{}');
}

/** An object by id (needs `read:objects`). */
export function queryObject(id: i64): HostReply {
  return callHost(host.query_object, new JsonWriter().int('id', id).end());
}

/** An object as the actor names it: `me`, `here`, `#12`, or a name nearby (needs `read:objects`). */
export function findObject(name: string): HostReply {
  return callHost(host.query_object, new JsonWriter().str('name', name).end());
}

/** A character by name (needs `read:characters`). */
export function queryCharacter(name: string): HostReply {
  return callHost(host.query_character, new JsonWriter().str('name', name).end());
}

/** Every connected character with `on_seconds` and `idle_seconds` (needs `read:characters`). */
export function queryWho(): HostReply {
  return callHost(host.query_who, '{}');
}

export function queryCharacterById(id: i64): HostReply {
  return callHost(host.query_character, new JsonWriter().int('id', id).end());
}

/** The exits of a room; 0 means the actor's room (needs `read:locations`). */
export function queryExits(roomId: i64 = 0): HostReply {
  return callHost(host.query_exits, roomId > 0 ? new JsonWriter().int('id', roomId).end() : '{}');
}

/** Moves an object (0: the actor) to a room (needs `write:objects`). */
export function moveObject(id: i64, destination: i64): HostReply {
  const writer = new JsonWriter().int('destination', destination);
  if (id > 0) writer.int('id', id);
  return callHost(host.move_object, writer.end());
}

/** What to create: `new NewObject('exit', 'North;n').location(room).destination(other)`. */
export class NewObject {
  private readonly writer: JsonWriter;

  /** `kind` is room, exit or thing; `name` may carry aliases after semicolons (`North;n`). */
  constructor(kind: string, name: string) {
    this.writer = new JsonWriter().str('kind', kind).str('name', name);
  }

  description(text: string): NewObject {
    this.writer.str('description', text);
    return this;
  }

  /** Where an exit or thing is put (default: the actor's room); a thing may be put in a character. */
  location(id: i64): NewObject {
    this.writer.int('location', id);
    return this;
  }

  /** Where an exit leads. */
  destination(id: i64): NewObject {
    this.writer.int('destination', id);
    return this;
  }

  json(): string {
    return this.writer.end();
  }
}

/** Creates a room, exit or thing, owned by the actor (needs `write:objects`); answers `object`. */
export function createObject(spec: NewObject): HostReply {
  return callHost(host.create_object, spec.json());
}

/** What to change: `new ObjectChanges().name('Kitchen').description('Warm.')`; unset fields stay. */
export class ObjectChanges {
  private readonly writer: JsonWriter = new JsonWriter();

  name(text: string): ObjectChanges {
    this.writer.str('new_name', text);
    return this;
  }

  description(text: string): ObjectChanges {
    this.writer.str('description', text);
    return this;
  }

  /** Where an exit leads; 0 unlinks it. */
  destination(id: i64): ObjectChanges {
    if (id > 0) this.writer.int('destination', id);
    else this.writer.nil('destination');
    return this;
  }

  owner(id: i64): ObjectChanges {
    this.writer.int('owner', id);
    return this;
  }

  json(id: i64): string {
    return this.writer.int('id', id).end();
  }
}

/** Changes an object (needs `write:objects`); answers `object`. */
export function updateObject(id: i64, changes: ObjectChanges): HostReply {
  return callHost(host.update_object, changes.json(id));
}

/** Sets an attribute to a JSON value (`null` clears it) (needs `write:objects`). */
export function setAttribute(id: i64, key: string, valueJson: string): HostReply {
  return callHost(host.set_attribute, '{"id":' + id.toString() + ',"key":' + jsonQuote(key) + ',"value":' + valueJson + '}');
}

export function destroyObject(id: i64): HostReply {
  return callHost(host.destroy_object, new JsonWriter().int('id', id).end());
}

/** This plugin's stored value for `key`; `reply.bool('found')` says whether there was one (needs `kv:read`). */
export function kvGet(key: string): HostReply {
  return callHost(host.kv_get, new JsonWriter().str('key', key).end());
}

export function kvSet(key: string, value: string): HostReply {
  return callHost(host.kv_set, new JsonWriter().str('key', key).str('value', value).end());
}

export function kvDelete(key: string): HostReply {
  return callHost(host.kv_delete, new JsonWriter().str('key', key).end());
}

/** GET a URL on an allowed domain (needs `http:get:<domain>`); answers `status` and `body`. */
export function httpGet(url: string): HostReply {
  return callHost(host.http_get, new JsonWriter().str('url', url).end());
}

export function httpPost(url: string, body: string): HostReply {
  return callHost(host.http_post, new JsonWriter().str('url', url).str('body', body).end());
}

/** Writes to the server log under this plugin's name (rate limited). */
export function log(level: string, message: string): void {
  callHost(host.log, new JsonWriter().str('level', level).str('message', message).end());
}
