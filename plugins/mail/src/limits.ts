// The limits mail keeps. Three come from the plugin's settings (`@plugin/config mail <key>=<value>`)
// and are held under ceilings: every command's work grows with them, and each command must finish
// within the host's allowance of instructions and pauses, however full a mailbox is. A command that
// waits on the database runs again from the start after each wait, so its cost grows with the
// square of its waits: the limits below keep the worst command near half its allowance.
import { setting } from '../../pdk';

/** Folders are numbered 0 (the inbox) to 15, as in PennMUSH. */
export const MAX_FOLDER: i32 = 15;
/** Characters a subject may have; a / further on is part of the message (PennMUSH's rule). */
export const SUBJECT_LENGTH: i32 = 60;
/** Characters a folder name may have. */
export const FOLDER_NAME_LENGTH: i32 = 16;
/** Messages one command may clear or unclear one at a time; a whole folder changes in one step. */
export const MAX_CHANGED: i32 = 10;
/** Messages one @mail/file moves (each changes two rows, and two folders' lists are read). */
export const MAX_FILED: i32 = 5;
/** Messages one @mail/read shows. */
export const MAX_READ: i32 = 5;
/**
 * UTF-8 bytes of text one @mail delivers in all (the message times its recipients). A command that
 * waits on the database runs again from the start, reading its input again each time, and a send
 * waits four times for each recipient; this keeps the longest send well inside its allowance.
 */
export const MAX_DELIVERED_BYTES: i32 = 32000;
/**
 * New messages (or, when a folder's list needs rebuilding, messages) a command that changes mail
 * reads to bring the inbox's list up to date. Each is read again on every pause of the command,
 * so more than this waits for @mail or the next login, which take in any number.
 */
export const CATCH_UP: i32 = 25;
/** The same for @mail and logging in, which change at most the list itself. */
export const CATCH_UP_ALL: i32 = 1000;
/** UTF-8 bytes of messages one @mail/read shows (the host takes up to 64 KiB of output). */
export const MAX_OUTPUT_BYTES: i32 = 40000;

/**
 * Messages a folder may hold; the inbox refuses new mail at this many. Listing a full folder of
 * 500 reads every message in it, which takes about 70% of one run's allowance.
 */
export function mailboxLimit(): i32 {
  return bounded('mailbox_limit', 500, 500);
}

/** Characters in a message's text. */
export function maxMessageLength(): i32 {
  return bounded('max_message_length', 8000, 8000);
}

/**
 * Players one @mail (or one forward) may go to. Each recipient costs a send four waits on the
 * database, and every wait runs the command again from the start.
 */
export function maxRecipients(): i32 {
  return bounded('max_recipients', 5, 5);
}

/** A setting as a whole number from 1 to `ceiling`; anything else is the default. */
function bounded(key: string, fallback: i32, ceiling: i32): i32 {
  const value = wholeNumber(setting(key, fallback.toString()).trim());
  if (value < 1) return fallback;
  return value > ceiling ? ceiling : value;
}

/** A number of 1 to 9 digits, or -1 for anything else (a sign, a space, more digits). */
export function wholeNumber(text: string): i32 {
  if (text.length == 0 || text.length > 9) return -1;
  let value: i32 = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return -1;
    value = value * 10 + (code - 0x30);
  }
  return value;
}
