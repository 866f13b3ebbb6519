// Player text made safe for a web page. Everything a player typed is data, never markup: HTML's
// special characters become entities, and what a terminal would act on (ANSI escape sequences,
// other control characters) or a browser could not decode (a lone half of a surrogate pair) is
// taken out, so a log reads the same as it did in the game without letting anyone write the page.

/** `text` as HTML text or attribute content: `&<>"'` escaped, escapes and control characters removed. */
export function escapeHtml(text: string): string {
  return cleaned(text, true);
}

/** `text` with ANSI escape sequences, control characters (but line breaks and tabs) and lone surrogates removed, for plain-text pages. */
export function plainText(text: string): string {
  return cleaned(text, false);
}

function cleaned(text: string, escape: bool): string {
  const parts: string[] = [];
  let kept = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let skip = 0;
    let replacement = '';
    if (code == 0x1b || code == 0x9b) {
      skip = escapeLength(text, i);
    } else if (isControl(code)) {
      skip = 1;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      if (i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      skip = 1;
      replacement = '\uFFFD';
    } else if (isLowSurrogate(code)) {
      skip = 1;
      replacement = '\uFFFD';
    } else if (escape) {
      replacement = entityOf(code);
      if (replacement.length > 0) skip = 1;
    }
    if (skip == 0) {
      i++;
      continue;
    }
    if (i > kept) parts.push(text.substring(kept, i));
    if (replacement.length > 0) parts.push(replacement);
    i += skip;
    kept = i;
  }
  if (kept == 0) return text;
  if (kept < text.length) parts.push(text.substring(kept));
  return parts.join('');
}

function entityOf(code: i32): string {
  if (code == 0x26) return '&amp;';
  if (code == 0x3c) return '&lt;';
  if (code == 0x3e) return '&gt;';
  if (code == 0x22) return '&quot;';
  if (code == 0x27) return '&#39;';
  return '';
}

/** How many units the escape sequence starting at `start` takes: CSI (`ESC [` or U+009B) up to its final byte, or ESC and one more. */
function escapeLength(text: string, start: i32): i32 {
  let i = start + 1;
  const csi = text.charCodeAt(start) == 0x9b || (i < text.length && text.charCodeAt(i) == 0x5b);
  if (!csi) return i < text.length ? 2 : 1;
  if (text.charCodeAt(start) == 0x1b) i++;
  // Parameter and intermediate bytes (0x20-0x3f), then one final byte (0x40-0x7e); at most 64 in all.
  while (i < text.length && i - start < 64) {
    const code = text.charCodeAt(i);
    if (code >= 0x40 && code <= 0x7e) return i - start + 1;
    if (code < 0x20 || code > 0x3f) return i - start;
    i++;
  }
  return i - start;
}

// C0 controls but tab and line feed, DEL, and C1 controls.
function isControl(code: i32): bool {
  if (code == 0x09 || code == 0x0a) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function isLowSurrogate(code: i32): bool {
  return code >= 0xdc00 && code <= 0xdfff;
}
