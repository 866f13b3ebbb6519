// Building: the commands builders shape the world with. Every command needs the builder role,
// which the server checks from the manifest; who may change which object is in permissions.ts.
export { dig_command } from './commands/dig';
export { open_command } from './commands/open';
export { link_command } from './commands/link';
export { unlink_command } from './commands/unlink';
export { describe_command } from './commands/describe';
export { name_command } from './commands/name';
export { create_command } from './commands/create';
export { destroy_command } from './commands/destroy';
export { teleport_command } from './commands/teleport';
