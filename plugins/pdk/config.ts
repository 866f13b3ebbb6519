// A plugin's settings: the defaults in its manifest's `config:`, as overridden by admins with
// `@plugin/config <name> <key>=<value>` (the plugin restarts when one changes).
import { Config } from '@extism/as-pdk';

/** The setting `key`, or `fallback` when the manifest declares no such setting. */
export function setting(key: string, fallback: string = ''): string {
  const value = Config.get(key);
  return value === null ? fallback : value;
}
