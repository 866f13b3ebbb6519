// @wall <message>: an announcement to everyone logged in (every session receives the system stream).
import { Command, JsonWriter, done, emit, fail } from '../../../pdk';

export function cmd_wall(): i32 {
  const command = Command.read();
  const name = command.actor.name;
  const message = command.arg('message');
  const payload = new JsonWriter()
    .str('name', name)
    .str('message', message)
    .str('text', 'Announcement: ' + name + ' shouts, "' + message + '"')
    .end();
  const emitted = emit('system', 'wall', payload);
  if (!emitted.ok) return fail(emitted.errorMessage);
  return done();
}
