// Checks a compiled module against its manifest without instantiating it: every handler the
// manifest names must be an exported function, and every import must be a host function Hearth
// provides (from the module of the interface the manifest names), a function of the Extism kernel
// Hearth implements, or one of the AssemblyScript runtime's imports Hearth answers. Extism's own
// HTTP functions are refused by name: all HTTP goes through Hearth's http_get/http_post and their
// capability checks.
import { PluginExportMissingError, PluginImportUnknownError, PluginInterfaceError, type HearthError } from '../errors.js';
import { HOST_FUNCTION_NAMES } from './host-functions/index.js';
import { HOST_MODULE, INTERFACE_1_HOST_MODULE, interfaceAdvice, RUNTIME_FUNCTIONS, RUNTIME_MODULE } from './plugin-interface.js';
import type { PluginManifest } from './manifest.js';
import { KERNEL_FUNCTIONS } from './runtime/extism-kernel.js';
import { KERNEL_MODULE } from './runtime/wasm-instance.js';

const KERNEL_NAMES: ReadonlySet<string> = new Set(KERNEL_FUNCTIONS);
const RUNTIME_NAMES: ReadonlySet<string> = new Set(RUNTIME_FUNCTIONS);

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
    ...manifest.pages.map((page, index): [string, string, string] => [page.handler, `the handler of page "/${page.path}"`, `pages[${index}].handler`]),
    ...(manifest.unmatched ? [[manifest.unmatched, 'its unmatched-input handler', 'unmatched'] as [string, string, string]] : []),
  ];
  for (const [name, usedBy, field] of wanted) {
    if (!exported.has(name)) problems.push(new PluginExportMissingError(manifest.name, name, usedBy, `${manifest.file}: ${field}`));
  }
  let olderInterface = false;
  for (const entry of WebAssembly.Module.imports(module)) {
    if (entry.kind === 'function' && isProvided(entry.module, entry.name)) continue;
    if (entry.module === INTERFACE_1_HOST_MODULE) {
      // One refusal for the whole module: every import from there has the same cause.
      if (!olderInterface) problems.push(new PluginInterfaceError(manifest.name, manifest.file, `imports host functions from "${INTERFACE_1_HOST_MODULE}"`, interfaceAdvice(1)));
      olderInterface = true;
      continue;
    }
    problems.push(new PluginImportUnknownError(manifest.name, entry.module, entry.name));
  }
  return problems;
}

function isProvided(module: string, name: string): boolean {
  if (module === HOST_MODULE) return HOST_FUNCTION_NAMES.has(name);
  if (module === KERNEL_MODULE) return KERNEL_NAMES.has(name);
  return module === RUNTIME_MODULE && RUNTIME_NAMES.has(name);
}
