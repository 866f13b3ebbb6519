// Who a message goes to, written as page takes names: separated by spaces or commas (`Bob Carol`,
// `Bob, Carol`), a name with spaces in double quotes (`"Mary Ann" Bob`), and unquoted `Mary Ann`
// reaching Mary Ann when someone has that whole name, Mary and Ann otherwise. As in PennMUSH, a
// number means whoever sent that message in the current folder, and `me` is the sender. Unlike a
// page, every name that reaches no one is reported, and the caller then sends nothing at all.
import { Actor, CharacterView, E_OBJECT_NOT_FOUND, Found, TypedName, character, characterById, shortened, splitNameList } from '../../pdk';
import { wholeNumber } from './limits';
import { mailboxOf } from './mailboxes-table';
import { headerOf } from './messages-table';
import { OpenFolder, openFolder } from './open-folder';

export const NO_RECIPIENTS = "MAIL: I can't figure out who you want to mail to.";
const NO_SUCH_MAIL = "MAIL: You can't reply to nonexistent mail.";

export class Recipients {
  people: CharacterView[] = [];
  /** One line for each name that reached no one; nothing may be sent while there are any. */
  problems: string[] = [];

  add(person: CharacterView): void {
    for (let i = 0; i < this.people.length; i++) if (this.people[i].id == person.id) return;
    this.people.push(person);
  }
}

export function findRecipients(typed: string, actor: Actor): Recipients {
  const found = new Recipients();
  const names = splitNames(typed);
  let folder: OpenFolder | null = null;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const number = name.whole ? -1 : wholeNumber(name.text);
    if (number >= 0) {
      if (folder === null) {
        const opened = currentFolder(actor);
        if (!opened.ok) {
          found.problems.push(opened.error);
          return found;
        }
        folder = opened.value!;
      }
      addSenderOf(found, folder!, number);
    } else if (name.whole || !name.text.includes(' ')) {
      addNamed(found, name.text, actor);
    } else {
      // Someone may have the whole name, spaces and all; else each word is a name.
      const whole = character(name.text);
      if (whole.ok) found.add(whole.value!);
      else {
        const words = name.text.split(' ');
        for (let j = 0; j < words.length; j++) if (words[j].length > 0) addNamed(found, words[j], actor);
      }
    }
  }
  return found;
}

/** The players' ids, as a message stores who it went to. */
export function idsOf(people: CharacterView[]): string {
  const ids: string[] = [];
  for (let i = 0; i < people.length; i++) ids.push(people[i].id.toString());
  return ids.join(' ');
}

// Commas and quotes split in the kit; tabs read as spaces, and runs of spaces as one, so a name is
// looked up as the world spells it. Spaces inside an unquoted piece are the caller's to read.
function splitNames(list: string): TypedName[] {
  const names = splitNameList(list);
  for (let i = 0; i < names.length; i++) names[i].text = collapseSpaces(names[i].text.replaceAll('\t', ' '));
  return names;
}

function collapseSpaces(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c == ' ' && out.endsWith(' ')) continue;
    out += c;
  }
  return out;
}

function addNamed(found: Recipients, name: string, actor: Actor): void {
  const person = name.toLowerCase() == 'me' ? characterById(actor.id) : character(name);
  if (person.ok) found.add(person.value!);
  else if (person.code == E_OBJECT_NOT_FOUND) found.problems.push('No such unique player: ' + shortened(name, 40) + '.');
  else found.problems.push(person.error);
}

function currentFolder(actor: Actor): Found<OpenFolder> {
  const mailbox = mailboxOf(actor.id);
  if (!mailbox.ok) return mailbox.refusal<OpenFolder>();
  return openFolder(mailbox.value!, mailbox.value!.folder);
}

function addSenderOf(found: Recipients, folder: OpenFolder, number: i32): void {
  if (number < 1 || number > folder.entries.length) {
    found.problems.push(NO_SUCH_MAIL);
    return;
  }
  const header = headerOf(folder.owner, folder.entries[number - 1].id);
  if (!header.ok) {
    found.problems.push(header.error);
    return;
  }
  const sender = characterById(header.value!.sender);
  if (sender.ok) found.add(sender.value!);
  else found.problems.push('MAIL: ' + header.value!.senderName + ', who sent message ' + number.toString() + ', is no longer a player here.');
}
