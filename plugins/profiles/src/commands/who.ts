// +who: everyone connected, longest first, with on-for, idle, location and doing. A character
// that hid its location (+who/hide, the attribute `who_hidden`) shows none, except to staff.
import { Command, JSON, fail, objectById, reply, setAttribute, shortened, whoIsConnected } from '../../../pdk';
import { idle, onFor } from '../durations';

const HIDDEN = 'who_hidden';
const NAME_WIDTH = 20;
const WHERE_WIDTH = 24;

export function cmd_who(): i32 {
  const command = Command.read();
  if (command.hasSwitch('hide') || command.hasSwitch('show')) {
    const hide = command.hasSwitch('hide');
    const stored = setAttribute(command.actor.id, HIDDEN, hide ? 'true' : 'null');
    if (!stored.ok) return fail(stored.errorMessage);
    return reply(hide ? 'Your location is hidden from +who.' : 'Your location shows in +who again.');
  }
  const who = whoIsConnected();
  if (!who.ok) return fail(who.error);
  const staff = command.actor.isBuilder;
  const lines: string[] = [row('Player Name', 'On For', 'Idle', 'Location', 'Doing')];
  const roomNames = new Map<i64, string>();
  const everyone = who.value!;
  for (let i = 0; i < everyone.length; i++) {
    const entry = everyone[i];
    const object = objectById(entry.id);
    const attributes = object.ok ? object.value!.attributes : new JSON.Obj();
    const hidden = isTrue(attributes.getBool(HIDDEN));
    let where = hidden && !staff ? '(hidden)' : roomName(roomNames, entry.location);
    if (hidden && staff) where += ' (hidden)';
    const doing = attributes.getString('doing');
    lines.push(row(entry.name, onFor(entry.onSeconds), idle(entry.idleSeconds), where, doing === null ? '' : doing.valueOf()));
  }
  lines.push(everyone.length.toString() + (everyone.length == 1 ? ' player is connected.' : ' players are connected.'));
  return reply(lines.join('\n'));
}

function roomName(cache: Map<i64, string>, id: i64): string {
  if (id <= 0) return '';
  if (cache.has(id)) return cache.get(id);
  const room = objectById(id);
  const name = room.ok ? room.value!.name : '';
  cache.set(id, name);
  return name;
}

function isTrue(value: JSON.Bool | null): bool {
  return value !== null && value.valueOf();
}

function row(name: string, on: string, idleText: string, where: string, doing: string): string {
  return (name.padEnd(NAME_WIDTH) + ' ' + on.padStart(9) + ' ' + idleText.padStart(4) + '  ' + shortened(where, WHERE_WIDTH).padEnd(WHERE_WIDTH) + '  ' + doing).trimEnd();
}
