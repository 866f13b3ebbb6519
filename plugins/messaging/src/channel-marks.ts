// Where characters stand on a channel, one row per mark in the `channel_marks` table: operator
// (helps the owner moderate), banned (kept off), muted (may listen, not talk) and invited (may
// join a private channel). Kept in the plugin's table, so a restart forgets none of them.
import { HostReply, JsonWriter, dbDelete, dbInsert, dbQuery, dbUpdate, intOf, strOf } from '../../pdk';

export const OPERATOR = 'operator';
export const BANNED = 'banned';
export const MUTED = 'muted';
export const INVITED = 'invited';

const MARKS = 'channel_marks';
// Four marks exist, but a row written twice (two calls at once) must not hide a third.
const MARKS_OF_ONE = 20;
const MOST_LISTED = 1000;

/** The marks `characterId` holds on `channel`, or null when the table could not be read. */
export function marksOf(channel: string, characterId: i64): string[] | null {
  const answer = dbQuery(MARKS, new JsonWriter().str('channel', channel).int('character', characterId).end(), '', MARKS_OF_ONE);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const marks: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const mark = strOf(rows[i], 'mark');
    if (!marks.includes(mark)) marks.push(mark);
  }
  return marks;
}

/** The characters holding `mark` on `channel`, oldest mark first, or null when unreadable. */
export function charactersMarked(channel: string, mark: string): i64[] | null {
  const answer = dbQuery(MARKS, new JsonWriter().str('channel', channel).str('mark', mark).end(), 'set_at', MOST_LISTED);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const ids: i64[] = [];
  for (let i = 0; i < rows.length; i++) {
    const id = intOf(rows[i], 'character');
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export function addMark(channel: string, characterId: i64, mark: string, setBy: i64): HostReply {
  return dbInsert(MARKS, new JsonWriter().str('channel', channel).int('character', characterId).str('mark', mark).int('set_by', setBy).end());
}

export function removeMark(channel: string, characterId: i64, mark: string): HostReply {
  return dbDelete(MARKS, new JsonWriter().str('channel', channel).int('character', characterId).str('mark', mark).end());
}

/** Carries every mark on a channel over to its new name. */
export function renameMarks(oldName: string, newName: string): HostReply {
  return dbUpdate(MARKS, new JsonWriter().str('channel', oldName).end(), new JsonWriter().str('channel', newName).end());
}

export function deleteMarks(channel: string): HostReply {
  return dbDelete(MARKS, new JsonWriter().str('channel', channel).end());
}
