// help [<command>]: the commands the actor may use, or one command's help.
import { Command, fail, objectsIn, queryCommands, reply } from '../../../pdk';
import { commandHelp, findCommand, unknownCommand } from '../command-help';
import { commandList } from '../command-list';

export function cmd_help(): i32 {
  const command = Command.read();
  const answer = queryCommands();
  if (!answer.ok) return fail(answer.errorMessage);
  const commands = objectsIn(answer.data.getArr('commands'));
  const topic = command.arg('command');
  if (topic.length == 0) return reply(commandList(commands, command.actor.role));
  const found = findCommand(commands, topic);
  if (found === null) return fail(unknownCommand(topic));
  return reply(commandHelp(found));
}
