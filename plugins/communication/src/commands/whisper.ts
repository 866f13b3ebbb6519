// whisper <target>=<message> (or w): words only the target hears, as an event on the target's own
// stream; the speaker is told what they whispered. The target must be here and connected.
import { Actor, Command, JsonWriter, character, emit, fail, reply, shortened, withoutControlCharacters } from '../../../pdk';
import { spokenText } from '../spoken-text';

export function cmd_whisper(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const targetName = withoutControlCharacters(command.arg('target')).trim();
  if (targetName.length == 0) return fail('Whisper to whom?');
  // Any refusal but "no such character" (a name too long to be anyone's, say) is the host's to word.
  const found = character(targetName).notFoundAs(notHere(targetName));
  if (!found.ok) return fail(found.error);
  const target = found.value!;
  if (target.id == actor.id) return fail("You can't whisper to yourself.");
  // Someone elsewhere is answered like no one at all, so whispering never reveals where people are.
  if (!isHere(actor, target.location)) return fail(notHere(targetName));
  if (!target.connected) return fail(target.name + ' is not connected.');

  const spoken = spokenText(command.arg('message'), 'whisper', actor);
  if (spoken.problem.length > 0) return fail(spoken.problem);
  const quoted = '"' + spoken.text + '"';
  const payload = new JsonWriter().str('name', actor.name).str('message', spoken.text).str('text', actor.name + ' whispers, ' + quoted).end();
  const emitted = emit('character:' + target.id.toString(), 'whisper', payload);
  if (!emitted.ok) return fail(emitted.errorMessage);
  return reply('You whisper, ' + quoted + ' to ' + target.name + '.');
}

function isHere(actor: Actor, location: i64): bool {
  return location > 0 && location == actor.location;
}

function notHere(name: string): string {
  return 'I don\'t see "' + shortened(name, 40) + '" here.';
}
