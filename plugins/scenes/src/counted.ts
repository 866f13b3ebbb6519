// `1 line`, `3 lines`: a count with its noun, for messages.

export function counted(count: i64, noun: string): string {
  return count.toString() + ' ' + noun + (count == 1 ? '' : 's');
}
