// Lists of row ids kept as comma-separated text (`12,15,31`), always ascending since ids grow with
// time. Text rather than a JSON array: a board's list can hold hundreds of ids, and reading each
// as a JSON value of its own costs a plugin far more fuel than reading the digits.

/** The ids in `text`; anything but digits and commas is skipped. */
export function idsIn(text: string): i64[] {
  // Sized first and filled in place: a loop that may grow its array pays for the growing code on
  // every turn, since fuel is charged for a loop's whole body.
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) == 0x2c) count++;
  const ids = new Array<i64>(count + 1);
  let found = 0;
  let value: i64 = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      value = value * 10 + <i64>(code - 0x30);
      digits++;
    } else if (code == 0x2c) {
      if (digits > 0) unchecked((ids[found++] = value));
      value = 0;
      digits = 0;
    }
  }
  if (digits > 0) unchecked((ids[found++] = value));
  ids.length = found;
  return ids;
}

/** `12,15,31`. */
export function idsText(ids: i64[]): string {
  const parts = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) unchecked((parts[i] = ids[i].toString()));
  return parts.join(',');
}
