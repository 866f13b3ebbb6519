// Telnet input for fuzz tests. `telnetScript` writes a well-formed stream whose meaning is known:
// lines typed with edits (backspace, DEL), tabs, control bytes, UTF-8 and escaped IAC bytes, with
// negotiations, commands and subnegotiations dropped in between any two bytes. `mutateTelnet`
// breaks such a stream the ways hostile or broken clients do. `RESYNC` brings any parser state
// back to plain data, so a test can check that a good line still reads correctly afterwards.
import { AYT, DO, DONT, GA, IAC, NOP, Option, SB, SE, WILL, WONT } from '../../server/telnet/telnet-codes.js';
import type { SeededRandom } from './seeded-random.js';

export interface TelnetScript {
  bytes: Buffer;
  /** The lines a correct parser and line assembler make of `bytes`. */
  lines: string[];
}

/**
 * Ends whatever the parser is in the middle of (IAC, a verb, SB, SB data, SB IAC) and any partial
 * line: the first IAC SE closes a subnegotiation or is read as data, the second is then a command.
 */
export const RESYNC = Buffer.from([IAC, SE, IAC, SE, 0x0d, 0x0a]);

const CHARACTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFXYZ0123456789 =,;:/@+"\'!?.-_()[]{}<>#$%^&*~`|\\', '\u00e9', '\u00df', '\u2713', '\u65e5', '\u{1F525}', '\u0416'];
const DROPPED_CONTROLS = [0x00, 0x01, 0x02, 0x03, 0x07, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f];
const C1_CONTROLS = ['\u0080', '\u0085', '\u009b', '\u009f'];
const SINGLE_COMMANDS = [NOP, GA, AYT, 242, 243, 244, 245, 246, 247, 248, SE, 239];
const LINE_ENDINGS = ['\r\n', '\r\0', '\n', '\r'] as const;
const INVALID_UTF8 = [[0xc3, 0x28], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0x28], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xfe]];

export function telnetScript(random: SeededRandom, lineCount: number): TelnetScript {
  const lines = Array.from({ length: lineCount }, () => lineUnits(random));
  const endings: string[] = lines.map(() => random.pick(LINE_ENDINGS));
  const firstByte = (index: number): number | undefined => lines[index]?.units[0]?.[0] ?? endings[index]?.charCodeAt(0);
  // A lone CR followed by LF or NUL would be one line ending, not two.
  endings.forEach((ending, index) => {
    if (ending === '\r' && [0x00, 0x0a].includes(firstByte(index + 1) ?? -1)) endings[index] = '\r\n';
  });
  const units: Buffer[] = [];
  lines.forEach((line, index) => {
    units.push(...line.units);
    for (const byte of Buffer.from(endings[index]!, 'latin1')) units.push(Buffer.from([byte]));
  });
  const wire: Buffer[] = [];
  for (const unit of units) {
    while (random.chance(0.08)) wire.push(telnetElement(random));
    wire.push(unit);
  }
  return { bytes: Buffer.concat(wire), lines: lines.map((line) => line.text) };
}

/** A negotiation, a one-byte command or a well-formed subnegotiation: none of it is line data. */
export function telnetElement(random: SeededRandom): Buffer {
  const roll = random.next();
  if (roll < 0.35) return Buffer.from([IAC, random.pick([WILL, WONT, DO, DONT]), random.chance(0.7) ? random.pick(Object.values(Option)) : random.int(0, 255)]);
  if (roll < 0.5) return Buffer.from([IAC, random.pick(SINGLE_COMMANDS)]);
  return subnegotiation(random.pick(Object.values(Option)), subnegotiationBody(random));
}

/** IAC SB <option> <body with IAC doubled> IAC SE. */
export function subnegotiation(option: number, body: Buffer): Buffer {
  const escaped: number[] = [];
  for (const byte of body) {
    escaped.push(byte);
    if (byte === IAC) escaped.push(IAC);
  }
  return Buffer.from([IAC, SB, option, ...escaped, IAC, SE]);
}

/** Bodies shaped like what clients send, or nearly (wrong lengths, bad JSON, random bytes). */
export function subnegotiationBody(random: SeededRandom): Buffer {
  switch (random.int(0, 7)) {
    case 0:
      return Buffer.from([random.int(0, 255), random.int(0, 255), random.int(0, 255), random.int(0, 255)]);
    case 1:
      return Buffer.concat([Buffer.from([0]), Buffer.from(random.pick(['MUDLET', 'TINTIN++', 'XTERM-256COLOR', 'DUMB', `MTTS ${random.int(0, 4095)}`, random.string(random.int(0, 80), CHARACTERS)]), 'utf8')]);
    case 2:
      return Buffer.concat([Buffer.from([random.int(1, 5)]), Buffer.from(random.pick([';UTF-8', 'UTF-8', ' UTF-8 ISO-8859-1', '[TTABLE]\u0001;x', random.string(random.int(0, 40), CHARACTERS)]), 'latin1')]);
    case 3:
      return Buffer.from(gmcpText(random), 'utf8');
    case 4:
      return random.bytes(random.int(0, 300));
    case 5:
      return Buffer.from([1, ...Buffer.from('NAME'), 2, ...Buffer.from('x')]);
    case 6:
      return Buffer.alloc(random.int(0, 2000), random.int(0, 255));
    default:
      return Buffer.alloc(0);
  }
}

export function gmcpText(random: SeededRandom): string {
  const supports = Array.from({ length: random.int(0, 80) }, () => `${random.pick(['Char', 'Room', 'Comm.Channel', 'Core', 'X'])} ${random.int(0, 2000)}`);
  return random.pick([
    'Core.Ping',
    `Core.Hello {"client": ${JSON.stringify(random.string(random.int(0, 100), CHARACTERS))}, "version": "1.${random.int(0, 9)}"}`,
    `Core.Supports.Set ${JSON.stringify(supports)}`,
    `Core.Supports.Add ${JSON.stringify(supports.slice(0, 3))}`,
    `Core.Supports.Remove ${JSON.stringify(supports.slice(0, 2))}`,
    `Core.Hello {"__proto__": {"polluted": true}}`,
    `Core.Supports.Set ${'['.repeat(random.int(1, 3000))}`,
    `${random.string(random.int(0, 40), CHARACTERS)} ${random.string(random.int(0, 40), CHARACTERS)}`,
    `Char.Vitals ${JSON.stringify({ hp: random.int(0, 100) })}`,
  ]);
}

/** Breaks a stream in one of the ways hostile or broken clients do. */
export function mutateTelnet(random: SeededRandom, bytes: Buffer, limits: { maxLineBytes: number; maxSubnegotiationBytes: number }): Buffer {
  const at = random.int(0, bytes.length);
  const insert = (extra: Buffer): Buffer => Buffer.concat([bytes.subarray(0, at), extra, bytes.subarray(at)]);
  switch (random.int(0, 11)) {
    case 0: {
      // An SB that never ends: drop the IAC SE of one subnegotiation.
      const end = bytes.indexOf(Buffer.from([IAC, SE]), at);
      return end < 0 ? insert(Buffer.from([IAC, SB, Option.GMCP])) : Buffer.concat([bytes.subarray(0, end), bytes.subarray(end + 2)]);
    }
    case 1:
      return bytes.subarray(0, at);
    case 2: {
      const size = random.int(limits.maxSubnegotiationBytes - 2, limits.maxSubnegotiationBytes * 3);
      const body = Buffer.alloc(size, random.pick([0x41, IAC, SE, 0x00]));
      return insert(Buffer.concat([Buffer.from([IAC, SB, random.int(0, 255)]), body, random.chance(0.5) ? Buffer.from([IAC, SE]) : Buffer.alloc(0)]));
    }
    case 3:
      return insert(Buffer.alloc(random.int(limits.maxLineBytes, limits.maxLineBytes * 3), random.pick([0x78, 0xc3, 0xe2, 0x80])));
    case 4:
      return insert(random.bytes(random.int(1, 64)));
    case 5: {
      const flipped = Buffer.from(bytes);
      if (flipped.length > 0) flipped[Math.min(at, flipped.length - 1)] = random.int(0, 255);
      return flipped;
    }
    case 6:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + random.int(1, 40)))]);
    case 7:
      return insert(bytes.subarray(at, at + random.int(1, 200)));
    case 8:
      return insert(Buffer.from(random.pick(INVALID_UTF8)));
    case 9:
      return insert(Buffer.from(random.pick([[IAC], [IAC, SB], [IAC, WILL], [IAC, SB, Option.NAWS, IAC], [IAC, IAC, IAC]])));
    case 10:
      return insert(Buffer.from(random.pick([[0x0d, 0x00], [0x0d], [0x00], [0x08, 0x08, 0x08], [0x7f]])));
    default:
      return insert(subnegotiation(random.pick(Object.values(Option)), subnegotiationBody(random)));
  }
}

/** Splits bytes into chunks as a network might deliver them, single bytes included. */
export function chunked(random: SeededRandom, bytes: Buffer): Buffer[] {
  const chunks: Buffer[] = [];
  let start = 0;
  while (start < bytes.length) {
    const size = random.chance(0.2) ? 1 : random.int(1, 512);
    chunks.push(bytes.subarray(start, start + size));
    start += size;
  }
  return chunks;
}

interface LineUnits {
  /** Wire units: a telnet element may go between any two, never inside one. */
  units: Buffer[];
  text: string;
}

function lineUnits(random: SeededRandom): LineUnits {
  const units: Buffer[] = [];
  let text = '';
  const bytesOf = (piece: string): void => {
    for (const byte of Buffer.from(piece, 'utf8')) units.push(Buffer.from([byte]));
  };
  const pieces = random.int(0, 60);
  for (let i = 0; i < pieces; i += 1) {
    const roll = random.next();
    if (roll < 0.7) {
      const character = random.pick(CHARACTERS);
      bytesOf(character);
      text += character;
    } else if (roll < 0.77) {
      // A character typed and erased again, by backspace or DEL.
      bytesOf(random.pick(CHARACTERS));
      units.push(Buffer.from([random.pick([0x08, 0x7f])]));
    } else if (roll < 0.82) {
      units.push(Buffer.from([0x09]));
      text += ' ';
    } else if (roll < 0.88) {
      units.push(Buffer.from([random.pick(DROPPED_CONTROLS)]));
    } else if (roll < 0.93) {
      bytesOf(random.pick(C1_CONTROLS));
    } else {
      // IAC IAC is one literal 255 byte, which is not UTF-8 and reads as a replacement mark.
      units.push(Buffer.from([IAC, IAC]));
      text += '\ufffd';
    }
  }
  return { units, text };
}
