// Checks a compiled module against its manifest without instantiating it: every handler the
// manifest names must be an exported function, and every import must be a host function Hearth
// provides (Extism's own `extism:host/env` kernel is always there).
import { PluginExportMissingError, PluginImportUnknownError, type HearthError } from '../errors.js';
import { HOST_FUNCTION_NAMES, HOST_MODULE } from './host-functions/index.js';
import type { PluginManifest } from './manifest.js';

const EXTISM_KERNEL = 'extism:host/env';

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
    if (entry.module === EXTISM_KERNEL && entry.kind === 'function') continue;
    if (entry.module === HOST_MODULE && entry.kind === 'function' && HOST_FUNCTION_NAMES.has(entry.name)) continue;
    problems.push(new PluginImportUnknownError(manifest.name, entry.module, entry.name));
  }
  return problems;
}
