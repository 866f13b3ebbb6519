// The characters a page goes to: names typed as `Bob, Carol`, each looked up once. One name
// that matches no one stops the whole page, so a typo never sends to only half the list.
import { CharacterView, Found, character } from '../../pdk';
import { shown } from './shown';

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

/** The characters `names` name, each once, or the sentence for the first name that found no one. */
export function findTargets(names: string[]): Found<CharacterView[]> {
  const targets: CharacterView[] = [];
  const seen: i64[] = [];
  for (let i = 0; i < names.length; i++) {
    // Anything but a name nobody has, a name too long to be anyone's included, the host's sentence says.
    const found = character(names[i]).notFoundAs(unrecognized(names[i]));
    if (!found.ok) return found.refusal<CharacterView[]>();
    const target = found.value!;
    if (seen.includes(target.id)) continue;
    seen.push(target.id);
    targets.push(target);
  }
  return new Found<CharacterView[]>(targets, '', '');
}

/** The targets' names as the world spells them. */
export function namesIn(targets: CharacterView[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < targets.length; i++) names.push(targets[i].name);
  return names;
}

function unrecognized(name: string): string {
  return 'I don\'t recognize "' + shown(name) + '".';
}
