// @alias <player>[=<aliases>]: PennMUSH's player aliases, other names a character answers to in
// page, @mail and anywhere a player is named (`@alias me=Ali;Al`). Each is a name as a character's
// would be, and taken by no other character's name or alias. No aliases clears them.
import { Command, character, fail, lookUpControlled } from '../../../pdk';
import { setOrClear } from './attribute';

const MAX_ALIASES = 5;
const MAX_ALIAS_LENGTH = 32;

export function cmd_alias(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const target = found.value!;
  if (!target.isCharacter) return fail('@alias is for players; things and exits take other names after ";" in their names (@name Lamp=Lamp;lantern).');
  const typed = command.hasArg('aliases') ? command.arg('aliases') : '';
  const aliases = aliasesOf(typed);
  if (aliases.length > MAX_ALIASES) return fail('A player may have at most ' + MAX_ALIASES.toString() + ' aliases.');
  for (let i = 0; i < aliases.length; i++) {
    const problem = aliasProblem(aliases[i], target.id);
    if (problem.length > 0) return fail(problem);
  }
  return setOrClear(target.id, target.name, 'ALIAS', aliases.join(';'));
}

function aliasesOf(text: string): string[] {
  const aliases: string[] = [];
  const parts = text.split(';');
  for (let i = 0; i < parts.length; i++) {
    const alias = parts[i].trim();
    if (alias.length > 0 && !aliases.includes(alias)) aliases.push(alias);
  }
  return aliases;
}

/** '' when `alias` may name character `owner`; else why not. */
function aliasProblem(alias: string, owner: i64): string {
  if (alias.length > MAX_ALIAS_LENGTH || !isNameLike(alias)) {
    return '"' + alias.slice(0, 40) + '" is not a good alias: use one word of letters, digits, _ - or \', starting with a letter, at most ' + MAX_ALIAS_LENGTH.toString() + ' characters.';
  }
  const taken = character(alias);
  if (taken.ok && taken.value!.id != owner) return 'The alias "' + alias + '" is taken: it names ' + taken.value!.name + '.';
  return '';
}

function isNameLike(text: string): bool {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const other = (c >= 48 && c <= 57) || c == 95 || c == 45 || c == 39;
    if (!letter && (i == 0 || !other)) return false;
  }
  return text.length > 0;
}
