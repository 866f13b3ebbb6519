// Turns what the game says into the bytes one telnet client should get: colour kept (SGR only)
// or stripped, control characters removed, wrapped at the window width, CR LF line ends, encoded
// as UTF-8 or Latin-1, and IAC bytes doubled so text can never be read as a telnet command.
import { keepOnlyColour, stripAnsi } from '../../core/sessions/text-style.js';
import type { ClientProfile } from './client-profile.js';
import { wrapText } from './word-wrap.js';

// C0 and C1 controls except tab, line feed and ESC (which only SGR sequences still hold here).
const CONTROLS = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f]/g;

/** The text as this client should see it, before encoding (also used inside GMCP payloads). */
export function textFor(text: string, profile: Pick<ClientProfile, 'ansi'>): string {
  const unified = text.replace(/\r\n?/g, '\n');
  return (profile.ansi ? keepOnlyColour(unified) : stripAnsi(unified)).replace(CONTROLS, '');
}

export function encodeTelnetText(text: string, profile: ClientProfile): Buffer {
  const shaped = wrapText(textFor(text, profile), profile.wrapWidth).replace(/\n/g, '\r\n');
  const bytes =
    profile.encoding === 'utf-8'
      ? Buffer.from(shaped, 'utf8')
      : Buffer.from(shaped.replace(/[^\u0000-\u00ff]/gu, '?'), 'latin1');
  return escapeIac(bytes);
}

export function escapeIac(bytes: Buffer): Buffer {
  if (!bytes.includes(0xff)) return bytes;
  const escaped: number[] = [];
  for (const byte of bytes) {
    escaped.push(byte);
    if (byte === 0xff) escaped.push(0xff);
  }
  return Buffer.from(escaped);
}
