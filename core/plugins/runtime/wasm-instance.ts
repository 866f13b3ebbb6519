// One live instance of a plugin module on the calling thread: its kernel, its imports, and the
// fuel it may burn per call. A call runs to completion synchronously; when anything throws through
// the module (a trap, fuel running out, a host function pausing the call), the instance's own
// state may be half-changed, so the caller must discard it and start a fresh one.
import { ExtismKernel, FuelExhausted, type KernelLimits, type KernelLogLevel } from './extism-kernel.js';
import { FUEL_EXPORT } from './module-rewrite.js';
import { RUNTIME_MODULE } from '../plugin-interface.js';

export const KERNEL_MODULE = 'extism:host/env';
/** Exported by plugins built with Hearth's kit: seeds Math.random at the start of each call. */
export const SEED_EXPORT = 'hearth_seed_random';
/** Fuel for seeding; the kit's export takes a few dozen instructions. */
const SEED_FUEL = 10_000;
/** Kernel calls a run may make per unit of its fuel: each costs tens of nanoseconds of host time. */
const FUEL_PER_KERNEL_CALL = 200;
const EMPTY = new Uint8Array(0);

/** A host function as the module calls it: the offset of a JSON block in, the offset of one out. */
export type RawHostFunction = (kernel: ExtismKernel, offset: bigint) => bigint;

export interface InstanceOptions {
  module: WebAssembly.Module;
  /** Host functions by import module, then name. */
  hostFunctions: Record<string, Record<string, RawHostFunction>>;
  /** The AssemblyScript runtime's own imports (`env`): no arguments, an f64 back. */
  runtimeFunctions?: Record<string, () => number>;
  kernelLimits: KernelLimits;
  config: Readonly<Record<string, string>>;
  log: (level: KernelLogLevel, text: string) => void;
}

export type CallOutcome =
  | { kind: 'returned'; output: Uint8Array | null; fuelUsed: number }
  | { kind: 'failed'; code: number; error: string | null; fuelUsed: number }
  | { kind: 'out-of-fuel'; fuelUsed: number }
  | { kind: 'threw'; error: unknown; fuelUsed: number };

export class WasmInstance {
  private constructor(
    private readonly instance: WebAssembly.Instance,
    private readonly kernel: ExtismKernel,
    private readonly fuel: WebAssembly.Global,
  ) {}

  /** Instantiates the module; its start function runs on the fuel the module was rewritten with. */
  static create(options: InstanceOptions): WasmInstance {
    const kernel = new ExtismKernel(options.kernelLimits, options.config, options.log);
    const imports: WebAssembly.Imports = { [KERNEL_MODULE]: kernel.imports() as WebAssembly.ModuleImports };
    for (const [moduleName, functions] of Object.entries(options.hostFunctions)) {
      const bound: WebAssembly.ModuleImports = {};
      for (const [name, fn] of Object.entries(functions)) bound[name] = (offset: bigint) => fn(kernel, offset);
      imports[moduleName] = bound;
    }
    if (options.runtimeFunctions) imports[RUNTIME_MODULE] = { ...options.runtimeFunctions };
    const instance = new WebAssembly.Instance(options.module, imports);
    const fuel = instance.exports[FUEL_EXPORT];
    if (!(fuel instanceof WebAssembly.Global)) throw new Error(`the module was not rewritten by Hearth (no ${FUEL_EXPORT} export)`);
    kernel.attachFuel(fuel);
    return new WasmInstance(instance, kernel, fuel);
  }

  /**
   * Lets the module collect its garbage between calls, when it exports AssemblyScript's
   * `__collect` (Hearth's plugin build does: its runtime collects only when asked). Returns false
   * when that failed, and the instance must then be discarded.
   */
  collectGarbage(fuel: number): boolean {
    const collect = this.instance.exports['__collect'];
    if (typeof collect !== 'function') return true;
    this.kernel.begin(EMPTY, Math.ceil(fuel / FUEL_PER_KERNEL_CALL));
    this.fuel.value = fuel;
    try {
      (collect as () => void)();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Seeds the module's Math.random, when it exports the kit's seeding function; false when that
   * failed (the instance must then be discarded).
   */
  seedRandom(seed: bigint): boolean {
    const seedExport = this.instance.exports[SEED_EXPORT];
    if (typeof seedExport !== 'function') return true;
    this.fuel.value = SEED_FUEL;
    try {
      (seedExport as (value: bigint) => void)(BigInt.asIntN(64, seed));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Calls an export with `input`, allowing it `fuel` (about one unit per instruction). Never
   * throws: the outcome says how the call ended. Anything but `returned` or `failed` leaves the
   * instance unusable.
   */
  call(exportName: string, input: Uint8Array, fuel: number): CallOutcome {
    const exported = this.instance.exports[exportName];
    if (typeof exported !== 'function') return { kind: 'threw', error: new Error(`the module exports no function "${exportName}"`), fuelUsed: 0 };
    this.kernel.begin(input, Math.ceil(fuel / FUEL_PER_KERNEL_CALL));
    this.fuel.value = fuel;
    let code: unknown;
    try {
      code = (exported as () => unknown)();
    } catch (error) {
      const left = this.fuel.value as number;
      if (left < 0 || error instanceof FuelExhausted) return { kind: 'out-of-fuel', fuelUsed: fuel };
      return { kind: 'threw', error, fuelUsed: fuel - left };
    }
    const fuelUsed = fuel - (this.fuel.value as number);
    const { output, error } = this.kernel.result();
    // Extism reads a set error, or a non-zero return, as the plugin reporting failure.
    if (error !== null || (typeof code === 'number' && code !== 0)) return { kind: 'failed', code: typeof code === 'number' ? code : 0, error, fuelUsed };
    return { kind: 'returned', output, fuelUsed };
  }
}
