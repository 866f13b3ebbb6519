// +finger [<name>]: a character's profile. +finger/set <field>=[<text>]: one field of your own.
import { Command, character, characterCount, fail, jsonQuote, objectById, reply, setAttribute, shortened, whoIsConnected, withoutControlCharacters } from '../../../pdk';
import { idle } from '../durations';
import { FIELD_PREFIX, MAX_FIELD_NAME, MAX_FIELD_TEXT, MAX_FIELDS, ProfileField, fieldName, profileFields } from '../profile-fields';

const LABEL_WIDTH = 12;
const RULE = '-'.repeat(70);

export function cmd_finger(): i32 {
  const command = Command.read();
  if (command.hasSwitch('set')) return setField(command);
  const typed = withoutControlCharacters(command.arg('name')).trim();
  const found = character(typed.length > 0 ? typed : command.actor.name).notFoundAs('I don\'t recognize "' + shortened(typed, 40) + '".');
  if (!found.ok) return fail(found.error);
  const target = found.value!;
  const object = objectById(target.id);
  if (!object.ok) return fail(object.error);
  const attributes = object.value!.attributes;
  const lines: string[] = [RULE, ' ' + target.name + '  (' + target.pronouns.toString() + ')', RULE];
  lines.push(row('Status', status(target.id, target.connected)));
  const doing = attributes.getString('doing');
  if (doing !== null && doing.valueOf().length > 0) lines.push(row('Doing', doing.valueOf()));
  const fields = profileFields(attributes);
  for (let i = 0; i < fields.length; i++) lines.push(row(capitalised(fields[i].name), fields[i].text));
  if (fields.length == 0) lines.push(row('Profile', target.id == command.actor.id ? 'Nothing yet: +finger/set <field>=<text>' : 'Nothing set.'));
  lines.push(RULE);
  return reply(lines.join('\n'));
}

function setField(command: Command): i32 {
  // Read from the line itself: "quote=" (clearing) has an "=" and no text, which no capture shows.
  const equals = command.rest.indexOf('=');
  if (equals < 0) return fail('Use: +finger/set <field>=[<text>]');
  const name = fieldName(command.rest.slice(0, equals));
  if (name.length == 0) {
    return fail('A field is named with 1 to ' + MAX_FIELD_NAME.toString() + ' letters, digits, "_" or "-", starting with a letter: +finger/set fullname=Alice of the Vale');
  }
  const text = withoutControlCharacters(command.rest.slice(equals + 1)).trim();
  if (characterCount(text) > MAX_FIELD_TEXT) return fail('A profile field holds at most ' + MAX_FIELD_TEXT.toString() + ' characters; nothing was set.');
  const me = objectById(command.actor.id);
  if (!me.ok) return fail(me.error);
  const existing = profileFields(me.value!.attributes);
  if (text.length > 0 && !has(existing, name) && existing.length >= MAX_FIELDS) {
    return fail('Your profile already has ' + MAX_FIELDS.toString() + ' fields; clear one first (+finger/set <field>=).');
  }
  const stored = setAttribute(command.actor.id, FIELD_PREFIX + name, text.length > 0 ? jsonQuote(text) : 'null');
  if (!stored.ok) return fail(stored.errorMessage);
  return reply(text.length > 0 ? 'Profile field ' + name + ' set.' : 'Profile field ' + name + ' cleared.');
}

function status(id: i64, connected: bool): string {
  if (!connected) return 'Not connected.';
  const who = whoIsConnected();
  if (who.ok) for (let i = 0; i < who.value!.length; i++) if (who.value![i].id == id) return 'Connected, idle ' + idle(who.value![i].idleSeconds) + '.';
  return 'Connected.';
}

function has(fields: ProfileField[], name: string): bool {
  for (let i = 0; i < fields.length; i++) if (fields[i].name == name) return true;
  return false;
}

function row(label: string, text: string): string {
  return ' ' + (label + ':').padEnd(LABEL_WIDTH) + ' ' + text;
}

function capitalised(word: string): string {
  return word.length == 0 ? word : word.charAt(0).toUpperCase() + word.slice(1);
}
