// Fixed-width layout for +bb listings: rules across the screen and columns padded by characters
// (not UTF-16 units), so titles with accents or emoji keep the columns after them in line.
import { characterCount, shortened } from '../../pdk';

export const WIDTH: i32 = 78;

export function heavyRule(): string {
  return '='.repeat(WIDTH);
}

export function lightRule(): string {
  return '-'.repeat(WIDTH);
}

/** `text` cut to `width` characters ("..." ending a cut) and padded with spaces to it. */
export function column(text: string, width: i32): string {
  const fitted = characterCount(text) > width ? shortened(text, width - 3) : text;
  return fitted + ' '.repeat(width - characterCount(fitted));
}

/** `text` padded on the left to `width` characters. */
export function rightAligned(text: string, width: i32): string {
  const count = characterCount(text);
  return count >= width ? text : ' '.repeat(width - count) + text;
}
