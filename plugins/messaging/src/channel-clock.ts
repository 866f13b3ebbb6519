// Times of channel lines as players read them: `[14:05]` for today, `[Dec 31 14:05]` before, in
// UTC as the core shows times, so everyone reading a channel's history sees the same clock.

export const DAY_MS: i64 = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 (UTC) at `unixMs`. */
export function dayOf(unixMs: i64): i64 {
  return unixMs >= 0 ? unixMs / DAY_MS : (unixMs - DAY_MS + 1) / DAY_MS;
}

/** The stamp in front of a line said at `saidMs`, read at `nowMs`. */
export function stampOf(saidMs: i64, nowMs: i64): string {
  const day = dayOf(saidMs);
  const minutes = (saidMs - day * DAY_MS) / 60_000;
  const time = two(minutes / 60) + ':' + two(minutes % 60);
  if (day == dayOf(nowMs)) return '[' + time + ']';
  return '[' + monthAndDay(day) + ' ' + time + ']';
}

function two(value: i64): string {
  return value.toString().padStart(2, '0');
}

/** "Dec 31" for a day number, by the proleptic Gregorian calendar. */
function monthAndDay(day: i64): string {
  // Shift to years starting in March, so the leap day falls at the end of a year.
  const shifted = day + 719_468;
  const era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097;
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
  const dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  const marchMonth = (5 * dayOfYear + 2) / 153;
  const dayOfMonth = dayOfYear - (153 * marchMonth + 2) / 5 + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  return MONTHS[<i32>month - 1] + ' ' + two(dayOfMonth);
}
