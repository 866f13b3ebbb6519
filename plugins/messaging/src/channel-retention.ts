// How long channel lines are kept (`history_days`), and pruning what is older. Lines carry the day
// they were said, so a whole expired day goes in one delete; a channel is pruned at most once a
// day (the day is kept on its row), by the first line said or history read that day.
import { JsonWriter, dbDelete, dbQuery, intOf, log, unixMs } from '../../pdk';
import { DAY_MS, dayOf } from './channel-clock';
import { historyDays } from './channel-settings';
import { Channel, updateChannel } from './channels-table';

const LINES = 'channel_lines';
// Days deleted in one go at most; any more wait for the next day, hidden from readers meanwhile.
const MOST_DAYS_PRUNED = 8;

/** The oldest time a line may have been said and still be shown (i64.MIN_VALUE: no limit). */
export function retentionCutoff(nowMs: i64): i64 {
  const days = historyDays();
  return days == 0 ? i64.MIN_VALUE : nowMs - <i64>days * DAY_MS;
}

/**
 * Deletes the channel's lines from days wholly past retention, once a day. Pruning is upkeep:
 * a refusal is logged and left for the next day rather than failing what the player asked.
 */
export function pruneExpiredLines(channel: Channel): void {
  const now = unixMs();
  const today = dayOf(now);
  if (historyDays() == 0 || channel.prunedDay >= today) return;
  const lastExpiredDay = dayOf(retentionCutoff(now)) - 1;
  const where = new JsonWriter().str('channel', channel.name).end();
  for (let pruned = 0; pruned < MOST_DAYS_PRUNED; pruned++) {
    const oldest = dbQuery(LINES, where, 'row_id', 1);
    if (!oldest.ok) return logged(channel, oldest.errorMessage);
    const rows = oldest.objects('rows');
    if (rows.length == 0) break;
    const day = intOf(rows[0], 'said_day');
    if (day > lastExpiredDay) break;
    const deleted = dbDelete(LINES, new JsonWriter().str('channel', channel.name).int('said_day', day).end());
    if (!deleted.ok) return logged(channel, deleted.errorMessage);
  }
  const marked = updateChannel(channel.name, new JsonWriter().int('pruned_day', today).end());
  if (!marked.ok) return logged(channel, marked.errorMessage);
  channel.prunedDay = today;
}

function logged(channel: Channel, reason: string): void {
  log('warn', 'Old lines of channel ' + channel.name + ' were not pruned this time: ' + reason);
}
