// What a websocket client may send, read defensively: Hearth's own JSON (`{"type": "command",
// "text": ...}`, or the short `{"cmd": ...}`) and the json.mudstandards.org envelope
// (`{"proto": "gmcp", "id": "Core.Hello", "data": "..."}`). Anything else gets a reason back.

export type JsonCommand = { kind: 'command'; cmd: string } | { kind: 'invalid'; reason: string } | { kind: 'not-json' };

/** Reads a Hearth JSON message; text that merely starts with `{` and is not JSON is an ordinary line. */
export function parseJsonCommand(text: string): JsonCommand {
  const parsed = parseObject(text);
  if (parsed === 'not-json') return { kind: 'not-json' };
  if (parsed === null) return { kind: 'invalid', reason: 'JSON messages must be objects like {"type": "command", "text": "look"}.' };
  if (typeof parsed['cmd'] === 'string') return { kind: 'command', cmd: parsed['cmd'] };
  if (parsed['type'] === 'command' && typeof parsed['text'] === 'string') return { kind: 'command', cmd: parsed['text'] };
  return { kind: 'invalid', reason: 'Send {"type": "command", "text": "..."} (or {"cmd": "..."}), like {"type": "command", "text": "look"}.' };
}

export type JsonEnvelope = { kind: 'gmcp'; message: string } | { kind: 'invalid'; reason: string };

/** Reads a json.mudstandards.org envelope; only the "gmcp" protocol is understood. */
export function parseJsonEnvelope(text: string): JsonEnvelope {
  const parsed = parseObject(text);
  if (parsed === 'not-json' || parsed === null) return { kind: 'invalid', reason: 'not a JSON object' };
  const { proto, id, data } = parsed;
  if (proto !== 'gmcp') return { kind: 'invalid', reason: 'only the "gmcp" protocol is supported' };
  if (typeof id !== 'string' || id.length === 0 || id.length > 200 || /\s/.test(id)) return { kind: 'invalid', reason: 'bad id' };
  if (data === undefined || data === '') return { kind: 'gmcp', message: id };
  // The proposal carries data as a JSON string; a JSON value is accepted too.
  if (typeof data === 'string') return { kind: 'gmcp', message: `${id} ${data}` };
  const json = stringifyValue(data);
  if (json === null) return { kind: 'invalid', reason: 'data nested too deeply' };
  return { kind: 'gmcp', message: `${id} ${json}` };
}

export function formatJsonEnvelope(gmcpMessage: string): string {
  const space = gmcpMessage.indexOf(' ');
  const id = space < 0 ? gmcpMessage : gmcpMessage.slice(0, space);
  const data = space < 0 ? '' : gmcpMessage.slice(space + 1);
  return JSON.stringify({ proto: 'gmcp', id, data });
}

/**
 * JSON.parse reads any depth, but JSON.stringify recurses and throws a RangeError on values nested
 * a few thousand deep, which a 12 KB frame can hold; thrown from a socket handler, that would stop
 * the server.
 */
function stringifyValue(value: unknown): string | null {
  try {
    return JSON.stringify(value);
  } catch {
    return null;
  }
}

function parseObject(text: string): Record<string, unknown> | null | 'not-json' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  return parsed as Record<string, unknown>;
}
