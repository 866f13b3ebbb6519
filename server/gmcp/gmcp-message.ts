// One GMCP message: "Package.Name" optionally followed by a space and JSON. The same text travels
// inside telnet subnegotiations and in websocket text frames (gmcp.mudstandards.org).

/** Longest message read from a client; Core.Hello and Core.Supports.Set are far smaller. */
export const MAX_GMCP_MESSAGE_BYTES = 8 * 1024;

const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,31}(?:\.[A-Za-z0-9_-]{1,32}){0,5}$/;

export interface GmcpMessage {
  package: string;
  /** The parsed JSON; undefined when the message carried none. */
  data: unknown;
}

export type GmcpParseResult = { ok: true; message: GmcpMessage } | { ok: false; reason: string };

export function parseGmcpMessage(text: string): GmcpParseResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_GMCP_MESSAGE_BYTES) return { ok: false, reason: 'too long' };
  const space = text.indexOf(' ');
  const name = space < 0 ? text : text.slice(0, space);
  if (!PACKAGE_NAME.test(name)) return { ok: false, reason: 'bad package name' };
  const json = space < 0 ? '' : text.slice(space + 1).trim();
  if (json.length === 0) return { ok: true, message: { package: name, data: undefined } };
  try {
    return { ok: true, message: { package: name, data: JSON.parse(json) as unknown } };
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
}

export function formatGmcpMessage(packageName: string, data?: unknown): string {
  return data === undefined ? packageName : `${packageName} ${JSON.stringify(data)}`;
}
