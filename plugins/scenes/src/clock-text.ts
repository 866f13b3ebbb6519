// Times as the log shows them, in UTC like the rest of Hearth: `2026-12-03 16:35` and `16:35`,
// and the ISO form for machine-readable `<time>` elements.

/** `2026-12-03T16:35:42.000Z`. */
export function isoTime(ms: i64): string {
  return new Date(ms).toISOString();
}

/** `2026-12-03 16:35`. */
export function dateAndTime(ms: i64): string {
  const iso = isoTime(ms);
  return iso.slice(0, 10) + ' ' + iso.slice(11, 16);
}

/** `16:35`. */
export function timeOfDay(ms: i64): string {
  return isoTime(ms).slice(11, 16);
}
