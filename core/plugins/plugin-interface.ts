// The plugin interface this Hearth speaks: the version a manifest names (`interface: 2`) and the
// import module its host functions live in. Both change together, when host functions change in a
// way an already-built plugin would notice; a plugin built for another version is refused at load
// with what to do, rather than failing on its first call.
export const PLUGIN_INTERFACE = 2;

/** The import module of Hearth's host functions, versioned with the interface. */
export const HOST_MODULE = `hearth:host/v${PLUGIN_INTERFACE}`;

/** Where interface 1 (plugins built before versioning) imported host functions from. */
export const INTERFACE_1_HOST_MODULE = 'extism:host/user';

/** The AssemblyScript runtime's own imports Hearth answers: `Math.random`'s seed and `Date.now`. */
export const RUNTIME_MODULE = 'env';
export const RUNTIME_FUNCTIONS = ['seed', 'Date.now'] as const;

/** What to tell an author whose plugin names another interface (or none). */
export function interfaceAdvice(named: number | undefined): string {
  if (named === undefined) {
    return `names no plugin interface; this Hearth speaks interface ${PLUGIN_INTERFACE}: rebuild the plugin with this Hearth's kit and add "interface: ${PLUGIN_INTERFACE}" to its manifest`;
  }
  if (named < PLUGIN_INTERFACE) {
    return `was built for plugin interface ${named}; this Hearth speaks interface ${PLUGIN_INTERFACE}: rebuild the plugin with this Hearth's kit (docs/plugin-authoring.md, "Upgrading") and set "interface: ${PLUGIN_INTERFACE}"`;
  }
  return `needs plugin interface ${named}, newer than this Hearth's ${PLUGIN_INTERFACE}: upgrade Hearth, or use a version of the plugin built for interface ${PLUGIN_INTERFACE}`;
}
