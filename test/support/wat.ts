// WebAssembly text to binary for tests that write small modules inline (wabt, all features on).
import wabtFactory from 'wabt';

const wabt = await wabtFactory();

export function wat(text: string): Uint8Array<ArrayBuffer> {
  const module = wabt.parseWat('inline.wat', text, { bulk_memory: true, reference_types: true, multi_value: true, simd: true, tail_call: true, exceptions: true, threads: true });
  try {
    return new Uint8Array(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}
