// Fuel metering for a module's code: every function entry and every loop iteration subtracts what
// it is about to run from a fuel global, and traps once the fuel is below zero. A back edge always
// lands on a loop's start and recursion always passes a function entry, so no code runs unboundedly
// without paying; straight-line code between meters is bounded by the module's size. Each meter
// charges the instructions of its region (the function outside its loops, or one loop body outside
// nested loops), counting both arms of an `if`, so fuel is an upper bound on instructions run.
// Bulk memory instructions (memory.copy, memory.fill, memory.init) do work in proportion to their
// length, so each also pays one unit per BULK_BYTES_PER_FUEL bytes before it runs.
import { WasmInvalidError } from '../../errors.js';
import { ByteReader, ByteWriter, readCount } from './wasm-binary.js';
import { Opcode, skipInstruction, valueType } from './wasm-instructions.js';

/** A region's charge is capped so the subtraction can never wrap (fuel budgets stay below 2^30). */
const MAX_REGION_COST = 1 << 20;
/** Locals a function may declare; V8's own limit is 50,000. */
const MAX_LOCALS = 50_000;
/** Bytes a bulk memory instruction may move or fill per unit of fuel. */
export const BULK_BYTES_PER_FUEL_SHIFT = 2;
const BULK_MEMORY_OPS = new Set([0xfc08, 0xfc0a, 0xfc0b]);

interface MeterPoint {
  /** Offset in the function body after which the meter goes. */
  at: number;
  cost: number;
}

/**
 * Rewrites a code section so every function and loop charges `fuelGlobal`. `paramCounts[i]` is
 * the number of parameters of the i-th function defined in the module (a scratch local is added
 * after its own locals where bulk memory instructions need one).
 */
export function meterCodeSection(content: Uint8Array, fuelGlobal: number, paramCounts: readonly number[]): Uint8Array {
  const reader = new ByteReader(content);
  const count = readCount(reader, 'function body');
  if (count !== paramCounts.length) throw new WasmInvalidError(`its code section has ${count} bodies for ${paramCounts.length} functions`);
  const out = new ByteWriter(content.length + count * 32);
  out.u32(count);
  for (let i = 0; i < count; i += 1) {
    const size = reader.u32();
    const body = reader.take(size);
    const metered = meterFunctionBody(body, fuelGlobal, paramCounts[i]!);
    out.u32(metered.length).bytes(metered);
  }
  if (!reader.done) throw new WasmInvalidError('its code section has trailing bytes');
  return out.finish();
}

function meterFunctionBody(body: Uint8Array, fuelGlobal: number, params: number): Uint8Array {
  const reader = new ByteReader(body);
  const locals = skipLocals(reader);
  const localsEnd = reader.offset;
  const entry: MeterPoint = { at: reader.offset, cost: 0 };
  const points: MeterPoint[] = [entry];
  /** Offsets of bulk memory instructions, each charged by its length just before it runs. */
  const bulk: number[] = [];
  // One entry per open block, loop or if; loops carry their own meter, the others charge the region around them.
  const control: Array<MeterPoint | null> = [];
  const regions: MeterPoint[] = [entry];
  for (;;) {
    const start = reader.offset;
    const opcode = skipInstruction(reader);
    if (BULK_MEMORY_OPS.has(opcode)) bulk.push(start);
    regions[regions.length - 1]!.cost += 1;
    if (opcode === Opcode.block || opcode === Opcode.if) {
      control.push(null);
    } else if (opcode === Opcode.loop) {
      const loop: MeterPoint = { at: reader.offset, cost: 0 };
      points.push(loop);
      control.push(loop);
      regions.push(loop);
    } else if (opcode === Opcode.end) {
      if (control.length === 0) break;
      if (control.pop() !== null) regions.pop();
    }
  }
  if (!reader.done) throw new WasmInvalidError('a function body has bytes after its final end');
  const scratch = params + locals;
  const inserts = [
    ...points.map((point) => ({ at: point.at, write: (out: ByteWriter) => writeMeter(out, fuelGlobal, Math.min(point.cost, MAX_REGION_COST)) })),
    ...bulk.map((at) => ({ at, write: (out: ByteWriter) => writeBulkCharge(out, fuelGlobal, scratch) })),
  ].sort((a, b) => a.at - b.at);
  const out = new ByteWriter(body.length + inserts.length * 24);
  // The locals, with one more i32 as scratch when a bulk instruction needs it.
  if (bulk.length > 0) {
    const groups = new ByteReader(body);
    const count = groups.u32();
    out.u32(count + 1).bytes(body.subarray(groups.offset, localsEnd)).u32(1).byte(0x7f);
  } else {
    out.bytes(body.subarray(0, localsEnd));
  }
  let copied = localsEnd;
  for (const insert of inserts) {
    out.bytes(body.subarray(copied, insert.at));
    insert.write(out);
    copied = insert.at;
  }
  out.bytes(body.subarray(copied));
  return out.finish();
}

/** Skips the local declarations; returns how many locals they declare. */
function skipLocals(reader: ByteReader): number {
  const groups = reader.u32();
  let total = 0;
  for (let i = 0; i < groups; i += 1) {
    total += reader.u32();
    if (total > MAX_LOCALS) throw new WasmInvalidError(`a function declares more than ${MAX_LOCALS} locals`);
    valueType(reader);
  }
  return total;
}

/** fuel -= cost; if (fuel < 0) unreachable */
function writeMeter(out: ByteWriter, fuelGlobal: number, cost: number): void {
  out.byte(Opcode.globalGet).u32(fuelGlobal).byte(Opcode.i32Const).s32(cost).byte(Opcode.i32Sub).byte(Opcode.globalSet).u32(fuelGlobal);
  writeTrapIfEmpty(out, fuelGlobal);
}

/** With the length on top of the stack (kept there): fuel -= length >>> shift; if (fuel < 0) unreachable */
function writeBulkCharge(out: ByteWriter, fuelGlobal: number, scratch: number): void {
  out.byte(Opcode.localTee).u32(scratch);
  out.byte(Opcode.globalGet).u32(fuelGlobal).byte(Opcode.localGet).u32(scratch).byte(Opcode.i32Const).s32(BULK_BYTES_PER_FUEL_SHIFT).byte(Opcode.i32ShrU);
  out.byte(Opcode.i32Sub).byte(Opcode.globalSet).u32(fuelGlobal);
  writeTrapIfEmpty(out, fuelGlobal);
}

function writeTrapIfEmpty(out: ByteWriter, fuelGlobal: number): void {
  out.byte(Opcode.globalGet).u32(fuelGlobal).byte(Opcode.i32Const).s32(0).byte(Opcode.i32LtS);
  out.byte(Opcode.if).byte(0x40).byte(Opcode.unreachable).byte(Opcode.end);
}
