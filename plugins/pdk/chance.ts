// Dice and the time of day, from the host (a plugin has no generator or clock of its own).
// Math.random and Date.now work too: Hearth seeds Math.random for every call and answers Date.now,
// so a call run again after a pause draws and reads what it did the first time.
import { callHost } from './host-reply';
import * as host from './host-imports';
import { JSON } from './json';
import { JsonWriter } from './json-writer';

/** `count` whole numbers from `min` to `max`, both included, from the host's cryptographic generator. */
export function randomInts(min: i64, max: i64, count: i32 = 1): i64[] {
  const answer = callHost(host.random, new JsonWriter().int('min', min).int('max', max).int('count', count).end());
  const values: i64[] = [];
  if (!answer.ok) return values;
  const array = answer.data.getArr('values');
  if (array === null) return values;
  const items = array.valueOf();
  for (let i = 0; i < items.length; i++) if (items[i].isInteger) values.push((<JSON.Integer>items[i]).valueOf());
  return values;
}

/** One whole number from `min` to `max`, both included (`min` when the host refused: check your bounds). */
export function randomInt(min: i64, max: i64): i64 {
  const values = randomInts(min, max, 1);
  return values.length == 1 ? values[0] : min;
}

/** Milliseconds since 1970-01-01 UTC, by the server's clock. */
export function unixMs(): i64 {
  return callHost(host.clock, '{}').int('unix_ms');
}

/** Milliseconds from an arbitrary start that never goes backwards, for measuring durations. */
export function monotonicMs(): f64 {
  const answer = callHost(host.clock, '{}');
  // JSON writes a whole number of milliseconds without a fraction, and the reader makes it an Integer.
  const value = answer.data.getNum('monotonic_ms');
  return value !== null ? value.valueOf() : <f64>answer.int('monotonic_ms');
}
