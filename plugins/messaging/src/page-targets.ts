// The characters a page goes to: names typed as `Bob, Carol`, each looked up once. One name
// that matches no one stops the whole page, so a typo never sends to only half the list.
import { E_OBJECT_NOT_FOUND, boolOf, intOf, queryCharacter, strOf } from '../../pdk';
import { shown } from './shown';

export class PageTarget {
  constructor(
    public id: i64,
    public name: string,
    public connected: bool,
  ) {}
}

/** The targets found, or `error` saying what to tell the player. */
export class PageTargets {
  constructor(
    public targets: PageTarget[],
    public error: string,
  ) {}
}

/** Splits a comma-separated list into names, dropping empty entries. */
export function splitNames(list: string): string[] {
  const names: string[] = [];
  const parts = list.split(',');
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i].trim();
    if (name.length > 0) names.push(name);
  }
  return names;
}

export function findTargets(names: string[]): PageTargets {
  const found: PageTarget[] = [];
  const seen: i64[] = [];
  for (let i = 0; i < names.length; i++) {
    const answer = queryCharacter(names[i]);
    if (!answer.ok) {
      // Anything else, a name too long to be anyone's included, the host's sentence says.
      if (answer.errorCode == E_OBJECT_NOT_FOUND) return new PageTargets([], unrecognized(names[i]));
      return new PageTargets([], answer.errorMessage);
    }
    const character = answer.obj('character');
    if (character === null) return new PageTargets([], unrecognized(names[i]));
    const id = intOf(character, 'id');
    if (seen.includes(id)) continue;
    seen.push(id);
    found.push(new PageTarget(id, strOf(character, 'name'), boolOf(character, 'connected')));
  }
  return new PageTargets(found, '');
}

/** The targets' names as the world spells them. */
export function namesIn(targets: PageTarget[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < targets.length; i++) names.push(targets[i].name);
  return names;
}

function unrecognized(name: string): string {
  return 'I don\'t recognize "' + shown(name) + '".';
}
