// CHARSET (RFC 2066), only as far as Hearth needs it: ask the client to accept UTF-8, and answer a
// client's own request by accepting UTF-8 when it is offered.

export const CHARSET_REQUEST = 1;
export const CHARSET_ACCEPTED = 2;
export const CHARSET_REJECTED = 3;
export const CHARSET_TTABLE_IS = 4;
export const CHARSET_TTABLE_REJECTED = 5;

const MAX_OFFERED = 32;

export type CharsetMessage =
  | { kind: 'accepted'; charset: string }
  | { kind: 'rejected' }
  | { kind: 'request'; offered: string[] }
  | { kind: 'malformed' };

/** `REQUEST ;UTF-8` as sent by Hearth. */
export function charsetRequest(): Buffer {
  return Buffer.concat([Buffer.from([CHARSET_REQUEST]), Buffer.from(';UTF-8', 'ascii')]);
}

export function charsetReply(message: { kind: 'accepted'; charset: string } | { kind: 'rejected' }): Buffer {
  if (message.kind === 'rejected') return Buffer.from([CHARSET_REJECTED]);
  return Buffer.concat([Buffer.from([CHARSET_ACCEPTED]), Buffer.from(message.charset, 'ascii')]);
}

export function parseCharsetMessage(data: Buffer): CharsetMessage {
  const command = data[0];
  const rest = data.subarray(1).toString('latin1');
  if (command === CHARSET_ACCEPTED) {
    return isCharsetName(rest) ? { kind: 'accepted', charset: rest } : { kind: 'malformed' };
  }
  if (command === CHARSET_REJECTED) return data.length === 1 ? { kind: 'rejected' } : { kind: 'malformed' };
  if (command === CHARSET_REQUEST) {
    // "[TTABLE ]" with a version byte may precede the list; Hearth has no translation tables.
    const list = rest.startsWith('[TTABLE]') ? rest.slice(9) : rest;
    if (list.length < 2) return { kind: 'malformed' };
    const separator = list[0]!;
    const offered = list.slice(1).split(separator);
    if (offered.length > MAX_OFFERED || !offered.every(isCharsetName)) return { kind: 'malformed' };
    return { kind: 'request', offered };
  }
  return { kind: 'malformed' };
}

export function isUtf8Name(name: string): boolean {
  return /^utf-?8$/i.test(name);
}

function isCharsetName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,39}$/.test(name);
}
