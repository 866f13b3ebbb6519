// exits: every exit of the actor's room with its aliases and where it leads.
import { Command, Style, fail, intOf, queryExits, reply, strOf, stringsIn } from '../../../pdk';
import { roomName } from '../object-view';

export function exits(): i32 {
  Command.read();
  const answer = queryExits(0);
  if (!answer.ok) return fail(answer.errorMessage);
  const exitList = answer.objects('exits');
  if (exitList.length == 0) return reply('There are no obvious exits here.');
  const lines: string[] = ['Obvious exits:'];
  for (let i = 0; i < exitList.length; i++) {
    const exit = exitList[i];
    const aliases = stringsIn(exit.getArr('aliases'));
    const destination = intOf(exit, 'destination');
    let line = '  ' + Style.exit(strOf(exit, 'name'));
    if (aliases.length > 0) line += ' (' + aliases.join(', ') + ')';
    line += destination > 0 ? ' leads to ' + roomName(destination) + '(#' + destination.toString() + ').' : ' leads nowhere.';
    lines.push(line);
  }
  return reply(lines.join('\n'));
}
