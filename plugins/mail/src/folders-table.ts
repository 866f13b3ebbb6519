// The folders table: a row for each of a player's folders that has a name or has held mail, with
// its messages in order (folder-index.ts). A folder without a row is empty and unnamed.
import { Found, JSON, JsonWriter, dbQuery, dbUpsert, intOf, strOf } from '../../pdk';
import { Entry, decodeEntries } from './folder-index';

const FOLDERS = 'folders';
/** More rows than 16 folders make, should any ever be stored. */
const MAX_ROWS = 64;

export class FolderRow {
  constructor(
    public folder: i32,
    /** As the player named it; '' when unnamed. */
    public name: string,
    public entries: Entry[],
    /** The list as stored (folder-index.ts). */
    public stored: string,
  ) {}

  static read(row: JSON.Obj): FolderRow {
    const stored = strOf(row, 'messages');
    return new FolderRow(<i32>intOf(row, 'folder'), strOf(row, 'name'), decodeEntries(stored), stored);
  }
}

/** The name a folder shows: its own, or `inbox` for folder 0 and `unnamed` for the rest (PennMUSH's). */
export function shownName(folder: i32, name: string): string {
  if (name.length > 0) return name;
  return folder == 0 ? 'inbox' : 'unnamed';
}

/** One of `owner`'s folders (empty and unnamed when it has no row). */
export function folderRow(owner: i64, folder: i32): Found<FolderRow> {
  const answer = dbQuery(FOLDERS, new JsonWriter().int('owner', owner).int('folder', folder).end(), '', 1);
  if (!answer.ok) return new Found<FolderRow>(null, answer.errorCode, answer.errorMessage);
  const rows = answer.objects('rows');
  return new Found<FolderRow>(rows.length == 0 ? new FolderRow(folder, '', [], '') : FolderRow.read(rows[0]), '', '');
}

/** Every folder of `owner`'s that has a row, by number. */
export function folderRows(owner: i64): Found<FolderRow[]> {
  const answer = dbQuery(FOLDERS, new JsonWriter().int('owner', owner).end(), 'folder', MAX_ROWS);
  if (!answer.ok) return new Found<FolderRow[]>(null, answer.errorCode, answer.errorMessage);
  const rows = answer.objects('rows');
  const folders: FolderRow[] = [];
  for (let i = 0; i < rows.length; i++) folders.push(FolderRow.read(rows[i]));
  return new Found<FolderRow[]>(folders, '', '');
}

/** Stores a folder's messages in order (as encodeEntries writes them); '' or the error. */
export function saveEntries(owner: i64, folder: i32, encoded: string): string {
  const answer = dbUpsert(FOLDERS, new JsonWriter().int('owner', owner).int('folder', folder).str('messages', encoded).end());
  return answer.ok ? '' : answer.errorMessage;
}

/** Names a folder ('' takes the name off); '' or the error. */
export function saveName(owner: i64, folder: i32, name: string): string {
  const answer = dbUpsert(FOLDERS, new JsonWriter().int('owner', owner).int('folder', folder).str('name', name).end());
  return answer.ok ? '' : answer.errorMessage;
}
