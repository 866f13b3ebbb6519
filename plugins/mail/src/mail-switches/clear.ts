// @mail/clear and @mail/delete mark messages deleted ("cleared", as PennMUSH says); @mail/unclear
// and @mail/undelete take the mark off. Without a list they work on the whole current folder.
// Cleared messages stay, and can be uncleared, until @mail/purge. When a change leaves every
// message in the folder marked alike, it is made to the whole folder in one step; otherwise one
// message at a time, at most 20 in one command.
import { Actor, fail, reply } from '../../../pdk';
import { MAX_CHANGED } from '../limits';
import { setCleared, setFolderCleared } from '../message-state';
import { openList } from '../opened-list';
import { Picked, messageLabel } from '../picked';
import { OpenFolder } from '../open-folder';

const NO_MATCH = "MAIL: You don't have any matching messages!";
/** Lines of "Msg ... cleared." shown at most; the rest are counted. */
const MAX_LINES = 20;

/** `undo` is the switch that reverses this one, as the player would type it (unclear, undelete). */
export function clearMail(actor: Actor, typedList: string, cleared: bool, undo: string): i32 {
  const opened = openList(actor, typedList);
  if (!opened.ok) return fail(opened.error);
  const folder = opened.value!.folder;
  const picked = opened.value!.picked;
  if (picked.length == 0) return fail(NO_MATCH);
  const changing: Picked[] = [];
  for (let i = 0; i < picked.length; i++) if (picked[i].entry.cleared != cleared) changing.push(picked[i]);
  if (changing.length == 0) return reply(cleared ? 'MAIL: All messages had those flags already.' : 'MAIL: No messages had those flags.');

  if (allEndAlike(folder, changing, cleared)) {
    const error = setFolderCleared(actor.id, folder.number, cleared);
    if (error.length > 0) return fail(error);
  } else {
    if (changing.length > MAX_CHANGED) {
      return fail(
        'MAIL: That would change ' + changing.length.toString() + ' messages one at a time; one command changes at most ' + MAX_CHANGED.toString() +
          '. Name fewer, or change a whole folder at once with @mail/clear or @mail/unclear and no list.',
      );
    }
    for (let i = 0; i < changing.length; i++) {
      const error = setCleared(actor.id, changing[i].entry.id, cleared);
      if (error.length > 0) return fail(error);
    }
  }
  const lines: string[] = [];
  for (let i = 0; i < changing.length; i++) {
    if (i < MAX_LINES) lines.push(lineFor(folder, changing[i], cleared, undo));
    changing[i].entry.cleared = cleared;
  }
  if (changing.length > MAX_LINES) lines.push('MAIL: ...and ' + (changing.length - MAX_LINES).toString() + ' more.');
  const saved = folder.save();
  if (saved.length > 0) return fail(saved);
  return reply(lines.join('\n'));
}

// Whether, after the change, every message in the folder has the same mark.
function allEndAlike(folder: OpenFolder, changing: Picked[], cleared: bool): bool {
  let alreadyAlike = 0;
  for (let i = 0; i < folder.entries.length; i++) if (folder.entries[i].cleared == cleared) alreadyAlike++;
  return alreadyAlike + changing.length == folder.entries.length;
}

function lineFor(folder: OpenFolder, picked: Picked, cleared: bool, undo: string): string {
  const label = messageLabel(folder, picked);
  if (!cleared) return 'MAIL: Msg #' + label + ' uncleared.';
  if (!picked.entry.read) return 'MAIL: Unread Msg #' + label + ' cleared! Use @mail/' + undo + ' ' + label + ' to recover.';
  return 'MAIL: Msg #' + label + ' cleared.';
}
