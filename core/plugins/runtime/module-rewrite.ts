// Before a plugin module is compiled, Hearth rewrites it so the limits hold inside the module
// itself, whatever the module declares: its memory and tables get a maximum no larger than the
// plugin's limits (so `memory.grow` and `table.grow` fail inside the plugin rather than exhausting
// the server), every function and loop is fuel-metered (so a runaway call traps instead of holding
// the thread), and the fuel counter is exported for the host to refill before each call. Only
// function imports are allowed; memories, tables and globals come from the module alone.
import { WasmFeatureRefusedError, WasmInvalidError } from '../../errors.js';
import { ByteReader, ByteWriter, readCount, readSections, type Section, SectionId, writeModule } from './wasm-binary.js';
import { valueType } from './wasm-instructions.js';
import { meterCodeSection } from './wasm-metering.js';

/** The exported global holding the fuel left; the host writes it before every call. */
export const FUEL_EXPORT = 'hearth_fuel';

export interface ModuleLimits {
  /** Most linear memory, in 64 KiB pages. */
  memoryPages: number;
  /** Most entries of any one table. */
  tableEntries: number;
  /** Fuel the module's start function may burn while the instance is created. */
  startFuel: number;
}

const IMPORT_KIND_NAMES = ['function', 'table', 'memory', 'global', 'tag'];
/** Where a global section goes among the known sections (custom sections may sit anywhere). */
const SECTION_ORDER = [SectionId.type, SectionId.import, SectionId.function, SectionId.table, SectionId.memory, SectionId.tag, SectionId.global, SectionId.export, SectionId.start, SectionId.element, SectionId.dataCount, SectionId.code, SectionId.data];

/** Returns the module's bytes with limits capped and fuel metering added. */
export function rewriteModule(bytes: Uint8Array, limits: ModuleLimits): Uint8Array<ArrayBuffer> {
  const sections = readSections(bytes);
  // The format check above comes first so a file that is not wasm is never described by the engine.
  if (!WebAssembly.validate(new Uint8Array(bytes))) throw new WasmInvalidError('the WebAssembly engine finds it malformed');
  let definedGlobals = 0;
  let typeParams: number[] = [];
  let functionTypes: number[] = [];
  const out: Section[] = [];
  for (const section of sections) {
    switch (section.id) {
      case SectionId.type:
        typeParams = readTypeParams(section.content);
        out.push(section);
        break;
      case SectionId.function:
        functionTypes = readFunctionTypes(section.content);
        out.push(section);
        break;
      case SectionId.import:
        checkImports(section.content);
        out.push(section);
        break;
      case SectionId.memory:
        out.push({ id: section.id, content: capLimits(section.content, limits.memoryPages, 'memory', 'pages') });
        break;
      case SectionId.table:
        out.push({ id: section.id, content: capTables(section.content, limits.tableEntries) });
        break;
      case SectionId.tag:
        throw new WasmFeatureRefusedError('it declares exception tags; Hearth does not run WebAssembly exceptions');
      case SectionId.global:
        definedGlobals = readCount(new ByteReader(section.content), 'global');
        out.push(section);
        break;
      default:
        out.push(section);
    }
  }
  // No global imports are allowed, so the new global's index is the number of defined ones.
  const fuelGlobal = definedGlobals;
  addFuelGlobal(out, limits.startFuel);
  addFuelExport(out, fuelGlobal);
  const code = out.findIndex((section) => section.id === SectionId.code);
  const paramCounts = functionTypes.map((type) => {
    const params = typeParams[type];
    if (params === undefined) throw new WasmInvalidError(`a function has type ${type}, which the module does not define`);
    return params;
  });
  if (code >= 0) out[code] = { id: SectionId.code, content: meterCodeSection(out[code]!.content, fuelGlobal, paramCounts) };
  return writeModule(out);
}

/** The number of parameters of each function type. */
function readTypeParams(content: Uint8Array): number[] {
  const reader = new ByteReader(content);
  const count = readCount(reader, 'type');
  const params: number[] = [];
  for (let i = 0; i < count; i += 1) {
    if (reader.byte() !== 0x60) throw new WasmFeatureRefusedError('it declares types other than functions (garbage collection)');
    const paramCount = reader.u32();
    for (let p = 0; p < paramCount; p += 1) valueType(reader);
    const resultCount = reader.u32();
    for (let r = 0; r < resultCount; r += 1) valueType(reader);
    params.push(paramCount);
  }
  return params;
}

function readFunctionTypes(content: Uint8Array): number[] {
  const reader = new ByteReader(content);
  const count = readCount(reader, 'function');
  return Array.from({ length: count }, () => reader.u32());
}

function checkImports(content: Uint8Array): void {
  const reader = new ByteReader(content);
  const count = readCount(reader, 'import');
  for (let i = 0; i < count; i += 1) {
    const module = reader.name();
    const name = reader.name();
    const kind = reader.byte();
    if (kind !== 0) {
      throw new WasmInvalidError(`it imports a ${IMPORT_KIND_NAMES[kind] ?? `kind ${kind}`} ("${module.slice(0, 60)}" "${name.slice(0, 60)}"); plugins may import only functions`);
    }
    reader.u32();
  }
}

/** Caps every entry's maximum (memories: pages; tables: entries); refuses a minimum above the cap. */
function capLimits(content: Uint8Array, cap: number, what: string, unit: string, prefix?: (reader: ByteReader, out: ByteWriter) => void): Uint8Array {
  const reader = new ByteReader(content);
  const count = readCount(reader, what);
  const out = new ByteWriter(content.length + count * 5);
  out.u32(count);
  for (let i = 0; i < count; i += 1) {
    prefix?.(reader, out);
    const flags = reader.byte();
    if (flags !== 0x00 && flags !== 0x01) throw new WasmFeatureRefusedError(`it declares a shared or 64-bit ${what}`);
    const min = reader.u32();
    const max = flags === 0x01 ? Math.min(reader.u32(), cap) : cap;
    if (min > cap) throw new WasmInvalidError(`it starts with ${min} ${unit} of ${what}, more than its limit of ${cap}`);
    out.byte(0x01).u32(min).u32(max);
  }
  if (!reader.done) throw new WasmInvalidError(`its ${what} section has trailing bytes`);
  return out.finish();
}

function capTables(content: Uint8Array, cap: number): Uint8Array {
  return capLimits(content, cap, 'table', 'entries', (reader, out) => {
    const type = reader.byte();
    if (type !== 0x70 && type !== 0x6f) throw new WasmFeatureRefusedError(`it declares a table of type 0x${type.toString(16)}`);
    out.byte(type);
  });
}

/** Appends `(global (mut i32) (i32.const startFuel))`, making the section if there is none. */
function addFuelGlobal(sections: Section[], startFuel: number): void {
  const entry = new ByteWriter(12).byte(0x7f).byte(0x01).byte(0x41).s32(startFuel).byte(0x0b).finish();
  appendEntry(sections, SectionId.global, entry);
}

function addFuelExport(sections: Section[], fuelGlobal: number): void {
  const existing = sections.find((section) => section.id === SectionId.export);
  if (existing && exportNames(existing.content).has(FUEL_EXPORT)) throw new WasmInvalidError(`it exports "${FUEL_EXPORT}", a name Hearth keeps for itself`);
  appendEntry(sections, SectionId.export, new ByteWriter(24).name(FUEL_EXPORT).byte(0x03).u32(fuelGlobal).finish());
}

function exportNames(content: Uint8Array): Set<string> {
  const reader = new ByteReader(content);
  const count = readCount(reader, 'export');
  const names = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    names.add(reader.name());
    reader.byte();
    reader.u32();
  }
  return names;
}

/** Adds one entry to a vector section (count, entries), creating the section in its place if absent. */
function appendEntry(sections: Section[], id: number, entry: Uint8Array): void {
  const index = sections.findIndex((section) => section.id === id);
  if (index >= 0) {
    const reader = new ByteReader(sections[index]!.content);
    const count = readCount(reader, 'entry');
    const rest = sections[index]!.content.subarray(reader.offset);
    sections[index] = { id, content: new ByteWriter(rest.length + entry.length + 5).u32(count + 1).bytes(rest).bytes(entry).finish() };
    return;
  }
  const rank = SECTION_ORDER.indexOf(id as (typeof SECTION_ORDER)[number]);
  const before = sections.findIndex((section) => section.id !== SectionId.custom && SECTION_ORDER.indexOf(section.id as (typeof SECTION_ORDER)[number]) > rank);
  const created = { id, content: new ByteWriter(entry.length + 1).u32(1).bytes(entry).finish() };
  if (before < 0) sections.push(created);
  else sections.splice(before, 0, created);
}
