// Time functions: secs, time/utctime, convsecs/convutcsecs, convtime, timefmt, isdaylight.
// Hearth's game clock is UTC, so local and UTC forms agree; dates read as PennMUSH prints them
// (`Thu Dec 03 19:33:25 2026`, strftime's `%a %b %d %H:%M:%S %Y`).
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { parseInteger } from '../numbers.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Dates JavaScript can hold, in seconds; outside them PennMUSH's answer is an out-of-range error. */
const MAX_SECONDS = 8.64e12;

export const timeFunctions: SoftcodeFunction[] = [
  defineFunction('secs', 0, 0, () => String(Math.floor(Date.now() / 1000))),
  defineFunction('time', 0, 1, () => formatTime(new Date())),
  defineFunction('utctime', 0, 0, () => formatTime(new Date())),
  defineFunction('convsecs', 1, 2, ({ args }) => withSeconds(args[0]!, (date) => formatTime(date))),
  defineFunction('convutcsecs', 1, 1, ({ args }) => withSeconds(args[0]!, (date) => formatTime(date))),
  defineFunction('convtime', 1, 2, ({ args }) => convertTime(args[0]!)),
  defineFunction('isdaylight', 0, 0, () => '0'),
  defineFunction('timefmt', 1, 2, ({ args }) => {
    if (args[1] === undefined || args[1].trim() === '') return formatPattern(args[0]!, new Date());
    return withSeconds(args[1], (date) => formatPattern(args[0]!, date));
  }),
];

/** `Thu Dec 03 19:33:25 2026`. */
export function formatTime(date: Date): string {
  return formatPattern('$a $b $d $H:$M:$S $Y', date);
}

function withSeconds(text: string, show: (date: Date) => string): string {
  const seconds = parseInteger(text);
  if (seconds === undefined) return SOFTCODE_ERRORS.integer;
  if (Math.abs(seconds) > MAX_SECONDS) return SOFTCODE_ERRORS.outOfRange;
  return show(new Date(seconds * 1000));
}

/** timefmt's `$` codes (PennMUSH's strftime letters after `$`); `$$` is a dollar sign. */
function formatPattern(pattern: string, date: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const hour12 = date.getUTCHours() % 12 === 0 ? 12 : date.getUTCHours() % 12;
  const dayOfYear = Math.floor((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  const codes: Record<string, () => string> = {
    a: () => DAYS[date.getUTCDay()]!.slice(0, 3),
    A: () => DAYS[date.getUTCDay()]!,
    b: () => MONTHS[date.getUTCMonth()]!.slice(0, 3),
    B: () => MONTHS[date.getUTCMonth()]!,
    c: () => formatTime(date),
    d: () => pad(date.getUTCDate()),
    e: () => String(date.getUTCDate()).padStart(2, ' '),
    H: () => pad(date.getUTCHours()),
    I: () => pad(hour12),
    j: () => pad(dayOfYear, 3),
    m: () => pad(date.getUTCMonth() + 1),
    M: () => pad(date.getUTCMinutes()),
    p: () => (date.getUTCHours() < 12 ? 'AM' : 'PM'),
    S: () => pad(date.getUTCSeconds()),
    s: () => String(Math.floor(date.getTime() / 1000)),
    w: () => String(date.getUTCDay()),
    x: () => `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${pad(date.getUTCFullYear() % 100)}`,
    X: () => `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`,
    y: () => pad(date.getUTCFullYear() % 100),
    Y: () => String(date.getUTCFullYear()),
    Z: () => 'UTC',
    $: () => '$',
  };
  return pattern.replace(/\$([A-Za-z$])/g, (whole, letter: string) => codes[letter]?.() ?? whole);
}

/** convtime(`Thu Dec 03 19:33:25 2026`) → seconds, or -1 for text that is not such a date. */
function convertTime(text: string): string {
  const match = /^\s*[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(\d{4})\s*$/.exec(text);
  if (!match) return '-1';
  const month = MONTHS.findIndex((name) => name.slice(0, 3).toLowerCase() === match[1]!.toLowerCase());
  if (month === -1) return '-1';
  const ms = Date.UTC(Number(match[6]), month, Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5]));
  return Number.isNaN(ms) ? '-1' : String(Math.floor(ms / 1000));
}
