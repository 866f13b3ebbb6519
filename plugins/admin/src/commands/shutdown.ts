// @shutdown [<reason>]: asks the server to shut down gracefully, telling everyone who did it.
import { Command, fail, reply, shutdown } from '../../../pdk';

// The host takes a shutdown message of at most this many characters.
const MAX_MESSAGE_LENGTH = 1000;

export function cmd_shutdown(): i32 {
  const command = Command.read();
  const reason = command.arg('reason');
  const opening = command.actor.name + ' has shut Hearth down';
  const message = reason.length > 0 ? opening + ': ' + reason : opening + '. Come back soon.';
  if (message.length > MAX_MESSAGE_LENGTH) {
    return fail('That reason is too long; keep it to at most ' + (MAX_MESSAGE_LENGTH - opening.length - 2).toString() + ' characters.');
  }
  const answer = shutdown(message);
  if (!answer.ok) return fail(answer.errorMessage);
  return reply('Shutting down Hearth.');
}
