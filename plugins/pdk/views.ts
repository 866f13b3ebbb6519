// The world as the host describes it, decoded once: objects, exits, characters and rooms with
// their fields typed, so a plugin reads `room.exits[0].destination` rather than picking JSON apart.
import { Actor } from './command';
import { boolOf, intOf, objectsIn, strOf, stringsIn } from './host-reply';
import { JSON } from './json';
import { Pronouns } from './pronouns';

/** A room, exit, thing or character, as `query_object` and the world-changing functions answer. */
export class ObjectView {
  constructor(
    public id: i64,
    /** `room`, `exit`, `thing` or `character`. */
    public kind: string,
    public name: string,
    public aliases: string[],
    public description: string,
    /** 0 when nobody owns it. */
    public owner: i64,
    /** Where it is; 0 for rooms. */
    public location: i64,
    /** Where an exit leads; 0 when unlinked (and for everything but exits). */
    public destination: i64,
    /** Its attributes, declared defaults included. */
    public attributes: JSON.Obj,
    /** What it holds (`query_object` only): each with id, kind and name. */
    public contents: ObjectView[],
  ) {}

  /** Its flags by name (DARK, VISUAL, ...). */
  public flags: string[] = [];
  /** PennMUSH's type and flag letters (`RJ`), for those who control it. */
  public letters: string = '';

  static from(object: JSON.Obj): ObjectView {
    const attributes = object.getObj('attributes');
    const held = objectsIn(object.getArr('contents'));
    const contents: ObjectView[] = [];
    for (let i = 0; i < held.length; i++) contents.push(ObjectView.from(held[i]));
    const view = new ObjectView(
      intOf(object, 'id'),
      strOf(object, 'kind'),
      strOf(object, 'name'),
      stringsIn(object.getArr('aliases')),
      strOf(object, 'description'),
      intOf(object, 'owner'),
      intOf(object, 'location'),
      intOf(object, 'destination'),
      attributes === null ? new JSON.Obj() : attributes,
      contents,
    );
    view.flags = stringsIn(object.getArr('flags'));
    view.letters = strOf(object, 'letters');
    return view;
  }

  /** `#12`. */
  get reference(): string {
    return '#' + this.id.toString();
  }

  /** `Kitchen(#12)`, as PennMUSH shows objects to builders. */
  get label(): string {
    return this.name + '(' + this.reference + ')';
  }

  /** PennMUSH's basic control: admins control everything, anyone else what they own and themself. */
  controlledBy(actor: Actor): bool {
    return actor.isAdmin || this.owner == actor.id || this.id == actor.id;
  }

  /** `Kitchen(#12RJ)` for someone who controls it, `Kitchen(#12)` for anyone else; `name` may be styled. */
  referenceFor(actor: Actor): string {
    return '(' + this.reference + (this.controlledBy(actor) ? this.letters : '') + ')';
  }

  get isRoom(): bool {
    return this.kind == 'room';
  }

  get isExit(): bool {
    return this.kind == 'exit';
  }

  get isThing(): bool {
    return this.kind == 'thing';
  }

  get isCharacter(): bool {
    return this.kind == 'character';
  }
}

/** An exit as a room lists it. */
export class ExitView {
  constructor(
    public id: i64,
    public name: string,
    public aliases: string[],
    /** 0 when unlinked. */
    public destination: i64,
  ) {}

  static from(object: JSON.Obj): ExitView {
    return new ExitView(intOf(object, 'id'), strOf(object, 'name'), stringsIn(object.getArr('aliases')), intOf(object, 'destination'));
  }

  hasAlias(lowerCaseWord: string): bool {
    for (let i = 0; i < this.aliases.length; i++) if (this.aliases[i].toLowerCase() == lowerCaseWord) return true;
    return false;
  }
}

/**
 * The exit `word` names (its name or an alias, ignoring case), or null. As with objects, a name
 * beats an alias; among equals the oldest exit (listed first) wins, so the choice never varies.
 */
export function findExit(exits: ExitView[], word: string): ExitView | null {
  const wanted = word.trim().toLowerCase();
  if (wanted.length == 0) return null;
  for (let i = 0; i < exits.length; i++) if (exits[i].name.toLowerCase() == wanted) return exits[i];
  for (let i = 0; i < exits.length; i++) if (exits[i].hasAlias(wanted)) return exits[i];
  return null;
}

/** The exits in a host answer's `exits` array. */
export function exitsIn(array: JSON.Arr | null): ExitView[] {
  const objects = objectsIn(array);
  const exits: ExitView[] = [];
  for (let i = 0; i < objects.length; i++) exits.push(ExitView.from(objects[i]));
  return exits;
}

/** A character, as `query_character` answers and rooms list (rooms give only id, name, connected). */
export class CharacterView {
  constructor(
    public id: i64,
    public name: string,
    /** `player`, `builder` or `admin`; '' where the answer does not say. */
    public role: string,
    /** 0 where the answer does not say. */
    public location: i64,
    public home: i64,
    public connected: bool,
    /** they/them where the answer does not say (rooms' lists). */
    public pronouns: Pronouns = new Pronouns(),
  ) {}

  static from(object: JSON.Obj): CharacterView {
    const pronouns = Pronouns.from(object.getObj('pronouns'));
    return new CharacterView(intOf(object, 'id'), strOf(object, 'name'), strOf(object, 'role'), intOf(object, 'location'), intOf(object, 'home'), boolOf(object, 'connected'), pronouns);
  }

  /** `#12`. */
  get reference(): string {
    return '#' + this.id.toString();
  }
}

/** A connected character as `query_who` lists it: how long on, how long idle. */
export class WhoView extends CharacterView {
  public onSeconds: i64 = 0;
  public idleSeconds: i64 = 0;

  static fromWho(object: JSON.Obj): WhoView {
    const view = new WhoView(intOf(object, 'id'), strOf(object, 'name'), strOf(object, 'role'), intOf(object, 'location'), intOf(object, 'home'), true, Pronouns.from(object.getObj('pronouns')));
    view.onSeconds = intOf(object, 'on_seconds');
    view.idleSeconds = intOf(object, 'idle_seconds');
    return view;
  }
}

/** A room with who and what is in it, as `query_location` answers. */
export class RoomView extends ObjectView {
  public exits: ExitView[] = [];
  public characters: CharacterView[] = [];
  public things: ObjectView[] = [];

  static fromLocation(location: JSON.Obj): RoomView {
    const base = ObjectView.from(location);
    const room = new RoomView(base.id, base.kind, base.name, base.aliases, base.description, base.owner, base.location, base.destination, base.attributes, base.contents);
    room.flags = base.flags;
    room.letters = base.letters;
    room.exits = exitsIn(location.getArr('exits'));
    const characters = objectsIn(location.getArr('characters'));
    for (let i = 0; i < characters.length; i++) room.characters.push(CharacterView.from(characters[i]));
    const things = objectsIn(location.getArr('things'));
    for (let i = 0; i < things.length; i++) room.things.push(ObjectView.from(things[i]));
    return room;
  }

  /** The exit `word` names (see findExit), or null. */
  exitNamed(word: string): ExitView | null {
    return findExit(this.exits, word);
  }
}
