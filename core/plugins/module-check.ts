// Checks a compiled module against its manifest without instantiating it: every handler the
// manifest names must be an exported function, and every import must be a host function Hearth
// provides or a function of the Extism kernel Hearth implements. Extism's own HTTP functions are
// refused by name: all HTTP goes through Hearth's http_get/http_post and their capability checks.
import { PluginExportMissingError, PluginImportUnknownError, type HearthError } from '../errors.js';
import { HOST_FUNCTION_NAMES, HOST_MODULE } from './host-functions/index.js';
import type { PluginManifest } from './manifest.js';
import { KERNEL_FUNCTIONS } from './runtime/extism-kernel.js';
import { KERNEL_MODULE } from './runtime/wasm-instance.js';

const KERNEL_NAMES: ReadonlySet<string> = new Set(KERNEL_FUNCTIONS);

/** Every mismatch between the module and its manifest; empty when they agree. */
export function moduleProblems(manifest: PluginManifest, module: WebAssembly.Module): HearthError[] {
  const problems: HearthError[] = [];
  const exported = new Set(
    WebAssembly.Module.exports(module)
      .filter((entry) => entry.kind === 'function')
      .map((entry) => entry.name),
  );
  // [export, what uses it, manifest field]
  const wanted: Array<[string, string, string]> = [
    ...manifest.commands.map((command, index): [string, string, string] => [command.handler, `the handler of command "${command.name}"`, `commands[${index}].handler`]),
    ...manifest.events.map((subscription, index): [string, string, string] => [
      subscription.handler,
      `the handler of events ${subscription.types.join(', ')}`,
      `events[${index}].handler`,
    ]),
    ...(manifest.unmatched ? [[manifest.unmatched, 'its unmatched-input handler', 'unmatched'] as [string, string, string]] : []),
  ];
  for (const [name, usedBy, field] of wanted) {
    if (!exported.has(name)) problems.push(new PluginExportMissingError(manifest.name, name, usedBy, `${manifest.file}: ${field}`));
  }
  for (const entry of WebAssembly.Module.imports(module)) {
    if (entry.module === KERNEL_MODULE && entry.kind === 'function' && KERNEL_NAMES.has(entry.name)) continue;
    if (entry.module === HOST_MODULE && entry.kind === 'function' && HOST_FUNCTION_NAMES.has(entry.name)) continue;
    problems.push(new PluginImportUnknownError(manifest.name, entry.module, entry.name));
  }
  return problems;
}
