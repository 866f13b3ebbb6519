// Dates as +bb boards show them, in UTC like the rest of Hearth: `Thu Dec 03` in lists and
// `Thu Dec 03 2026 16:29 UTC` on a message. Plugins have no calendar, so the days since 1970 are
// turned into a date here (the usual civil-calendar arithmetic over 400-year eras).

const WEEKDAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']; // 1970-01-01 was a Thursday.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS: i64 = 86400000;

/** `Thu Dec 03`. */
export function shortDate(unixMs: i64): string {
  const date = CivilDate.of(unixMs);
  return date.weekday + ' ' + MONTHS[date.month - 1] + ' ' + twoDigits(date.day);
}

/** `Thu Dec 03 2026 16:29 UTC`. */
export function longDate(unixMs: i64): string {
  const date = CivilDate.of(unixMs);
  return shortDate(unixMs) + ' ' + date.year.toString() + ' ' + twoDigits(date.hour) + ':' + twoDigits(date.minute) + ' UTC';
}

class CivilDate {
  constructor(
    public year: i64,
    public month: i32,
    public day: i32,
    public weekday: string,
    public hour: i32,
    public minute: i32,
  ) {}

  static of(unixMs: i64): CivilDate {
    const days = floorDiv(unixMs, DAY_MS);
    const msOfDay = unixMs - days * DAY_MS;
    const z = days + 719468;
    const era = floorDiv(z, 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const monthIndex = (5 * dayOfYear + 2) / 153; // 0 is March
    const day = <i32>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const month = <i32>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    const weekday = WEEKDAYS[<i32>(((days % 7) + 7) % 7)];
    return new CivilDate(year, month, day, weekday, <i32>(msOfDay / 3600000), <i32>((msOfDay / 60000) % 60));
  }
}

function floorDiv(a: i64, b: i64): i64 {
  const q = a / b;
  return a % b != 0 && a < 0 ? q - 1 : q;
}

function twoDigits(value: i32): string {
  return value < 10 ? '0' + value.toString() : value.toString();
}
