// Hearth's implementation of the Extism kernel (`extism:host/env`): the memory blocks a plugin
// and the host pass data through, the call's input, output and error, config and variables, and
// logging. Plugins built with an Extism PDK run on it unchanged. Blocks live in one arena per
// instance that is reset at the start of every call; accesses are checked against the block they
// fall in (as Extism does), and the arena, the number of blocks and the variables are bounded, so
// a plugin can exhaust only its own allowance. Extism's own HTTP functions are not offered: plugins
// reach the network only through Hearth's host functions and their capability checks.
import { HearthError, KernelAccessError } from '../../errors.js';

export interface KernelLimits {
  /** Most bytes of blocks one call may hold at once. */
  maxBytes: number;
  /** Most blocks one call may allocate. */
  maxBlocks: number;
  /** Most bytes of variables (var_set) an instance keeps. */
  maxVarBytes: number;
}

export type KernelLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

interface Block {
  start: number;
  length: number;
  freed: boolean;
}

/** Every function the kernel offers, by its Extism import name. */
export const KERNEL_FUNCTIONS = [
  'alloc', 'free', 'length', 'length_unsafe', 'load_u8', 'load_u64', 'store_u8', 'store_u64',
  'input_offset', 'input_length', 'input_load_u8', 'input_load_u64', 'output_set', 'error_set', 'error_get',
  'config_get', 'var_get', 'var_set', 'log_trace', 'log_debug', 'log_info', 'log_warn', 'log_error', 'get_log_level',
] as const;

const LOG_LEVELS: Record<KernelLogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The call used up its fuel in the kernel or in host calls; the runner reports it as such. */
export class FuelExhausted extends Error {
  constructor() {
    super('the plugin ran out of fuel');
  }
}

export class ExtismKernel {
  private arena: Uint8Array<ArrayBuffer> = new Uint8Array(64 * 1024);
  private view = new DataView(this.arena.buffer);
  private used = 0;
  private readonly blocks: Block[] = [];
  /** The block the last access fell in: accesses run along one block at a time. */
  private recent: Block | null = null;
  private input: Block | null = null;
  private output: Block | null = null;
  private outputLength = 0;
  private error: Block | null = null;
  private readonly vars = new Map<string, Uint8Array>();
  private varBytes = 0;
  /** Kernel functions called in this call, and how many it may call: each costs host time that instructions do not show. */
  private calls = 0;
  private maxCalls = Number.POSITIVE_INFINITY;
  private fuel: WebAssembly.Global | null = null;

  constructor(
    private readonly limits: KernelLimits,
    private readonly config: Readonly<Record<string, string>>,
    private readonly log: (level: KernelLogLevel, text: string) => void,
  ) {}

  /** The instance's fuel counter, which host calls draw on. */
  attachFuel(fuel: WebAssembly.Global): void {
    this.fuel = fuel;
  }

  /** Takes `units` of fuel for host work done on the plugin's behalf; out of fuel stops the call. */
  charge(units: number): void {
    if (this.fuel === null) return;
    const left = (this.fuel.value as number) - units;
    this.fuel.value = Math.max(left, -1);
    if (left < 0) throw new FuelExhausted();
  }

  /** Starts a call: forgets the previous call's blocks and stores the input; the call may make `maxCalls` kernel calls. */
  begin(input: Uint8Array, maxCalls = Number.POSITIVE_INFINITY): void {
    this.calls = 0;
    this.maxCalls = maxCalls;
    this.arena.fill(0, 0, this.used);
    this.used = 0;
    this.blocks.length = 0;
    this.recent = null;
    this.output = null;
    this.outputLength = 0;
    this.error = null;
    this.input = null;
    const address = this.storeBytes(input);
    if (address === 0n) throw new HearthError('E_PLUGIN_OUTPUT_INVALID', `the call's input of ${input.length} bytes exceeds the plugin's memory limit`);
    this.input = this.blockAt(Number(address));
  }

  /** What the call set as its output (null when it set none) and its error text, if any. */
  result(): { output: Uint8Array | null; error: string | null } {
    const output = this.output ? this.arena.slice(this.output.start, this.output.start + this.outputLength) : null;
    const error = this.error ? decoder.decode(this.arena.subarray(this.error.start, this.error.start + this.error.length)) : null;
    return { output, error };
  }

  /** The bytes of the block at `address`, or null when there is none. */
  read(address: bigint): Uint8Array | null {
    const block = this.findBlock(Number(address));
    return block ? this.arena.subarray(block.start, block.start + block.length) : null;
  }

  readText(address: bigint): string | null {
    const bytes = this.read(address);
    return bytes === null ? null : decoder.decode(bytes);
  }

  /** Stores text as a new block; returns its address (0 when the arena is full). */
  storeText(text: string): bigint {
    // UTF-8 takes at most three bytes per UTF-16 unit: encode in place when that much fits.
    if (this.used + text.length * 3 > this.limits.maxBytes) return this.storeBytes(encoder.encode(text));
    const address = this.alloc(text.length * 3);
    if (address === 0) return 0n;
    const block = this.blockAt(address);
    const { written } = encoder.encodeInto(text, this.arena.subarray(block.start, block.start + block.length));
    this.shrinkLast(block, written);
    return BigInt(address);
  }

  storeBytes(bytes: Uint8Array): bigint {
    const address = this.alloc(bytes.length);
    if (address !== 0) this.arena.set(bytes, address - 1);
    return BigInt(address);
  }

  /** The functions a module imports from `extism:host/env`; each counts against the call's kernel calls. */
  imports(): Record<(typeof KERNEL_FUNCTIONS)[number], (...args: never[]) => unknown> {
    const functions = {
      alloc: (size: bigint) => BigInt(this.alloc(Number(size))),
      free: (address: bigint) => this.free(Number(address)),
      length: (address: bigint) => BigInt(this.findBlock(Number(address))?.length ?? 0),
      length_unsafe: (address: bigint) => BigInt(this.findBlock(Number(address))?.length ?? 0),
      load_u8: (address: bigint) => this.arena[this.checked(Number(address), 1)]!,
      load_u64: (address: bigint) => this.view.getBigUint64(this.checked(Number(address), 8), true),
      store_u8: (address: bigint, value: number) => void (this.arena[this.checked(Number(address), 1)] = value),
      store_u64: (address: bigint, value: bigint) => this.view.setBigUint64(this.checked(Number(address), 8), value, true),
      input_offset: () => BigInt(this.input ? this.input.start + 1 : 0),
      input_length: () => BigInt(this.input?.length ?? 0),
      input_load_u8: (offset: bigint) => this.arena[this.inputIndex(Number(offset), 1)]!,
      input_load_u64: (offset: bigint) => this.view.getBigUint64(this.inputIndex(Number(offset), 8), true),
      output_set: (address: bigint, length: bigint) => this.setOutput(Number(address), Number(length)),
      error_set: (address: bigint) => void (this.error = this.requireBlock(Number(address), 'set an error that is not a block')),
      error_get: () => BigInt(this.error ? this.error.start + 1 : 0),
      config_get: (address: bigint) => this.configGet(address),
      var_get: (address: bigint) => this.varGet(address),
      var_set: (address: bigint, value: bigint) => this.varSet(address, value),
      log_trace: (address: bigint) => this.logBlock('trace', address),
      log_debug: (address: bigint) => this.logBlock('debug', address),
      log_info: (address: bigint) => this.logBlock('info', address),
      log_warn: (address: bigint) => this.logBlock('warn', address),
      log_error: (address: bigint) => this.logBlock('error', address),
      get_log_level: () => LOG_LEVELS.trace,
    };
    const counted = {} as Record<string, (...args: never[]) => unknown>;
    for (const [name, fn] of Object.entries(functions) as Array<[string, (...args: never[]) => unknown]>) {
      counted[name] = (...args: never[]) => {
        if (++this.calls > this.maxCalls) throw new FuelExhausted();
        return fn(...args);
      };
    }
    return counted as Record<(typeof KERNEL_FUNCTIONS)[number], (...args: never[]) => unknown>;
  }

  /** Allocates a block; returns its address (arena offset + 1, so 0 stays "none"), or 0 when over a limit. */
  private alloc(size: number): number {
    if (!Number.isSafeInteger(size) || size < 0) return 0;
    if (this.blocks.length >= this.limits.maxBlocks || this.used + size > this.limits.maxBytes) return 0;
    this.reserve(this.used + size);
    const block: Block = { start: this.used, length: size, freed: false };
    this.blocks.push(block);
    // Zero-length blocks still get a distinct address.
    this.used += Math.max(size, 1);
    return block.start + 1;
  }

  /** Freed blocks at the top of the arena give their space back; the rest wait for the next call. */
  private free(address: number): void {
    const block = this.findBlock(address);
    if (!block || block === this.input || block === this.output || block === this.error) return;
    block.freed = true;
    while (this.blocks.length > 0 && this.blocks[this.blocks.length - 1]!.freed) {
      const top = this.blocks.pop()!;
      this.arena.fill(0, top.start, this.used);
      this.used = top.start;
    }
    this.recent = null;
  }

  private shrinkLast(block: Block, length: number): void {
    block.length = length;
    if (this.blocks[this.blocks.length - 1] === block) this.used = block.start + Math.max(length, 1);
  }

  private reserve(bytes: number): void {
    if (bytes <= this.arena.length) return;
    let size = this.arena.length * 2;
    while (size < bytes) size *= 2;
    const grown = new Uint8Array(Math.min(size, Math.max(bytes, this.limits.maxBytes)));
    grown.set(this.arena.subarray(0, this.used));
    this.arena = grown;
    this.view = new DataView(grown.buffer);
  }

  /** The arena index of `width` bytes at `address`, which must lie inside one live block. */
  private checked(address: number, width: number): number {
    const block = this.recent !== null && address > this.recent.start && address + width - 1 <= this.recent.start + this.recent.length ? this.recent : this.findBlock(address);
    if (!block || address + width - 1 > block.start + block.length) throw new KernelAccessError(`read or wrote ${width} bytes at 0x${address.toString(16)}, outside any block it allocated`);
    this.recent = block;
    return address - 1;
  }

  private inputIndex(offset: number, width: number): number {
    const input = this.input;
    if (!input || offset < 0 || offset + width > input.length) throw new KernelAccessError(`read past the end of its input (offset ${offset})`);
    return input.start + offset;
  }

  /** The live block containing `address`, by binary search (blocks are in address order). */
  private findBlock(address: number): Block | null {
    const index = address - 1;
    let low = 0;
    let high = this.blocks.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const block = this.blocks[middle]!;
      if (index < block.start) high = middle - 1;
      else if (index >= block.start + Math.max(block.length, 1)) low = middle + 1;
      else return block.freed ? null : block;
    }
    return null;
  }

  private blockAt(address: number): Block {
    return this.findBlock(address)!;
  }

  private requireBlock(address: number, what: string): Block {
    const block = this.findBlock(address);
    if (!block || block.start + 1 !== address) throw new KernelAccessError(what);
    return block;
  }

  private setOutput(address: number, length: number): void {
    const block = this.requireBlock(address, 'set as output something that is not a block');
    if (length < 0 || length > block.length) throw new KernelAccessError(`set an output of ${length} bytes from a block of ${block.length}`);
    this.output = block;
    this.outputLength = length;
  }

  private configGet(address: bigint): bigint {
    const key = this.readText(address);
    if (key === null || !Object.hasOwn(this.config, key)) return 0n;
    return this.storeText(this.config[key]!);
  }

  private varGet(address: bigint): bigint {
    const key = this.readText(address);
    const value = key === null ? undefined : this.vars.get(key);
    return value === undefined ? 0n : this.storeBytes(value);
  }

  private varSet(address: bigint, valueAddress: bigint): void {
    const key = this.readText(address);
    if (key === null) throw new KernelAccessError('named a variable with something that is not a block');
    const previous = this.vars.get(key);
    if (valueAddress === 0n) {
      if (previous) this.varBytes -= previous.length + key.length;
      this.vars.delete(key);
      return;
    }
    const value = this.read(valueAddress);
    if (value === null) throw new KernelAccessError('set a variable to something that is not a block');
    const next = this.varBytes - (previous ? previous.length + key.length : 0) + value.length + key.length;
    if (next > this.limits.maxVarBytes) throw new KernelAccessError(`exceeded its ${this.limits.maxVarBytes}-byte allowance for variables`);
    this.vars.set(key, Uint8Array.from(value));
    this.varBytes = next;
  }

  private logBlock(level: KernelLogLevel, address: bigint): void {
    const text = this.readText(address);
    if (text !== null) this.log(level, text);
  }
}
