// The server itself, for admin and help plugins (each behind its capability).
import { callHost, HostReply } from './host-reply';
import * as host from './host-imports';
import { JsonWriter } from './json-writer';

/** Every command (`reply.objects('commands')`), or one by name or alias (`reply.obj('command')`) (needs `read:commands`). */
export function queryCommands(name: string = ''): HostReply {
  return callHost(host.query_commands, name.length > 0 ? new JsonWriter().str('name', name).end() : '{}');
}

/** Uptime, players, object and event counts, plugin call statistics: `reply.obj('stats')` (needs `server:admin`). */
export function serverStats(): HostReply {
  return callHost(host.server_stats, '{}');
}

/** Disconnects every session of a character once this call succeeds (needs `sessions:manage`). */
export function boot(characterId: i64, message: string): HostReply {
  return callHost(host.boot, new JsonWriter().int('character', characterId).str('message', message).end());
}

/** Shuts the server down gracefully once this call succeeds; everyone is told `message` (needs `server:admin`). */
export function shutdown(message: string): HostReply {
  return callHost(host.shutdown, new JsonWriter().str('message', message).end());
}

/** Sets a character's role: player, builder or admin (needs `server:admin`). */
export function setRole(characterId: i64, role: string): HostReply {
  return callHost(host.set_role, new JsonWriter().int('character', characterId).str('role', role).end());
}

/** Every plugin's report (`reply.objects('plugins')`), or one (`reply.obj('plugin')`) (needs `server:admin`). */
export function queryPlugins(name: string = ''): HostReply {
  return callHost(host.query_plugins, name.length > 0 ? new JsonWriter().str('name', name).end() : '{}');
}

/** Enables or disables a plugin, persisted across restarts (needs `server:admin`). */
export function setPluginEnabled(name: string, enabled: bool): HostReply {
  return callHost(host.set_plugin_enabled, new JsonWriter().str('name', name).bool('enabled', enabled).end());
}

/** Installs a plugin from a folder or manifest on the server's disk: `reply.obj('installed')`, `reply.obj('plugin')` (needs `server:admin`). */
export function installPlugin(source: string): HostReply {
  return callHost(host.install_plugin, new JsonWriter().str('source', source).end());
}

/** Reads a plugin's files again and restarts it; the running version stays if the new one fails (needs `server:admin`). */
export function reloadPlugin(name: string): HostReply {
  return callHost(host.reload_plugin, new JsonWriter().str('name', name).end());
}

/** Sets one of a plugin's settings (a key its manifest declares) and restarts only that plugin (needs `server:admin`). */
export function setPluginConfig(name: string, key: string, value: string): HostReply {
  return callHost(host.set_plugin_config, new JsonWriter().str('name', name).str('key', key).str('value', value).end());
}

/** Removes an installed plugin; its tables and data stay (needs `server:admin`). */
export function removePlugin(name: string): HostReply {
  return callHost(host.remove_plugin, new JsonWriter().str('name', name).end());
}
