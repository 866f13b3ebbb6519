// whisper <target>=<message> (or w): words only the target hears, as an event on the target's own
// stream; the speaker is told what they whispered. The target must be here and connected.
import { Actor, Command, E_OBJECT_NOT_FOUND, JsonWriter, boolOf, emit, fail, intOf, queryCharacter, reply, shortened, strOf, withoutControlCharacters } from '../../../pdk';
import { spokenText } from '../spoken-text';

export function whisper(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const targetName = withoutControlCharacters(command.arg('target')).trim();
  if (targetName.length == 0) return fail('Whisper to whom?');
  const found = queryCharacter(targetName);
  // Any refusal but "no such character" (a name too long to be anyone's, say) is the host's to word.
  if (!found.ok && found.errorCode != E_OBJECT_NOT_FOUND) return fail(found.errorMessage);
  const target = found.ok ? found.obj('character') : null;
  if (target === null) return fail(notHere(targetName));
  const targetId = intOf(target, 'id');
  if (targetId == actor.id) return fail("You can't whisper to yourself.");
  // Someone elsewhere is answered like no one at all, so whispering never reveals where people are.
  if (!isHere(actor, intOf(target, 'location'))) return fail(notHere(targetName));
  const name = strOf(target, 'name');
  if (!boolOf(target, 'connected')) return fail(name + ' is not connected.');

  const spoken = spokenText(command.arg('message'), 'whisper');
  if (spoken.problem.length > 0) return fail(spoken.problem);
  const quoted = '"' + spoken.text + '"';
  const payload = new JsonWriter().str('name', actor.name).str('message', spoken.text).str('text', actor.name + ' whispers, ' + quoted).end();
  const emitted = emit('character:' + targetId.toString(), 'whisper', payload);
  if (!emitted.ok) return fail(emitted.errorMessage);
  return reply('You whisper, ' + quoted + ' to ' + name + '.');
}

function isHere(actor: Actor, location: i64): bool {
  return location > 0 && location == actor.location;
}

function notHere(name: string): string {
  return 'I don\'t see "' + shortened(name, 40) + '" here.';
}
