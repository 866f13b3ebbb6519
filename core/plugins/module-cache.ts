// Compiled WebAssembly modules by the sha256 of their bytes, so a second instance of a plugin
// (a restart after a crash, a pool, a reload of unchanged files) never compiles again.
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class ModuleCache {
  private readonly modules = new Map<string, Promise<WebAssembly.Module>>();

  compile(bytes: Uint8Array): Promise<WebAssembly.Module> {
    const key = sha256(bytes);
    let module = this.modules.get(key);
    if (!module) {
      module = WebAssembly.compile(new Uint8Array(bytes));
      // A module that fails to compile is not remembered; the next attempt reports the error again.
      module.catch(() => this.modules.delete(key));
      this.modules.set(key, module);
    }
    return module;
  }

  get size(): number {
    return this.modules.size;
  }
}
