// The list `help` shows: every command the actor's role may use, sorted by name, one a line with
// its aliases and description in aligned columns.
import { JSON, stringsIn, strOf } from '../../pdk';
import { roleRank } from './roles';

export const LIST_HEADING = 'Commands you can use (type "help <command>" for more):';

/** The list for an actor with `role`, from the command infos query_commands answers. */
export function commandList(commands: JSON.Obj[], role: string): string {
  const rank = roleRank(role);
  const usable: JSON.Obj[] = [];
  for (let i = 0; i < commands.length; i++) if (roleRank(strOf(commands[i], 'role')) <= rank) usable.push(commands[i]);
  if (usable.length == 0) return 'There are no commands you can use.';
  usable.sort(byName);
  const labels: string[] = [];
  let width = 0;
  for (let i = 0; i < usable.length; i++) {
    const label = labelOf(usable[i]);
    labels.push(label);
    if (label.length > width) width = label.length;
  }
  const lines: string[] = [LIST_HEADING];
  for (let i = 0; i < usable.length; i++) lines.push('  ' + labels[i].padEnd(width) + '  ' + strOf(usable[i], 'description'));
  return lines.join('\n');
}

/** `say (")`: the name, then any aliases in parentheses. */
function labelOf(command: JSON.Obj): string {
  const aliases = stringsIn(command.getArr('aliases'));
  const name = strOf(command, 'name');
  return aliases.length == 0 ? name : name + ' (' + aliases.join(', ') + ')';
}

function byName(a: JSON.Obj, b: JSON.Obj): i32 {
  const left = strOf(a, 'name');
  const right = strOf(b, 'name');
  return left < right ? -1 : left > right ? 1 : 0;
}
