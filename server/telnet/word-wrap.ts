// Wraps text at the client's window width (from NAWS) between words, counting characters as the
// player sees them: colour codes take no room. A word longer than the width is cut.

const TOKENS = /\u001b\[[0-9;]*m|[\s\S]/gu;

export function wrapText(text: string, width: number): string {
  if (width <= 0) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width).join('\n'))
    .join('\n');
}

export function wrapLine(line: string, width: number): string[] {
  if (width <= 0 || visibleLength(line) <= width) return [line];
  const lines: string[] = [];
  let current = '';
  let currentLength = 0;
  let started = false;
  for (const word of line.split(' ')) {
    const length = visibleLength(word);
    if (started && currentLength + 1 + length > width) {
      lines.push(current);
      current = '';
      currentLength = 0;
      started = false;
    }
    if (!started && length > width) {
      const pieces = cutWord(word, width);
      lines.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1] ?? '';
      currentLength = visibleLength(current);
      started = true;
      continue;
    }
    current += started ? ` ${word}` : word;
    currentLength += (started ? 1 : 0) + length;
    started = true;
  }
  lines.push(current);
  return lines;
}

export function visibleLength(text: string): number {
  let length = 0;
  for (const token of text.match(TOKENS) ?? []) if (!token.startsWith('\u001b[')) length += 1;
  return length;
}

function cutWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let length = 0;
  for (const token of word.match(TOKENS) ?? []) {
    const visible = !token.startsWith('\u001b[');
    if (visible && length === width) {
      pieces.push(piece);
      piece = '';
      length = 0;
    }
    piece += token;
    if (visible) length += 1;
  }
  pieces.push(piece);
  return pieces;
}
