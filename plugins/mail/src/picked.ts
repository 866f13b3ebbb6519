// The messages of an open folder that a <message-list> names, with the numbers the player sees.
import { Entry } from './folder-index';
import { MessageList } from './message-list';
import { OpenFolder } from './open-folder';

export class Picked {
  constructor(
    /** The message's number in its folder, from 1. */
    public number: i32,
    public entry: Entry,
  ) {}
}

export function pick(folder: OpenFolder, list: MessageList): Picked[] {
  const picked: Picked[] = [];
  const entries = folder.entries;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (list.takes(i + 1, entry.read, entry.cleared)) picked.push(new Picked(i + 1, entry));
  }
  return picked;
}

/** `0:3`, as PennMUSH names a message in its answers. */
export function messageLabel(folder: OpenFolder, picked: Picked): string {
  return folder.number.toString() + ':' + picked.number.toString();
}
