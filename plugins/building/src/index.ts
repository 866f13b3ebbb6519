// Building: the commands builders shape the world with, and @describe and @doing, with which any
// player describes themself. The other commands need the builder role, which the server checks
// from the manifest; who may change which object is the kit's `controls`, and who may open exits
// from a room is in exits.ts.
export { cmd_dig } from './commands/dig';
export { cmd_open } from './commands/open';
export { cmd_link } from './commands/link';
export { cmd_unlink } from './commands/unlink';
export { cmd_describe } from './commands/describe';
export { cmd_doing } from './commands/doing';
export { cmd_name } from './commands/name';
export { cmd_create } from './commands/create';
export { cmd_destroy } from './commands/destroy';
export { cmd_teleport } from './commands/teleport';
