// exits: every exit of the actor's room with its aliases and where it leads.
import { Command, Style, exitsOf, fail, reply } from '../../../pdk';
import { roomName } from '../object-view';

export function cmd_exits(): i32 {
  Command.read();
  const found = exitsOf(0);
  if (!found.ok) return fail(found.error);
  const exitList = found.value!;
  if (exitList.length == 0) return reply('There are no obvious exits here.');
  const lines: string[] = ['Obvious exits:'];
  for (let i = 0; i < exitList.length; i++) {
    const exit = exitList[i];
    let line = '  ' + Style.exit(exit.name);
    if (exit.aliases.length > 0) line += ' (' + exit.aliases.join(', ') + ')';
    line += exit.destination > 0 ? ' leads to ' + roomName(exit.destination) + '(#' + exit.destination.toString() + ').' : ' leads nowhere.';
    lines.push(line);
  }
  return reply(lines.join('\n'));
}
