// The abort handler every Hearth plugin is built with (`--use abort=...pdkAbort`): it hands the
// message to Extism as the call's error and traps, so Hearth reports where the plugin failed.
import { Memory } from '@extism/as-pdk';
import { error_set } from '@extism/as-pdk/lib/env';

export function pdkAbort(message: string | null, fileName: string | null, line: u32, column: u32): void {
  const text =
    'abort: ' + (message === null ? '(no message)' : message) + ' at ' + (fileName === null ? '?' : fileName) + ':' + line.toString() + ':' + column.toString();
  error_set(Memory.allocateString(text).offset);
  unreachable();
}
