// One command's help page, and finding the command a player asks about by its name or an alias,
// in any case, with or without the "@" that builder commands start with.
import { JSON, shortened, stringsIn, strOf, withoutControlCharacters } from '../../pdk';
import { roleRank } from './roles';

/** The command `word` names, or null. Names win over aliases, as they do when commands are typed. */
export function findCommand(commands: JSON.Obj[], word: string): JSON.Obj | null {
  const wanted = word.trim().toLowerCase();
  const other = wanted.startsWith('@') ? wanted.slice(1) : '@' + wanted;
  const exact = lookUp(commands, wanted);
  return exact !== null ? exact : lookUp(commands, other);
}

export function unknownCommand(word: string): string {
  return 'No help for "' + shortened(withoutControlCharacters(word), 40) + '". Type "help" for the list of commands.';
}

/** Name, usage, aliases and switches, then the description and help text, then who may use it. */
export function commandHelp(command: JSON.Obj): string {
  const lines: string[] = ['Help for ' + strOf(command, 'name')];
  const usage = strOf(command, 'usage');
  if (usage.length > 0) lines.push('Usage: ' + usage);
  const aliases = stringsIn(command.getArr('aliases'));
  if (aliases.length > 0) lines.push('Aliases: ' + aliases.join(', '));
  const switches = stringsIn(command.getArr('switches'));
  if (switches.length > 0) lines.push('Switches: /' + switches.join(', /'));
  lines.push('');
  lines.push(strOf(command, 'description'));
  const text = strOf(command, 'help').trimEnd();
  if (text.length > 0) {
    lines.push('');
    lines.push(text);
  }
  const role = strOf(command, 'role');
  if (roleRank(role) > 0) {
    lines.push('');
    lines.push('Needs the ' + role + ' role.');
  }
  return lines.join('\n');
}

function lookUp(commands: JSON.Obj[], word: string): JSON.Obj | null {
  for (let i = 0; i < commands.length; i++) if (strOf(commands[i], 'name') == word) return commands[i];
  for (let i = 0; i < commands.length; i++) if (stringsIn(commands[i].getArr('aliases')).includes(word)) return commands[i];
  return null;
}
