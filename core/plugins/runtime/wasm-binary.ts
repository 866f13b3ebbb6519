// Reading and writing the WebAssembly binary format at the byte level: LEB128 numbers, sections,
// and a growable output buffer. The module rewriter is built on these; every read is bounds-checked
// and a module that breaks the format fails with WasmInvalidError, never an out-of-range read.
import { WasmInvalidError } from '../../errors.js';

export const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d] as const;
export const WASM_VERSION = [0x01, 0x00, 0x00, 0x00] as const;

export const SectionId = {
  custom: 0,
  type: 1,
  import: 2,
  function: 3,
  table: 4,
  memory: 5,
  global: 6,
  export: 7,
  start: 8,
  element: 9,
  code: 10,
  data: 11,
  dataCount: 12,
  tag: 13,
} as const;

export interface Section {
  id: number;
  /** The section's content, without its id and size. */
  content: Uint8Array;
}

export class ByteReader {
  offset = 0;

  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  byte(): number {
    const value = this.bytes[this.offset];
    if (value === undefined) throw new WasmInvalidError('it ends in the middle of an instruction or entry');
    this.offset += 1;
    return value;
  }

  /** An unsigned LEB128 number of at most 32 bits. */
  u32(): number {
    let value = 0;
    for (let i = 0; i < 5; i += 1) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** (7 * i);
      if ((byte & 0x80) === 0) {
        if (value > 0xffffffff) throw new WasmInvalidError('a number is larger than 32 bits');
        return value;
      }
    }
    throw new WasmInvalidError('a number is longer than 5 bytes');
  }

  /** Skips a signed LEB128 number of at most `bits` bits. */
  skipSigned(bits: number): void {
    const maxBytes = Math.ceil(bits / 7);
    for (let i = 0; i < maxBytes; i += 1) if ((this.byte() & 0x80) === 0) return;
    throw new WasmInvalidError(`a signed number is longer than ${maxBytes} bytes`);
  }

  skip(count: number): void {
    if (this.offset + count > this.bytes.length) throw new WasmInvalidError('an entry runs past the end of its section');
    this.offset += count;
  }

  take(count: number): Uint8Array {
    const start = this.offset;
    this.skip(count);
    return this.bytes.subarray(start, this.offset);
  }

  /** A name: a byte length and that many bytes of UTF-8. */
  name(): string {
    const length = this.u32();
    return new TextDecoder('utf-8', { fatal: false }).decode(this.take(length));
  }
}

export class ByteWriter {
  private buffer: Uint8Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 256) {
    this.buffer = new Uint8Array(Math.max(16, capacity));
  }

  byte(value: number): this {
    this.reserve(1);
    this.buffer[this.length++] = value;
    return this;
  }

  u32(value: number): this {
    let rest = value >>> 0;
    do {
      let byte = rest & 0x7f;
      rest >>>= 7;
      if (rest !== 0) byte |= 0x80;
      this.byte(byte);
    } while (rest !== 0);
    return this;
  }

  /** A signed LEB128 number within the 32-bit range. */
  s32(value: number): this {
    let rest = value | 0;
    for (;;) {
      const byte = rest & 0x7f;
      rest >>= 7;
      const signBitSet = (byte & 0x40) !== 0;
      if ((rest === 0 && !signBitSet) || (rest === -1 && signBitSet)) {
        this.byte(byte);
        return this;
      }
      this.byte(byte | 0x80);
    }
  }

  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  name(text: string): this {
    const encoded = new TextEncoder().encode(text);
    return this.u32(encoded.length).bytes(encoded);
  }

  finish(): Uint8Array<ArrayBuffer> {
    return this.buffer.slice(0, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** Splits a module into its sections, checking the header and each section's size. */
export function readSections(bytes: Uint8Array): Section[] {
  if (bytes.length < 8 || WASM_MAGIC.some((value, index) => bytes[index] !== value)) {
    throw new WasmInvalidError('it does not start with the WebAssembly magic number');
  }
  if (WASM_VERSION.some((value, index) => bytes[4 + index] !== value)) throw new WasmInvalidError('it is not WebAssembly version 1');
  const reader = new ByteReader(bytes);
  reader.offset = 8;
  const sections: Section[] = [];
  while (!reader.done) {
    const id = reader.byte();
    const size = reader.u32();
    if (reader.offset + size > bytes.length) throw new WasmInvalidError('a section runs past the end of the file');
    sections.push({ id, content: reader.take(size) });
  }
  return sections;
}

/** Joins sections back into a module. */
export function writeModule(sections: Section[]): Uint8Array<ArrayBuffer> {
  const writer = new ByteWriter(sections.reduce((total, section) => total + section.content.length + 6, 8));
  writer.bytes(Uint8Array.from(WASM_MAGIC)).bytes(Uint8Array.from(WASM_VERSION));
  for (const section of sections) writer.byte(section.id).u32(section.content.length).bytes(section.content);
  return writer.finish();
}

/** Reads a section's leading count, checking it against what the section can hold at all. */
export function readCount(reader: ByteReader, what: string): number {
  const count = reader.u32();
  if (count > reader.bytes.length - reader.offset) throw new WasmInvalidError(`its ${what} count (${count}) is larger than its section`);
  return count;
}
