// Builder data on objects (PennMUSH's): attributes set with `&NAME obj=value`, flags, locks and
// parents, as typed wrappers of the host functions and views of what they answer. Writes need
// `write:objects` and, during a command, an actor who controls the object; reads need
// `read:objects` and show the actor only what they may see.
import { callHost, HostReply, intOf, objectsIn, strOf, stringsIn } from './host-reply';
import * as host from './host-imports';
import { E_HOST_REPLY } from './generated/error-codes';
import { JSON } from './json';
import { JsonWriter } from './json-writer';
import { Found } from './lookup';

/** One attribute: its canonical name, value, owner (0: none), flags and, when inherited, the object it is on. */
export class AttributeView {
  constructor(
    public name: string,
    public value: string,
    public owner: i64,
    public flags: string[],
    /** The ancestor it is inherited from; 0 when set on the object itself. */
    public from: i64,
  ) {}

  static from(object: JSON.Obj): AttributeView {
    return new AttributeView(strOf(object, 'name'), strOf(object, 'value'), intOf(object, 'owner'), stringsIn(object.getArr('flags')), intOf(object, 'from'));
  }
}

/** A lock on an object: its type (`Basic`, `user:wield`) and key text, objects named `#12`. */
export class LockView {
  constructor(
    public type: string,
    public key: string,
  ) {}
}

/** What `get_attributes` answers: the object's builder data as the actor may see it. */
export class BuilderView {
  constructor(
    public id: i64,
    /** Whether the actor controls the object (and so sees everything). */
    public controls: bool,
    public flags: string[],
    /** 0 when it has no parent. */
    public parent: i64,
    /** Only for those who control the object; empty otherwise. */
    public locks: LockView[],
    public attributes: AttributeView[],
  ) {}

  static from(reply: HostReply): BuilderView {
    const locks: LockView[] = [];
    const lockObject = reply.obj('locks');
    if (lockObject !== null) {
      for (let i = 0; i < lockObject.keys.length; i++) {
        const type = lockObject.keys[i];
        const key = lockObject.getString(type);
        if (key !== null) locks.push(new LockView(type, key.valueOf()));
      }
    }
    const listed = reply.objects('attributes');
    const attributes: AttributeView[] = [];
    for (let i = 0; i < listed.length; i++) attributes.push(AttributeView.from(listed[i]));
    return new BuilderView(reply.int('id'), reply.bool('controls'), stringsIn(reply.data.getArr('flags')), reply.int('parent'), locks, attributes);
  }
}

/** The object's attributes (matching the wildcard `pattern`, all when empty), parents' too when `inherit`. */
export function getAttributes(id: i64, pattern: string = '', inherit: bool = false): HostReply {
  const writer = new JsonWriter().int('id', id).bool('inherit', inherit);
  if (pattern.length > 0) writer.str('pattern', pattern);
  return callHost(host.get_attributes, writer.end());
}

/** PennMUSH's message attributes of an object (SUCC, OSUCC, DROP, DESC, ...), read in one call. */
export class Messages {
  constructor(private messages: JSON.Obj | null) {}

  /** The text of message `name`, ready to show ('' when the object and its parents have none). */
  get(name: string): string {
    if (this.messages === null) return '';
    const text = this.messages!.getString(name.toUpperCase());
    return text === null ? '' : text.valueOf();
  }
}

/**
 * The message attributes `names` (at most 16) of the object or its parents, as the game shows them
 * to the actor: read whatever the actor may examine, and evaluated as the object's softcode with
 * the actor as %# (%n, [u(...)], colour). DESC is the object's description unless a DESC attribute
 * is set. The host answers only PennMUSH's message attributes this way. None when they cannot be read.
 */
export function messagesOf(id: i64, names: string[]): Messages {
  const answer = callHost(host.read_messages, new JsonWriter().int('id', id).strs('names', names).end());
  return new Messages(answer.ok ? answer.obj('messages') : null);
}

/** One message attribute: see messagesOf. */
export function messageOf(id: i64, name: string): string {
  return messagesOf(id, [name]).get(name);
}

/**
 * Writes the object's attributes (matching `pattern`, all when empty), as examine lists them, to
 * the actor's screen: the host formats them, so thousands cost the plugin nothing to read.
 * Answers `shown` and `total`.
 */
export function showAttributes(id: i64, pattern: string = '', inherit: bool = false): HostReply {
  const writer = new JsonWriter().int('id', id).bool('inherit', inherit);
  if (pattern.length > 0) writer.str('pattern', pattern);
  return callHost(host.show_attributes, writer.end());
}

/** The object's flags, parent and locks (for examine's heading), without its attributes. */
export function builderFields(id: i64): Found<BuilderView> {
  const answer = callHost(host.get_attributes, new JsonWriter().int('id', id).bool('attributes', false).end());
  if (!answer.ok) return new Found<BuilderView>(null, answer.errorCode, answer.errorMessage);
  return new Found<BuilderView>(BuilderView.from(answer), '', '');
}

/** getAttributes as a view, or why not in a sentence. */
export function builderData(id: i64, pattern: string = '', inherit: bool = false): Found<BuilderView> {
  const answer = getAttributes(id, pattern, inherit);
  if (!answer.ok) return new Found<BuilderView>(null, answer.errorCode, answer.errorMessage);
  if (answer.data.getArr('attributes') === null) return new Found<BuilderView>(null, E_HOST_REPLY, 'Hearth answered without the attributes; try again.');
  return new Found<BuilderView>(BuilderView.from(answer), '', '');
}

/** Sets attribute `name` to `value`; answers `name` (canonical) and `existed`. */
export function setAttributeValue(id: i64, name: string, value: string): HostReply {
  return callHost(host.set_attribute_value, new JsonWriter().int('id', id).str('name', name).str('value', value).end());
}

/** Removes attribute `name`; `reply.bool('existed')` says whether there was one. */
export function clearAttribute(id: i64, name: string): HostReply {
  return callHost(host.set_attribute_value, new JsonWriter().int('id', id).str('name', name).nil('value').end());
}

/** Sets and clears attribute flags (`visual`, `no_command`, `hidden`...); answers `flags`. */
export function setAttributeFlags(id: i64, name: string, set: string[], clear: string[]): HostReply {
  return callHost(host.set_attribute_flags, new JsonWriter().int('id', id).str('name', name).strs('set', set).strs('clear', clear).end());
}

/** Sets and clears object flags; answers `flags`, and the flags that changed in `set` and `cleared`. */
export function setFlags(id: i64, set: string[], clear: string[]): HostReply {
  return callHost(host.set_flags, new JsonWriter().int('id', id).strs('set', set).strs('clear', clear).end());
}

/** Locks the object (`type` '' is Basic) with `key`, names read as the actor sees them; answers `type` and `key` as stored. */
export function setLock(id: i64, type: string, key: string): HostReply {
  const writer = new JsonWriter().int('id', id).str('key', key);
  if (type.length > 0) writer.str('type', type);
  return callHost(host.set_lock, writer.end());
}

/** Removes the object's lock of `type` ('' is Basic); `reply.bool('existed')` says whether it had one. */
export function clearLock(id: i64, type: string): HostReply {
  const writer = new JsonWriter().int('id', id).nil('key');
  if (type.length > 0) writer.str('type', type);
  return callHost(host.set_lock, writer.end());
}

/** Whether `actor` (0: the command's actor) passes the object's lock of `type`; answers `passed` and `locked`. */
export function testLock(id: i64, type: string = '', actor: i64 = 0): HostReply {
  const writer = new JsonWriter().int('id', id);
  if (type.length > 0) writer.str('type', type);
  if (actor > 0) writer.int('actor', actor);
  return callHost(host.test_lock, writer.end());
}

/** Makes `parent` the object's parent; 0 removes its parent. */
export function setParent(id: i64, parent: i64): HostReply {
  const writer = new JsonWriter().int('id', id);
  if (parent > 0) writer.int('parent', parent);
  else writer.nil('parent');
  return callHost(host.set_parent, writer.end());
}
