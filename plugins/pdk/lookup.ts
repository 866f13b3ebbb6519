// Finding what a player names and checking they may change it: the steps nearly every building
// command starts with, done once here. Each answers a Found: the view, or the sentence to show.
import { Actor } from './command';
import { findObject, queryCharacter, queryCharacterById, queryExits, queryLocation, queryObject, queryWho } from './game';
import { HostReply } from './host-reply';
import { E_HOST_REPLY, E_OBJECT_NOT_FOUND, E_PERMISSION_DENIED, E_WRONG_KIND } from './generated/error-codes';
import { CharacterView, ExitView, exitsIn, ObjectView, RoomView, WhoView } from './views';

/** What a lookup found, or why not: `error` is a sentence for the player, `code` the host's error code. */
export class Found<T> {
  constructor(
    public value: T | null,
    public code: string,
    public error: string,
  ) {}

  get ok(): bool {
    return this.value !== null;
  }

  /**
   * The same answer, but a name that matches nothing is told as `sentence`, in the plugin's own
   * words; the host's other refusals (a name too long to match, say) keep theirs.
   */
  notFoundAs(sentence: string): Found<T> {
    return this.code == E_OBJECT_NOT_FOUND ? new Found<T>(null, this.code, sentence) : this;
  }

  /** The same refusal, for a lookup of another type. */
  refusal<U>(): Found<U> {
    return new Found<U>(null, this.code, this.error);
  }
}

function refused<T>(code: string, error: string): Found<T> {
  return new Found<T>(null, code, error);
}

/** The `object` of a host answer (queries, creations and changes all carry one). */
export function objectOf(answer: HostReply): Found<ObjectView> {
  if (!answer.ok) return refused<ObjectView>(answer.errorCode, answer.errorMessage);
  const object = answer.obj('object');
  if (object === null) return refused<ObjectView>(E_HOST_REPLY, 'Hearth answered without the object; try again.');
  return new Found<ObjectView>(ObjectView.from(object), '', '');
}

/** What `name` means to the actor: `me`, `here`, `#12`, or a name or alias nearby (needs `read:objects`). */
export function lookUp(name: string): Found<ObjectView> {
  const wanted = name.trim();
  if (wanted.length == 0) return refused<ObjectView>(E_OBJECT_NOT_FOUND, 'What do you mean? Name something.');
  // A name longer than any can be is answered by the host with E_NAME_TOO_LONG and its reason.
  return objectOf(findObject(wanted));
}

/** The object with this id (needs `read:objects`). */
export function objectById(id: i64): Found<ObjectView> {
  return objectOf(queryObject(id));
}

/** Like lookUp, but only a `kind` (`room`, `exit`, `thing`, `character`) will do. */
export function lookUpKind(name: string, kind: string): Found<ObjectView> {
  const found = lookUp(name);
  if (!found.ok || found.value!.kind == kind) return found;
  return refused<ObjectView>(E_WRONG_KIND, found.value!.label + ' is not ' + (kind == 'exit' ? 'an ' : 'a ') + kind + '.');
}

/** Admins control everything; anyone else what they own, and themself. */
export function controls(actor: Actor, object: ObjectView): bool {
  return object.controlledBy(actor);
}

/** PennMUSH's refusal for changing what one does not control. */
export function permissionDenied(object: ObjectView): string {
  return "Permission denied: you don't own " + object.label + '.';
}

/** What `name` means to the actor, if the actor controls it; otherwise why not. */
export function lookUpControlled(actor: Actor, name: string, kind: string = ''): Found<ObjectView> {
  const found = kind.length > 0 ? lookUpKind(name, kind) : lookUp(name);
  if (!found.ok) return found;
  if (!controls(actor, found.value!)) return refused<ObjectView>(E_PERMISSION_DENIED, permissionDenied(found.value!));
  return found;
}

/** A room with its exits, characters and things; 0 is the actor's room (needs `read:locations`). */
export function room(roomId: i64 = 0): Found<RoomView> {
  const answer = queryLocation(roomId);
  if (!answer.ok) return refused<RoomView>(answer.errorCode, answer.errorMessage);
  const location = answer.obj('location');
  if (location === null) return refused<RoomView>(E_HOST_REPLY, 'The room could not be read; try again.');
  return new Found<RoomView>(RoomView.fromLocation(location), '', '');
}

/** The exits of a room; 0 is the actor's room (needs `read:locations`). */
export function exitsOf(roomId: i64 = 0): Found<ExitView[]> {
  const answer = queryExits(roomId);
  if (!answer.ok) return refused<ExitView[]>(answer.errorCode, answer.errorMessage);
  return new Found<ExitView[]>(exitsIn(answer.data.getArr('exits')), '', '');
}

function characterOf(answer: HostReply): Found<CharacterView> {
  if (!answer.ok) return refused<CharacterView>(answer.errorCode, answer.errorMessage);
  const character = answer.obj('character');
  if (character === null) return refused<CharacterView>(E_HOST_REPLY, 'The character could not be read; try again.');
  return new Found<CharacterView>(CharacterView.from(character), '', '');
}

/** A character by name, anywhere (needs `read:characters`). */
export function character(name: string): Found<CharacterView> {
  return characterOf(queryCharacter(name));
}

/** Every connected character, longest connected first (needs `read:characters`). */
export function whoIsConnected(): Found<WhoView[]> {
  const answer = queryWho();
  if (!answer.ok) return refused<WhoView[]>(answer.errorCode, answer.errorMessage);
  const entries = answer.objects('characters');
  const who: WhoView[] = [];
  for (let i = 0; i < entries.length; i++) who.push(WhoView.fromWho(entries[i]));
  return new Found<WhoView[]>(who, '', '');
}

export function characterById(id: i64): Found<CharacterView> {
  return characterOf(queryCharacterById(id));
}
