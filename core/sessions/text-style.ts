// Colour for what the core writes, as ANSI SGR escapes: a text format every transport can carry.
// Telnet passes them on (or strips them for clients that report no ANSI); the browser client
// renders them. Only SGR ("ESC [ ... m") is used, never cursor movement.

const ESC = '\u001b[';
const RESET = `${ESC}0m`;

const STYLES = {
  /** Room names in a look and in the room header. */
  roomName: `${ESC}1;36m`,
  /** Exit names. */
  exit: `${ESC}32m`,
  /** Character names. */
  character: `${ESC}1;33m`,
  /** `[public]`-style channel tags. */
  channelTag: `${ESC}35m`,
  /** Object references such as `#12`. */
  reference: `${ESC}2m`,
} as const;

export type TextStyle = keyof typeof STYLES;

export function styled(style: TextStyle, text: string): string {
  return `${STYLES[style]}${text}${RESET}`;
}

// Every ECMA-48 CSI sequence (SGR or not), OSC strings, two-byte escapes and a lone ESC.
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[\s\S]?/g;

/** Removes every escape sequence: what a client without colour should read. */
export function stripAnsi(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '');
}

/** Keeps colour (SGR) and removes every other escape, so text cannot move a cursor or retitle a window. */
export function keepOnlyColour(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, (sequence) => (/^\u001b\[[0-9;]*m$/.test(sequence) ? sequence : ''));
}
