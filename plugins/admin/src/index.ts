// Admin: the commands that run the server itself. Every command needs the admin role, which the
// server checks from the manifest before a handler is called.
export { cmd_boot } from './commands/boot';
export { cmd_shutdown } from './commands/shutdown';
export { cmd_stats } from './commands/stats';
export { cmd_wall } from './commands/wall';
export { cmd_role } from './commands/role';
export { cmd_plugin } from './commands/plugin';
