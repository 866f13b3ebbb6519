// A <message-list> as PennMUSH reads one: a number (3), a range (2-5, -7, 3-), either of them in
// another folder (1:3, 1:2-5, 1:), or a word: folder (the whole current folder), read, unread,
// cleared. Numbers count from 1 within a folder. A lone number (3, 1:3) asks to read a message;
// anything else given to plain @mail asks for a list.
import { MAX_FOLDER, wholeNumber } from './limits';

export const INVALID_LIST = 'MAIL: Invalid message specification';
export const INVALID_FOLDER = 'MAIL: What folder is that? Folders are numbered 0 to 15.';

/** Which messages a list means; `error` is set instead when it means nothing. */
export class MessageList {
  /** The folder, or -1 for the current one. */
  folder: i32 = -1;
  /** The first and last message numbers; 0 leaves that end open. */
  low: i32 = 0;
  high: i32 = 0;
  /** '', 'read', 'unread' or 'cleared'. */
  filter: string = '';
  /** A lone number: plain @mail reads it rather than listing. */
  single: bool = false;
  error: string = '';

  static invalid(error: string): MessageList {
    const list = new MessageList();
    list.error = error;
    return list;
  }

  get ok(): bool {
    return this.error.length == 0;
  }

  /** The folder the list is about, given the player's current one. */
  folderFor(current: i32): i32 {
    return this.folder < 0 ? current : this.folder;
  }

  /** Whether the message at `position` (from 1) with these marks is on the list. */
  takes(position: i32, read: bool, cleared: bool): bool {
    if (this.low > 0 && position < this.low) return false;
    if (this.high > 0 && position > this.high) return false;
    if (this.filter == 'read') return read;
    if (this.filter == 'unread') return !read;
    if (this.filter == 'cleared') return cleared;
    return true;
  }
}

export function parseMessageList(typed: string): MessageList {
  const text = typed.trim();
  const list = new MessageList();
  if (text.length == 0) return list;
  const word = text.toLowerCase();
  if (word == 'folder') return list;
  if (word == 'read' || word == 'unread' || word == 'cleared' || word == 'clear') {
    list.filter = word == 'clear' ? 'cleared' : word;
    return list;
  }
  let spec = text;
  const colon = text.indexOf(':');
  if (colon >= 0) {
    const folder = wholeNumber(text.slice(0, colon));
    if (folder < 0) return MessageList.invalid(colon == 0 ? INVALID_LIST : INVALID_FOLDER);
    if (folder > MAX_FOLDER) return MessageList.invalid(INVALID_FOLDER);
    list.folder = folder;
    spec = text.slice(colon + 1);
    // `1:` is the whole of folder 1.
    if (spec.length == 0) return list;
  }
  const dash = spec.indexOf('-');
  if (dash < 0) {
    const number = wholeNumber(spec);
    if (number < 1) return MessageList.invalid(INVALID_LIST);
    list.low = number;
    list.high = number;
    list.single = true;
    return list;
  }
  const first = spec.slice(0, dash);
  const last = spec.slice(dash + 1);
  // `-` alone names no end at all, and a second dash is no range PennMUSH knows.
  if ((first.length == 0 && last.length == 0) || last.indexOf('-') >= 0) return MessageList.invalid(INVALID_LIST);
  if (first.length > 0) {
    list.low = wholeNumber(first);
    if (list.low < 1) return MessageList.invalid(INVALID_LIST);
  }
  if (last.length > 0) {
    list.high = wholeNumber(last);
    if (list.high < 1) return MessageList.invalid(INVALID_LIST);
  }
  return list;
}
