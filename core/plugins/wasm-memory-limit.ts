// Extism's `maxPages` bounds only its own kernel memory, not the linear memory a plugin module
// declares, which may grow to 4 GiB. So before compiling, Hearth rewrites the module's memory
// section to carry a maximum no larger than the plugin's limit; `memory.grow` past it then
// fails inside the plugin instead of exhausting the server.
import { HearthError } from '../errors.js';

const MEMORY_SECTION = 5;

export class WasmInvalidError extends HearthError {
  constructor(reason: string) {
    super('E_WASM_INVALID', `The plugin's wasm is not a module Hearth can run: ${reason}.`);
  }
}

/** Returns the module's bytes with every memory capped at `maxPages` (64 KiB pages). */
export function capMemory(bytes: Uint8Array, maxPages: number): Uint8Array<ArrayBuffer> {
  if (bytes.length < 8 || bytes[0] !== 0x00 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new WasmInvalidError('it does not start with the WebAssembly magic number');
  }
  if (bytes[4] !== 1 || bytes[5] !== 0 || bytes[6] !== 0 || bytes[7] !== 0) throw new WasmInvalidError('it is not WebAssembly version 1');
  const parts: Uint8Array<ArrayBuffer>[] = [Uint8Array.from(bytes.subarray(0, 8))];
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset]!;
    const size = readUnsigned(bytes, offset + 1);
    const contentStart = offset + 1 + size.length;
    const contentEnd = contentStart + size.value;
    if (contentEnd > bytes.length) throw new WasmInvalidError(`section ${id} runs past the end of the file`);
    if (id === MEMORY_SECTION) {
      const content = capMemorySection(bytes.subarray(contentStart, contentEnd), maxPages);
      parts.push(Uint8Array.of(id), encodeUnsigned(content.length), content);
    } else {
      parts.push(Uint8Array.from(bytes.subarray(offset, contentEnd)));
    }
    offset = contentEnd;
  }
  return Buffer.concat(parts);
}

function capMemorySection(content: Uint8Array, maxPages: number): Uint8Array<ArrayBuffer> {
  const count = readUnsigned(content, 0);
  let offset = count.length;
  const out: Uint8Array<ArrayBuffer>[] = [encodeUnsigned(count.value)];
  for (let i = 0; i < count.value; i += 1) {
    const flags = content[offset];
    if (flags !== 0x00 && flags !== 0x01) throw new WasmInvalidError('it declares shared or 64-bit memory');
    const min = readUnsigned(content, offset + 1);
    offset += 1 + min.length;
    let max = maxPages;
    if (flags === 0x01) {
      const declared = readUnsigned(content, offset);
      offset += declared.length;
      max = Math.min(declared.value, maxPages);
    }
    if (min.value > maxPages) {
      throw new WasmInvalidError(`it starts with ${min.value} pages of memory, more than its limit of ${maxPages}`);
    }
    out.push(Uint8Array.of(0x01), encodeUnsigned(min.value), encodeUnsigned(max));
  }
  if (offset !== content.length) throw new WasmInvalidError('its memory section has trailing bytes');
  return Buffer.concat(out);
}

function readUnsigned(bytes: Uint8Array, start: number): { value: number; length: number } {
  let value = 0;
  for (let i = 0; i < 5; i += 1) {
    const byte = bytes[start + i];
    if (byte === undefined) throw new WasmInvalidError('a number runs past the end of the file');
    value += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) {
      if (value > 0xffffffff) throw new WasmInvalidError('a number is larger than 32 bits');
      return { value, length: i + 1 };
    }
  }
  throw new WasmInvalidError('a number is longer than 5 bytes');
}

function encodeUnsigned(value: number): Uint8Array<ArrayBuffer> {
  const bytes: number[] = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    bytes.push(byte);
  } while (rest > 0);
  return Uint8Array.from(bytes);
}
