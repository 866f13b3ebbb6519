// Folders as players name them: a number from 0 to 15, or a name they gave one (folder 0 also
// answers to "inbox" while it has none of its own). Names are letters and digits, starting with a
// letter, so that a number always means a number.
import { FolderRow } from './folders-table';
import { FOLDER_NAME_LENGTH, MAX_FOLDER, wholeNumber } from './limits';

export const WHAT_FOLDER = 'MAIL: What folder is that?';

/** The folder `typed` names, or -1. */
export function folderNamed(typed: string, rows: FolderRow[]): i32 {
  const text = typed.trim();
  const number = wholeNumber(text);
  if (number >= 0) return number <= MAX_FOLDER ? number : -1;
  const wanted = text.toLowerCase();
  if (wanted.length == 0) return -1;
  for (let i = 0; i < rows.length; i++) if (rows[i].name.toLowerCase() == wanted) return rows[i].folder;
  if (wanted == 'inbox' && nameOf(0, rows).length == 0) return 0;
  return -1;
}

/** Folder `folder`'s own name, or ''. */
export function nameOf(folder: i32, rows: FolderRow[]): string {
  for (let i = 0; i < rows.length; i++) if (rows[i].folder == folder) return rows[i].name;
  return '';
}

/** Why `name` cannot name a folder, or ''. */
export function folderNameProblem(name: string): string {
  if (name.length > FOLDER_NAME_LENGTH) return 'MAIL: Folder name too long: use at most ' + FOLDER_NAME_LENGTH.toString() + ' letters and digits.';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    const digit = code >= 0x30 && code <= 0x39;
    if (!letter && !(digit && i > 0)) return 'MAIL: Illegal folder name: use letters and digits, starting with a letter.';
  }
  return '';
}
