// Steps over one WebAssembly instruction at a time, knowing each opcode's immediates, so the
// metering pass can find where functions and loops begin without interpreting anything. Only the
// features Hearth runs are known (MVP, sign extension, saturating conversions, bulk memory,
// reference types, multi-value, SIMD, tail calls); any other opcode refuses the module by name.
import { WasmFeatureRefusedError, WasmInvalidError } from '../../errors.js';
import type { ByteReader } from './wasm-binary.js';

export const Opcode = {
  unreachable: 0x00,
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  localGet: 0x20,
  localTee: 0x22,
  globalGet: 0x23,
  globalSet: 0x24,
  i32Const: 0x41,
  i32Sub: 0x6b,
  i32LtS: 0x48,
  i32ShrU: 0x76,
} as const;

/** Value types Hearth accepts in locals, block types and `select`. */
const VALUE_TYPES = new Set([0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f]);
const BLOCK_TYPE_EMPTY = 0x40;

/** Reads one instruction starting at the reader's offset; returns its opcode (prefixed ones as 0xFCxx/0xFDxx). */
export function skipInstruction(reader: ByteReader): number {
  const opcode = reader.byte();
  if (opcode <= 0x01 || opcode === Opcode.else || opcode === Opcode.end || opcode === 0x0f || opcode === 0x1a || opcode === 0x1b || opcode === 0xd1) return opcode;
  if (opcode >= 0x45 && opcode <= 0xc4) return opcode;
  switch (opcode) {
    case Opcode.block:
    case Opcode.loop:
    case Opcode.if:
      skipBlockType(reader);
      return opcode;
    case 0x0c: // br
    case 0x0d: // br_if
    case 0x10: // call
    case 0x12: // return_call
    case 0x20: // local.get
    case 0x21: // local.set
    case 0x22: // local.tee
    case Opcode.globalGet:
    case Opcode.globalSet:
    case 0x25: // table.get
    case 0x26: // table.set
    case 0xd2: // ref.func
      reader.u32();
      return opcode;
    case 0x0e: {
      // br_table: the labels and a default
      const count = reader.u32();
      for (let i = 0; i <= count; i += 1) reader.u32();
      return opcode;
    }
    case 0x11: // call_indirect
    case 0x13: // return_call_indirect
      reader.u32();
      reader.u32();
      return opcode;
    case 0x1c: {
      // select with explicit types
      const count = reader.u32();
      for (let i = 0; i < count; i += 1) valueType(reader);
      return opcode;
    }
    case 0x3f: // memory.size
    case 0x40: // memory.grow
      memoryIndex(reader);
      return opcode;
    case Opcode.i32Const:
      reader.skipSigned(32);
      return opcode;
    case 0x42:
      reader.skipSigned(64);
      return opcode;
    case 0x43:
      reader.skip(4);
      return opcode;
    case 0x44:
      reader.skip(8);
      return opcode;
    case 0xd0: // ref.null
      heapType(reader);
      return opcode;
    case 0xfc:
      return 0xfc00 | skipBulkInstruction(reader);
    case 0xfd:
      return 0xfd00 | skipVectorInstruction(reader);
    default:
      if (opcode >= 0x28 && opcode <= 0x3e) {
        memoryArgument(reader);
        return opcode;
      }
      throw new WasmFeatureRefusedError(`it uses an instruction Hearth does not run (opcode 0x${opcode.toString(16).padStart(2, '0')}: exceptions, garbage collection, threads and typed function references are not supported)`);
  }
}

/** A local or `select` type; reference types beyond funcref and externref are refused. */
export function valueType(reader: ByteReader): number {
  const type = reader.byte();
  if (!VALUE_TYPES.has(type)) throw new WasmFeatureRefusedError(`it uses the value type 0x${type.toString(16)}, which Hearth does not run`);
  return type;
}

function skipBlockType(reader: ByteReader): void {
  const first = reader.bytes[reader.offset];
  if (first === BLOCK_TYPE_EMPTY || (first !== undefined && VALUE_TYPES.has(first))) {
    reader.byte();
    return;
  }
  // A type index, as a signed 33-bit number that must not be negative.
  if (first !== undefined && (first & 0x40) !== 0 && (first & 0x80) === 0) throw new WasmFeatureRefusedError(`it uses the block type 0x${first.toString(16)}, which Hearth does not run`);
  reader.skipSigned(33);
}

function heapType(reader: ByteReader): void {
  const type = reader.byte();
  if (type !== 0x70 && type !== 0x6f) throw new WasmFeatureRefusedError(`it uses the reference type 0x${type.toString(16)}, which Hearth does not run`);
}

function memoryIndex(reader: ByteReader): void {
  if (reader.byte() !== 0) throw new WasmFeatureRefusedError('it uses more than one memory');
}

function memoryArgument(reader: ByteReader): void {
  const align = reader.u32();
  // Bit 6 of the alignment announces a memory index (multi-memory).
  if (align >= 64) throw new WasmFeatureRefusedError('it uses more than one memory');
  reader.u32();
}

function skipBulkInstruction(reader: ByteReader): number {
  const sub = reader.u32();
  if (sub <= 7) return sub; // saturating float-to-int conversions
  switch (sub) {
    case 8: // memory.init
      reader.u32();
      memoryIndex(reader);
      return sub;
    case 9: // data.drop
    case 13: // elem.drop
    case 15: // table.grow
    case 16: // table.size
    case 17: // table.fill
      reader.u32();
      return sub;
    case 10: // memory.copy
      memoryIndex(reader);
      memoryIndex(reader);
      return sub;
    case 11: // memory.fill
      memoryIndex(reader);
      return sub;
    case 12: // table.init
    case 14: // table.copy
      reader.u32();
      reader.u32();
      return sub;
    default:
      throw new WasmFeatureRefusedError(`it uses an instruction Hearth does not run (0xfc ${sub})`);
  }
}

function skipVectorInstruction(reader: ByteReader): number {
  const sub = reader.u32();
  if (sub <= 11 || sub === 92 || sub === 93) {
    memoryArgument(reader);
  } else if (sub === 12 || sub === 13) {
    reader.skip(16); // v128.const, i8x16.shuffle
  } else if (sub >= 21 && sub <= 34) {
    reader.skip(1); // lane index
  } else if (sub >= 84 && sub <= 91) {
    memoryArgument(reader);
    reader.skip(1);
  } else if (sub > 0xff) {
    throw new WasmFeatureRefusedError(`it uses an instruction Hearth does not run (0xfd ${sub}: relaxed SIMD)`);
  }
  return sub;
}
