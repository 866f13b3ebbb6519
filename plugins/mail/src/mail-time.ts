// When a message was sent, shown as PennMUSH shows it: `Thu Dec 03 16:45` in a list and
// `Thu Dec  3 16:45:21 2026` when it is read. Times are the database's, in UTC.
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

class Moment {
  constructor(
    public year: i32,
    public month: i32,
    public day: i32,
    public clock: string,
  ) {}
}

/** `Thu Dec 03 16:45`, or the text as stored when it is not an ISO time. */
export function listedTime(iso: string): string {
  const moment = parse(iso);
  if (moment === null) return iso;
  return weekday(moment) + ' ' + MONTHS[moment.month - 1] + ' ' + moment.day.toString().padStart(2, '0') + ' ' + moment.clock.slice(0, 5);
}

/** `Thu Dec  3 16:45:21 2026`. */
export function fullTime(iso: string): string {
  const moment = parse(iso);
  if (moment === null) return iso;
  return weekday(moment) + ' ' + MONTHS[moment.month - 1] + ' ' + moment.day.toString().padStart(2, ' ') + ' ' + moment.clock + ' ' + moment.year.toString();
}

// `2026-12-03T16:45:21.605Z`, as the host gives timestamps.
function parse(iso: string): Moment | null {
  if (iso.length < 19 || iso.charAt(4) != '-' || iso.charAt(7) != '-' || iso.charAt(10) != 'T') return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return new Moment(year, month, day, iso.slice(11, 19));
}

function digits(text: string, start: i32, count: i32): i32 {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return -1;
    value = value * 10 + (code - 0x30);
  }
  return value;
}

// Days since 1970-01-01 (a Thursday), by the usual civil-calendar arithmetic.
function weekday(moment: Moment): string {
  const y = moment.month <= 2 ? moment.year - 1 : moment.year;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yearOfEra = y - era * 400;
  const monthFromMarch = moment.month > 2 ? moment.month - 3 : moment.month + 9;
  const dayOfYear = (153 * monthFromMarch + 2) / 5 + moment.day - 1;
  const dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  const days = era * 146097 + dayOfEra - 719468;
  return DAYS[(((days + 4) % 7) + 7) % 7];
}
