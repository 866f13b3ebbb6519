// Searching the world (`search_objects`) and setting homes (`set_home`): what @find, @search,
// @entrances and `@link me=<room>` are built on. A search answers at most `limit` objects (up to
// 500), oldest first; `truncated` says more matched, and `after(lastId)` pages on.
import { callHost, HostReply, intOf, strOf, stringsIn } from './host-reply';
import * as host from './host-imports';
import { JSON } from './json';
import { JsonWriter } from './json-writer';

/** One object a search found. */
export class SearchHit {
  constructor(
    public id: i64,
    public kind: string,
    public name: string,
    /** 0 when nobody owns it. */
    public owner: i64,
    /** 0 for rooms. */
    public location: i64,
    /** 0 unless it is a linked exit. */
    public destination: i64,
    public flags: string[],
    /** PennMUSH's type and flag letters (`RJ`). */
    public letters: string,
  ) {}

  static from(object: JSON.Obj): SearchHit {
    return new SearchHit(intOf(object, 'id'), strOf(object, 'kind'), strOf(object, 'name'), intOf(object, 'owner'), intOf(object, 'location'), intOf(object, 'destination'), stringsIn(object.getArr('flags')), strOf(object, 'letters'));
  }

  /** `Kitchen(#12)`. */
  get label(): string {
    return this.name + '(#' + this.id.toString() + ')';
  }
}

/** What to look for: `new ObjectSearch().kind('room').name('kit*')`; every field given must match. */
export class ObjectSearch {
  private readonly writer: JsonWriter = new JsonWriter();
  private readonly flagNames: string[] = [];

  owner(id: i64): ObjectSearch {
    this.writer.int('owner', id);
    return this;
  }

  /** `room`, `exit`, `thing` or `character`. */
  kind(kind: string): ObjectSearch {
    this.writer.str('kind', kind);
    return this;
  }

  /** A wildcard pattern (`*`, `?`) against the whole name, otherwise a part of it; case is ignored. */
  name(text: string): ObjectSearch {
    this.writer.str('name', text);
    return this;
  }

  /** A flag every object found must have (up to 8). */
  flag(name: string): ObjectSearch {
    this.flagNames.push(name);
    return this;
  }

  location(id: i64): ObjectSearch {
    this.writer.int('location', id);
    return this;
  }

  /** Exits (and other links) leading to this object: all of them when the actor controls it. */
  destination(id: i64): ObjectSearch {
    this.writer.int('destination', id);
    return this;
  }

  /** Only objects with a larger id: the next page after the last one seen. */
  after(id: i64): ObjectSearch {
    this.writer.int('after', id);
    return this;
  }

  limit(count: i32): ObjectSearch {
    this.writer.int('limit', count);
    return this;
  }

  json(): string {
    if (this.flagNames.length > 0) this.writer.strs('flags', this.flagNames);
    return this.writer.end();
  }
}

/** The answer of a search: the objects found and whether more matched than it holds. */
export class SearchResult {
  constructor(
    public hits: SearchHit[],
    public truncated: bool,
  ) {}
}

/** Searches the world (needs `read:objects`); a non-admin finds only what they control. */
export function searchObjects(search: ObjectSearch): HostReply {
  return callHost(host.search_objects, search.json());
}

/** The hits of a `searchObjects` answer. */
export function searchResultOf(reply: HostReply): SearchResult {
  const listed = reply.objects('objects');
  const hits: SearchHit[] = [];
  for (let i = 0; i < listed.length; i++) hits.push(SearchHit.from(listed[i]));
  return new SearchResult(hits, reply.bool('truncated'));
}

/** Makes a room the character's home (0: the actor) (needs `write:objects` and control of the character). */
export function setHome(characterId: i64, roomId: i64): HostReply {
  const writer = new JsonWriter().int('room', roomId);
  if (characterId > 0) writer.int('character', characterId);
  return callHost(host.set_home, writer.end());
}
