// The bytes of one line for one kind of client, kept for a moment: a line said in a crowded room
// goes to every player there, and most of them have the same kind of client (colour or not, the
// same charset and window width), so it is shaped and encoded once per kind instead of once per
// player. Only recent lines are kept; the cache forgets everything when it fills.
import type { ClientProfile } from './client-profile.js';
import { encodeTelnetText } from './telnet-text.js';

const MAX_LINES_PER_KIND = 512;
const byKind = new Map<string, Map<string, Buffer>>();

/** A line of text (without its line end) as `profile`'s client gets it, shared with every client of the same kind. */
export function encodeForClient(text: string, profile: ClientProfile): Buffer {
  const kind = `${profile.ansi ? 'a' : 'p'}${profile.encoding}${profile.wrapWidth}`;
  let lines = byKind.get(kind);
  if (!lines) byKind.set(kind, (lines = new Map()));
  const known = lines.get(text);
  if (known) return known;
  const bytes = encodeTelnetText(`${text}\n`, profile);
  if (lines.size >= MAX_LINES_PER_KIND) lines.clear();
  lines.set(text, bytes);
  return bytes;
}
