// @pemit <character>=<message>: text shown to one character exactly as given, with no name, for
// staff running a scene or answering a player privately. Builders reach people in their room;
// admins reach anyone connected, anywhere (PennMUSH's pemit to anyone is a wizard's power).
// The text is an event on the target's own stream, so it is kept and replayed like a page.
import { Command, JsonWriter, character, emit, fail, reply, shortened, withoutControlCharacters } from '../../../pdk';
import { spokenText } from '../spoken-text';

export function cmd_pemit(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const targetName = withoutControlCharacters(command.arg('target')).trim();
  if (targetName.length == 0) return fail('@pemit to whom?');
  const notFound = 'I don\'t see "' + shortened(targetName, 40) + '" here.';
  const found = character(targetName).notFoundAs(notFound);
  if (!found.ok) return fail(found.error);
  const target = found.value!;
  // A builder's reach is the room; elsewhere reads as no one, so @pemit never reveals where people are.
  if (!actor.isAdmin && (target.location <= 0 || target.location != actor.location)) return fail(notFound);
  if (!target.connected) return fail(target.name + ' is not connected.');
  const spoken = spokenText(command.arg('message'), 'emit', actor);
  if (spoken.problem.length > 0) return fail(spoken.problem);
  const payload = new JsonWriter().str('name', actor.name).str('message', spoken.text).str('text', spoken.text).end();
  const emitted = emit('character:' + target.id.toString(), 'pemit', payload);
  if (!emitted.ok) return fail(emitted.errorMessage);
  return reply('You @pemit to ' + target.name + ': ' + spoken.text);
}
