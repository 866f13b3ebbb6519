// Text handed to the host (a host function's input, a call's output) as one Extism memory block,
// encoded to UTF-8 first (so non-ASCII text is sized in bytes) and stored eight bytes at a time
// rather than one kernel call per byte.
import { Memory } from '@extism/as-pdk';

export function memoryOf(text: string): Memory {
  const bytes = Uint8Array.wrap(String.UTF8.encode(text));
  const memory = Memory.allocate(bytes.length);
  memory.store(bytes);
  return memory;
}
