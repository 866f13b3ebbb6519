// Why a plugin's wasm file could not be compiled, in words that never quote the file. The
// engine's own messages print the bytes it found ("expected magic word 00 61 73 6d, found 72 6f
// 6f 74"), so a manifest whose `wasm` names a secret file would show its first bytes to whoever
// installed it. A file that is not WebAssembly is described without its contents; only a real
// module (magic number and version in place) keeps the engine's words, which describe code its
// author built and help them fix it.

const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const VERSION = [0x01, 0x00, 0x00, 0x00];

/** A reason for E_MODULE_INVALID that is safe to show whatever file `bytes` came from. */
export function compileFailureReason(bytes: Uint8Array, error: unknown): string {
  if (bytes.length < 8) return 'it is too short to be a WebAssembly module; build the plugin and name its .wasm file';
  if (!MAGIC.every((byte, index) => bytes[index] === byte)) {
    return 'it does not start with the WebAssembly magic number; name the plugin\'s built .wasm file';
  }
  if (!VERSION.every((byte, index) => bytes[4 + index] === byte)) return 'it is not WebAssembly version 1';
  return error instanceof Error ? error.message : 'the WebAssembly engine could not compile it';
}
