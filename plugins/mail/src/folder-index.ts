// A folder's messages in order, with their read and cleared marks, as one line of text kept in
// the folder's row: "101r 102 107rc" is message 101 (read), then 102 (new), then 107 (read and
// cleared). Message numbers are positions in this list, so turning a number into a message reads
// one short row rather than every message in the folder.
export class Entry {
  constructor(
    /** The message's id (its row in the messages table). */
    public id: i64,
    public read: bool,
    public cleared: bool,
  ) {}

  encode(): string {
    let token = this.id.toString();
    if (this.read) token += 'r';
    if (this.cleared) token += 'c';
    return token;
  }
}

/**
 * The entries a folder row's text holds; anything that is not an entry is skipped. Read in one
 * pass without cutting the text into pieces: every command reads its folder's list again on each
 * of its pauses.
 */
export function decodeEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let i = 0;
  while (i < text.length) {
    let id: i64 = 0;
    let digits = 0;
    let read = false;
    let cleared = false;
    let code = text.charCodeAt(i);
    while (code != 0x20) {
      if (code >= 0x30 && code <= 0x39 && digits < 18) {
        id = id * 10 + <i64>(code - 0x30);
        digits++;
      } else if (code == 0x72) read = true;
      else if (code == 0x63) cleared = true;
      i++;
      if (i >= text.length) break;
      code = text.charCodeAt(i);
    }
    if (id > 0) entries.push(new Entry(id, read, cleared));
    i++;
  }
  return entries;
}

export function encodeEntries(entries: Entry[]): string {
  const tokens: string[] = [];
  for (let i = 0; i < entries.length; i++) tokens.push(entries[i].encode());
  return tokens.join(' ');
}

/** The position (from 0) of the message `id`, or -1. */
export function indexOfId(entries: Entry[], id: i64): i32 {
  for (let i = 0; i < entries.length; i++) if (entries[i].id == id) return i;
  return -1;
}

/** Puts `entry` where its id belongs: messages keep the order they arrived in, in every folder. */
export function insertInOrder(entries: Entry[], entry: Entry): void {
  entries.push(entry);
  let at = entries.length - 1;
  while (at > 0 && entries[at - 1].id > entry.id) {
    entries[at] = entries[at - 1];
    at--;
  }
  entries[at] = entry;
}
