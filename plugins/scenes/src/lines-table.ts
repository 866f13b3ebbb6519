// The log: one row a line in the `lines` table, in the order they were written (row_id). Each
// row carries its in-game page (20 lines) and web part (50 lines), since tables are queried by
// equal values only.
import { HostReply, JSON, JsonWriter, boolOf, dbInsert, dbQuery, intOf, strOf } from '../../pdk';

const LINES = 'lines';
export const LINES_PER_PAGE: i64 = 20;
export const LINES_PER_PART: i64 = 50;

export class LogLine {
  constructor(
    public atMs: i64,
    public speaker: i64,
    public name: string,
    /** say, pose, semipose, emit or ooc. */
    public kind: string,
    public text: string,
    public ooc: bool,
  ) {}

  static read(row: JSON.Obj): LogLine {
    return new LogLine(intOf(row, 'at_ms'), intOf(row, 'speaker'), strOf(row, 'name'), strOf(row, 'kind'), strOf(row, 'text'), boolOf(row, 'ooc'));
  }
}

/** Appends line number `index` (0 for the first) to a scene's log. */
export function insertLine(scene: i64, index: i64, line: LogLine): HostReply {
  const values = new JsonWriter()
    .int('scene', scene)
    .int('page', index / LINES_PER_PAGE + 1)
    .int('part', index / LINES_PER_PART + 1)
    .int('at_ms', line.atMs)
    .int('speaker', line.speaker)
    .str('name', line.name)
    .str('kind', line.kind)
    .str('text', line.text)
    .bool('ooc', line.ooc);
  return dbInsert(LINES, values.end());
}

/** The lines of in-game page `page` (from 1); null when the table could not be read. */
export function linesOfPage(scene: i64, page: i64): LogLine[] | null {
  return linesWhere(new JsonWriter().int('scene', scene).int('page', page).end());
}

/** The lines of web part `part` (from 1). */
export function linesOfPart(scene: i64, part: i64): LogLine[] | null {
  return linesWhere(new JsonWriter().int('scene', scene).int('part', part).end());
}

/** How many pages of `perPage` lines a log of `lines` lines fills (at least 1). */
export function pagesFor(lines: i64, perPage: i64): i64 {
  return lines == 0 ? 1 : (lines + perPage - 1) / perPage;
}

function linesWhere(whereJson: string): LogLine[] | null {
  // A page or part may hold a line or two more than its size when two lines raced for a number.
  const answer = dbQuery(LINES, whereJson, 'row_id', 200);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const lines: LogLine[] = [];
  for (let i = 0; i < rows.length; i++) lines.push(LogLine.read(rows[i]));
  return lines;
}
