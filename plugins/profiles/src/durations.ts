// How long someone has been on and idle, written as WHO writes them: "01:05" or "2d 03:10" on,
// "45s", "12m", "3h", "2d" idle.
export function onFor(seconds: i64): string {
  const minutes = seconds / 60;
  const days = minutes / 1440;
  const clock = twoDigits((minutes / 60) % 24) + ':' + twoDigits(minutes % 60);
  return days > 0 ? days.toString() + 'd ' + clock : clock;
}

export function idle(seconds: i64): string {
  if (seconds < 60) return seconds.toString() + 's';
  if (seconds < 3600) return (seconds / 60).toString() + 'm';
  if (seconds < 86400) return (seconds / 3600).toString() + 'h';
  return (seconds / 86400).toString() + 'd';
}

function twoDigits(value: i64): string {
  return value < 10 ? '0' + value.toString() : value.toString();
}
