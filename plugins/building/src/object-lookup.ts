// Finding the object a builder names (`me`, `here`, `#12`, a name or alias nearby) through the
// host, and reading the objects the host hands back, with the few facts the commands act on.
import { HostReply, JSON, findObject, intOf, strOf, stringsIn } from '../../pdk';

export class WorldObject {
  constructor(
    public id: i64,
    /** `room`, `exit`, `thing` or `character`. */
    public kind: string,
    public name: string,
    public aliases: string[],
    /** 0 when nobody owns it. */
    public owner: i64,
    /** Where an exit leads; 0 when unlinked. */
    public destination: i64,
    public description: string,
  ) {}

  static from(object: JSON.Obj): WorldObject {
    return new WorldObject(
      intOf(object, 'id'),
      strOf(object, 'kind'),
      strOf(object, 'name'),
      stringsIn(object.getArr('aliases')),
      intOf(object, 'owner'),
      intOf(object, 'destination'),
      strOf(object, 'description'),
    );
  }

  /** `#12`. */
  get reference(): string {
    return '#' + this.id.toString();
  }

  /** `Kitchen(#12)`, as PennMUSH shows objects to builders. */
  get label(): string {
    return this.name + '(' + this.reference + ')';
  }
}

/** The object found, or null with `error` saying what to tell the builder. */
export class Lookup {
  constructor(
    public found: WorldObject | null,
    public error: string,
  ) {}
}

/** The object `text` names to the actor. */
export function lookUp(text: string): Lookup {
  const wanted = text.trim();
  // The host refuses an empty name as an invalid call; answer as it does for a miss.
  if (wanted.length == 0) return new Lookup(null, 'I don\'t see "" here.');
  return objectIn(findObject(wanted));
}

/** The room `text` names (`#12`, `here`); anything else is refused in the builder's words. */
export function lookUpRoom(text: string): Lookup {
  return ofKind(lookUp(text), 'room', text.trim() + ' is not a room.');
}

export function lookUpExit(text: string): Lookup {
  return ofKind(lookUp(text), 'exit', text.trim() + ' is not an exit.');
}

function ofKind(lookup: Lookup, kind: string, refusal: string): Lookup {
  const found = lookup.found;
  if (found === null || found.kind == kind) return lookup;
  return new Lookup(null, refusal);
}

/** The `object` of a host answer (queries, creations and changes all carry one). */
export function objectIn(answer: HostReply): Lookup {
  if (!answer.ok) return new Lookup(null, answer.errorMessage);
  const object = answer.obj('object');
  if (object === null) return new Lookup(null, 'Hearth answered without the object; try again.');
  return new Lookup(WorldObject.from(object), '');
}
