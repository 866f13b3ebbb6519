// Numbers from host answers, and how admin screens print them.
import { JSON } from '../../pdk';

/** A numeric field whether JSON gave it as an integer or a fraction; 0 when absent. */
export function numberOf(object: JSON.Obj, key: string): f64 {
  const integer = object.getInteger(key);
  if (integer !== null) return <f64>integer.valueOf();
  const fraction = object.getNum(key);
  return fraction === null ? 0 : fraction.valueOf();
}

/** `0.4`, `12.0`: one decimal, rounded. */
export function oneDecimal(value: f64): string {
  const tenths = <i64>Math.round(value * 10);
  return (tenths / 10).toString() + '.' + (tenths % 10).toString();
}

/** `1 room`, `3 rooms`. */
export function countOf(count: i64, noun: string): string {
  return count.toString() + ' ' + noun + (count == 1 ? '' : 's');
}

/** `2d 3h 4m 5s`, leaving out leading units that are zero (`4m 5s`, `0s`). */
export function formatUptime(totalSeconds: i64): string {
  const days = totalSeconds / 86400;
  const hours = (totalSeconds % 86400) / 3600;
  const minutes = (totalSeconds % 3600) / 60;
  const seconds = totalSeconds % 60;
  const secondsText = seconds.toString() + 's';
  if (days > 0) return days.toString() + 'd ' + hours.toString() + 'h ' + minutes.toString() + 'm ' + secondsText;
  if (hours > 0) return hours.toString() + 'h ' + minutes.toString() + 'm ' + secondsText;
  if (minutes > 0) return minutes.toString() + 'm ' + secondsText;
  return secondsText;
}
