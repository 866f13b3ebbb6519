// The characters a page goes to. As in PennMUSH, names are separated by spaces or commas
// (`Bob Carol`, `Bob, Carol`), and a name with spaces in it may be put in double quotes
// (`"Mary Ann" Bob`). Unquoted, `Mary Ann` still reaches Mary Ann when someone has that whole
// name, and Mary and Ann otherwise. One name that matches no one stops the whole page, so a
// typo never sends to only half the list.
import { CharacterView, Found, TypedName, character } from '../../pdk';
import { shown } from './shown';

/** Names to look up each as a whole, as the world spells them (the last-paged list). */
export function wholeNames(names: string[]): TypedName[] {
  const typed: TypedName[] = [];
  for (let i = 0; i < names.length; i++) typed.push(new TypedName(names[i], true));
  return typed;
}

/** The characters `names` name, each once, or the sentence for the first name that found no one. */
export function findTargets(names: TypedName[]): Found<CharacterView[]> {
  const targets: CharacterView[] = [];
  const seen: i64[] = [];
  for (let i = 0; i < names.length; i++) {
    const found = findNamed(names[i]);
    if (!found.ok) return found.refusal<CharacterView[]>();
    const named = found.value!;
    for (let j = 0; j < named.length; j++) {
      if (seen.includes(named[j].id)) continue;
      seen.push(named[j].id);
      targets.push(named[j]);
    }
  }
  return new Found<CharacterView[]>(targets, '', '');
}

/** The targets' names as the world spells them. */
export function namesIn(targets: CharacterView[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < targets.length; i++) names.push(targets[i].name);
  return names;
}

/** The one character a whole name means, or the characters its space-separated words mean. */
function findNamed(name: TypedName): Found<CharacterView[]> {
  const words = wordsOf(name.text);
  if (name.whole || words.length == 1) {
    const found = findOne(name.text);
    if (!found.ok) return found.refusal<CharacterView[]>();
    return new Found<CharacterView[]>([found.value!], '', '');
  }
  const whole = character(name.text);
  if (whole.ok) return new Found<CharacterView[]>([whole.value!], '', '');
  const named: CharacterView[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = findOne(words[i]);
    if (!found.ok) return found.refusal<CharacterView[]>();
    named.push(found.value!);
  }
  return new Found<CharacterView[]>(named, '', '');
}

function findOne(name: string): Found<CharacterView> {
  // Anything but a name nobody has, a name too long to be anyone's included, the host's sentence says.
  return character(name).notFoundAs(unrecognized(name));
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c == ' ' || c == '\t') {
      if (word.length > 0) words.push(word);
      word = '';
    } else {
      word += c;
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

function unrecognized(name: string): string {
  return 'I don\'t recognize "' + shown(name) + '".';
}
