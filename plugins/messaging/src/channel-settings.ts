// The plugin's settings for channels (manifest `config`, changed by admins with @plugin/config),
// read with safe fallbacks: a mistyped value never opens more than the default would.
import { setting } from '../../pdk';
import { isRoleName } from './channel-roles';

/** Days of history kept when the setting is not a number. */
const DEFAULT_HISTORY_DAYS = 30;
const MAX_HISTORY_DAYS = 3650;
const DEFAULT_RECALL_LINES = 10;
const MAX_RECALL_LINES = 20;

/** The least role that may create channels; a value that is no role counts as admin. */
export function creatorRole(): string {
  const role = setting('create_role', 'builder').trim().toLowerCase();
  return isRoleName(role) ? role : 'admin';
}

/** Lines of history shown to someone joining a channel, 0 to 20. */
export function joinRecallLines(): i32 {
  return wholeSetting('join_recall_lines', DEFAULT_RECALL_LINES, MAX_RECALL_LINES);
}

/** Days lines are kept; 0 keeps them for good. */
export function historyDays(): i32 {
  return wholeSetting('history_days', DEFAULT_HISTORY_DAYS, MAX_HISTORY_DAYS);
}

/** A whole number from 0 to `most`; `fallback` when the setting is anything else. */
function wholeSetting(key: string, fallback: i32, most: i32): i32 {
  const text = setting(key, fallback.toString()).trim();
  if (text.length == 0 || text.length > 6) return fallback;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return fallback;
  }
  const value = I32.parseInt(text);
  return value > most ? fallback : value;
}
