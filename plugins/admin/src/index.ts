// Admin: the commands that run the server itself. Every command needs the admin role, which the
// server checks from the manifest before a handler is called.
export { boot_command } from './commands/boot';
export { shutdown_command } from './commands/shutdown';
export { stats_command } from './commands/stats';
export { wall_command } from './commands/wall';
export { role_command } from './commands/role';
export { plugin_command } from './commands/plugin';
