// What was said on channels, kept in the plugin's `channel_lines` table for @channel/history and
// the lines shown on joining: the core's own history of a stream reaches back only 100 events and
// keeps them for good, where a game wants pages further back and lines gone after some days.
// Lines older than the retention are never shown, whether or not they are pruned yet.
import { JsonWriter, dbDelete, dbInsert, dbQuery, dbUpdate, intOf, log, strOf, unixMs } from '../../pdk';
import { dayOf } from './channel-clock';
import { retentionCutoff } from './channel-retention';

const LINES = 'channel_lines';
/** The host answers at most 1000 rows a query, so history reaches back that many lines. */
export const MOST_LINES_READ = 1000;

export class ChannelLine {
  constructor(
    public saidMs: i64,
    public text: string,
  ) {}
}

/**
 * Keeps a line said on `channel`. History is a record, not the talk itself: when the table
 * refuses (its write allowance is spent in a busy moment), the line still went out, and the
 * log says it was not kept.
 */
export function keepLine(channel: string, text: string): void {
  const now = unixMs();
  const row = new JsonWriter().str('channel', channel).int('said_ms', now).int('said_day', dayOf(now)).str('text', text).end();
  const kept = dbInsert(LINES, row);
  if (!kept.ok) log('warn', 'A line on channel ' + channel + ' was not kept in its history: ' + kept.errorMessage);
}

/** Up to `count` of the newest lines of `channel` still within retention, oldest first; null when unreadable. */
export function newestLines(channel: string, count: i32): ChannelLine[] | null {
  const page = linesBefore(channel, 0, count);
  return page === null ? null : page.lines;
}

/** The lines of one page (`skipped` newest lines left out, then `count`), and whether older ones exist. */
export class LinePage {
  constructor(
    public lines: ChannelLine[],
    public hasOlder: bool,
  ) {}
}

/** A page of history: the `count` lines after the newest `skipped`, oldest first; null when unreadable. */
export function linesBefore(channel: string, skipped: i32, count: i32): LinePage | null {
  const wanted = min(skipped + count + 1, MOST_LINES_READ);
  const answer = dbQuery(LINES, new JsonWriter().str('channel', channel).end(), '-row_id', wanted);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const cutoff = retentionCutoff(unixMs());
  const lines: ChannelLine[] = [];
  let hasOlder = false;
  // Newest first; retention cuts the tail, so the first expired row ends the page.
  for (let i = skipped; i < rows.length; i++) {
    const saidMs = intOf(rows[i], 'said_ms');
    if (saidMs < cutoff) break;
    if (i >= skipped + count) {
      hasOlder = true;
      break;
    }
    lines.unshift(new ChannelLine(saidMs, strOf(rows[i], 'text')));
  }
  return new LinePage(lines, hasOlder);
}

/** Carries a channel's lines over to its new name: the refusal's message, or ''. */
export function renameLines(oldName: string, newName: string): string {
  const moved = dbUpdate(LINES, new JsonWriter().str('channel', oldName).end(), new JsonWriter().str('channel', newName).end());
  return moved.ok ? '' : moved.errorMessage;
}

/** Every line of a channel, gone (the channel is deleted): the refusal's message, or ''. */
export function deleteLines(channel: string): string {
  const deleted = dbDelete(LINES, new JsonWriter().str('channel', channel).end());
  return deleted.ok ? '' : deleted.errorMessage;
}
