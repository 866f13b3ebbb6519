// The server itself, for admin and help plugins: statistics, booting players, shutting down,
// roles, plugins and the command list. Booting and shutting down happen only once the call has
// succeeded, so a plugin that fails afterwards has booted no one.
import { z } from 'zod';
import { HearthError } from '../../errors.js';
import { MAX_COMMAND_WORD_LENGTH, MAX_PLUGIN_NAME_LENGTH } from '../manifest.js';
import { defineHostFunction, requireCapability } from './host-function.js';
import { lookupName } from './lookup-name.js';

const characterId = z.number().int().positive();
const pluginName = lookupName('plugin', MAX_PLUGIN_NAME_LENGTH);

export const serverStats = defineHostFunction({
  name: 'server_stats',
  input: z.object({}),
  run({ binding, wait }) {
    requireCapability(binding, 'server:admin', 'read server statistics');
    return { stats: wait(() => binding.services.admin.stats()) };
  },
});

export const boot = defineHostFunction({
  name: 'boot',
  input: z.object({ character: characterId, message: z.string().max(1000).default('You have been disconnected by an administrator.') }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'sessions:manage', 'disconnect players');
    const target = binding.services.characters.byId(input.character);
    if (!target) throw new HearthError('E_OBJECT_NOT_FOUND', `boot: there is no character #${input.character}.`);
    if (!target.connected) throw new HearthError('E_NOT_CONNECTED', `boot: ${target.name} is not connected.`);
    scope.afterCommit.push(() => binding.services.admin.boot(target.id, input.message));
    return { booted: target.id };
  },
});

export const shutdown = defineHostFunction({
  name: 'shutdown',
  input: z.object({ message: z.string().min(1).max(1000) }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'server:admin', 'shut the server down');
    scope.afterCommit.push(() => binding.services.admin.requestShutdown(input.message));
    return {};
  },
});

export const setRole = defineHostFunction({
  name: 'set_role',
  input: z.object({ character: characterId, role: z.enum(['player', 'builder', 'admin']) }),
  run({ input, binding, wait }) {
    requireCapability(binding, 'server:admin', 'change roles');
    const target = binding.services.characters.byId(input.character);
    if (!target) throw new HearthError('E_OBJECT_NOT_FOUND', `set_role: there is no character #${input.character}.`);
    const previous = wait(
      async () => {
        const before = target.role;
        await binding.services.admin.setRole(target.id, input.role);
        return before;
      },
      (before) => binding.services.admin.setRole(target.id, before),
    );
    return { previous, role: input.role };
  },
});

export const queryPlugins = defineHostFunction({
  name: 'query_plugins',
  input: z.object({ name: pluginName.optional() }),
  run({ input, binding }) {
    requireCapability(binding, 'server:admin', 'read plugin status');
    const reports = binding.services.admin.plugins();
    const wanted = input.name;
    if (wanted === undefined) return { plugins: reports };
    const report = reports.find((entry) => entry.name === wanted.toLowerCase());
    if (!report) throw new HearthError('E_PLUGIN_UNKNOWN', `No plugin is called "${wanted.slice(0, 64)}".`);
    return { plugin: report };
  },
});

export const setPluginEnabled = defineHostFunction({
  name: 'set_plugin_enabled',
  input: z.object({ name: pluginName, enabled: z.boolean() }),
  run({ input, binding, wait }) {
    requireCapability(binding, 'server:admin', 'enable or disable plugins');
    const name = input.name.toLowerCase();
    // A plugin that switched itself off could never be asked to switch itself back on.
    if (!input.enabled && name === binding.plugin) throw new HearthError('E_PLUGIN_SELF', `Plugin "${name}" cannot disable itself.`);
    return { plugin: wait(() => binding.services.admin.setPluginEnabled(name, input.enabled)) };
  },
});

export const installPlugin = defineHostFunction({
  name: 'install_plugin',
  input: z.object({ source: z.string().min(1).max(1000) }),
  run({ input, binding, wait }) {
    requireCapability(binding, 'server:admin', 'install plugins');
    const { installed, report } = wait(() => binding.services.admin.installPlugin(input.source));
    return { installed, plugin: report };
  },
});

export const reloadPlugin = defineHostFunction({
  name: 'reload_plugin',
  input: z.object({ name: pluginName }),
  run({ input, binding, wait }) {
    requireCapability(binding, 'server:admin', 'reload plugins');
    return { plugin: wait(() => binding.services.admin.reloadPlugin(input.name.toLowerCase())) };
  },
});

export const setPluginConfig = defineHostFunction({
  name: 'set_plugin_config',
  input: z.object({ name: pluginName, key: z.string().min(1).max(64), value: z.string().max(4096) }),
  run({ input, binding, wait }) {
    requireCapability(binding, 'server:admin', 'configure plugins');
    return { plugin: wait(() => binding.services.admin.setPluginConfig(input.name.toLowerCase(), input.key, input.value)) };
  },
});

export const removePlugin = defineHostFunction({
  name: 'remove_plugin',
  input: z.object({ name: pluginName }),
  run({ input, binding, wait }) {
    requireCapability(binding, 'server:admin', 'remove plugins');
    const name = input.name.toLowerCase();
    if (name === binding.plugin) throw new HearthError('E_PLUGIN_SELF', `Plugin "${name}" cannot remove itself.`);
    wait(() => binding.services.admin.removePlugin(name));
    return { removed: name };
  },
});

export const queryCommands = defineHostFunction({
  name: 'query_commands',
  input: z.object({ name: lookupName('command', MAX_COMMAND_WORD_LENGTH).optional() }),
  run({ input, binding }) {
    requireCapability(binding, 'read:commands', 'list commands');
    const commands = binding.services.admin.commands();
    if (input.name === undefined) return { commands };
    const word = input.name.toLowerCase();
    const command = commands.find((entry) => entry.name === word || entry.aliases.includes(word));
    if (!command) throw new HearthError('E_COMMAND_UNKNOWN', `There is no command "${input.name.slice(0, 64)}".`);
    return { command };
  },
});
